import { t } from '@/lib/i18n';

/** Shown beside a field the administrator's policy sets (the field itself is disabled). */
export function LockedNote({ locked }: { locked: boolean }) {
  return locked ? <small class="nm-locked" data-testid="nm-locked">{t('optLocked')}</small> : null;
}
