import type { Result, StatusReply } from '@/lib/schema';

export interface StatusLineProps {
  status: Result<StatusReply> | undefined;
  readyText: (version: string) => string;
  errorText: (error: string) => string;
}

/** One line saying whether the background answered; announced politely to screen readers. */
export function StatusLine({ status, readyText, errorText }: StatusLineProps) {
  return (
    <p role="status" aria-live="polite" data-testid="nm-status" data-ok={status ? String(status.ok) : undefined}>
      {status === undefined ? '…' : status.ok ? readyText(status.value.version) : errorText(status.error)}
    </p>
  );
}
