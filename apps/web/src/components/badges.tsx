import { useI18n } from '../i18n/i18n-context';

export function StatusBadge({ status }: { status: string | null | undefined }) {
  const { tk } = useI18n();
  return <span className={`badge status-${status ?? 'unknown'}`} data-status={status}>{tk('status', status)}</span>;
}

export function SeverityBadge({ severity }: { severity: string | null | undefined }) {
  const { tk } = useI18n();
  return <span className={`badge severity-${severity ?? 'unknown'}`}>{tk('severity', severity)}</span>;
}

export function ReminderBadge({ level }: { level: string | null | undefined }) {
  const { tk, t } = useI18n();
  if (!level) return <span className="muted">{t('reminder.none')}</span>;
  return <span className={`badge reminder-${level}`}>{tk('reminder', level)}</span>;
}
