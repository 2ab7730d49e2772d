import { t } from '@/lib/i18n';
import type { CategoryName, SignalName } from '@/lib/schema';

export { signals as signalNames, categories as categoryNames } from '@/lib/vocabulary';

export const signalLabel = (signal: SignalName) => t(`signal_${signal}`);
export const categoryLabel = (category: CategoryName) => t(`category_${category}`);
export const factorLabel = (factor: string) => t(`factor_${factor}` as Parameters<typeof t>[0]);
