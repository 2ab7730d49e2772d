import { t } from '@/lib/i18n';
import type { OutboxState, OutboxStatusReply } from '@/lib/schema';

export interface OutboxSectionProps {
  status: OutboxStatusReply | null;
  now: number;
  onAction(key: string, action: 'resend' | 'mark_delivered'): void;
}

const states: OutboxState[] = ['pending', 'in_flight', 'delivered', 'failed', 'needs_confirmation'];

function age(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return '< 1 min';
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} d`;
}

/** The outbox at a glance, and the decisions only a person can make (resend or mark delivered). */
export function OutboxSection({ status, now, onAction }: OutboxSectionProps) {
  return (
    <section aria-labelledby="nm-outbox-heading" data-testid="nm-outbox">
      <h2 id="nm-outbox-heading">{t('optOutboxHeading')}</h2>
      {status === null ? (
        <p>…</p>
      ) : (
        <>
          <dl class="nm-counts">
            {states.map((state) => (
              <div key={state}>
                <dt>{t(`optState_${state}` as Parameters<typeof t>[0])}</dt>
                <dd data-testid={`nm-outbox-${state}`}>{status.counts[state]}</dd>
              </div>
            ))}
          </dl>
          <p>{t('optOldestPending', status.oldestPendingAt === null ? '—' : age(now - status.oldestPendingAt))}</p>
          <p>{t('optLastSuccess', status.lastSuccessAt === null ? '—' : new Date(status.lastSuccessAt).toLocaleString())}</p>
          <p>{t('optLastError', status.lastError ?? '—')}</p>
          {status.endpointDisabled && <p role="alert">{t('optEndpointDisabled', status.endpointDisabled)}</p>}
          {status.attention.length > 0 && (
            <table data-testid="nm-outbox-attention">
              <thead>
                <tr>
                  <th>{t('optTicket')}</th>
                  <th>{t('optStateColumn')}</th>
                  <th>{t('optErrorColumn')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {status.attention.map((item) => (
                  <tr key={item.key} data-key={item.key}>
                    <td>{item.ticketId}</td>
                    <td>{t(`optState_${item.state}` as Parameters<typeof t>[0])}</td>
                    <td>{item.lastError ?? ''}</td>
                    <td>
                      <button type="button" data-testid="nm-resend" onClick={() => onAction(item.key, 'resend')}>{t('optResend')}</button>
                      <button type="button" data-testid="nm-mark-delivered" onClick={() => onAction(item.key, 'mark_delivered')}>{t('optMarkDelivered')}</button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
