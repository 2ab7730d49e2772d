import { t, type MessageKey } from '@/lib/i18n';

/** Labels for the record vocabulary (the sidebar's keys for signals, categories, factors, segments). */
export const signalLabel = (signal: string) => t(`signal_${signal}` as MessageKey);
export const categoryLabel = (category: string) => (category === 'none' ? t('rvCategoryNone') : t(`category_${category}` as MessageKey));
export const factorLabel = (factor: string) => t(`factor_${factor}` as MessageKey);
export const outcomeLabel = (outcome: string) => t(`rvOutcome_${outcome}` as MessageKey);
export const statusLabel = (status: string) => t(`rvStatus_${status}` as MessageKey);
/** Suggested segments have labels; a team's own segment names are shown as written. */
export function segmentLabel(segment: string): string {
  if (!/^[a-z_]{1,40}$/.test(segment)) return segment;
  const key = `segment_${segment}` as MessageKey;
  const label = t(key);
  return label === key ? segment : label;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const shortDate = (iso: string) => dateFormat.format(new Date(iso));
export const longDate = (iso: string) => dateTimeFormat.format(new Date(iso));
