import type { Resource } from '../api/use-resource';
import type { Verification } from '../api/types';
import { ProblemAlert } from '../components/problem-alert';
import { useI18n } from '../i18n/i18n-context';

export function VerifyBadge({ verify }: { verify: Resource<Verification> }) {
  const { t } = useI18n();
  if (verify.error) return <ProblemAlert error={verify.error} />;
  if (!verify.data) return <span className="verify verify-pending">{t('verify.checking')}</span>;
  const v = verify.data;
  return (
    <span className={`verify ${v.valid ? 'verify-ok' : 'verify-broken'}`} data-testid="verify-badge" data-valid={String(v.valid)} role="status">
      <span aria-hidden="true">{v.valid ? '✔' : '✖'}</span> {v.valid ? t('verify.ok', { n: v.events }) : t('verify.broken', { v: v.brokenAtVersion ?? '?' })}
    </span>
  );
}
