import { useState } from 'react';
import { request } from '../api/client';
import { ApiError } from '../api/problem';
import { Field } from '../components/field';
import { ProblemAlert } from '../components/problem-alert';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';

interface PublicStatus { number: string; status: string; outcome: string | null; unitName: string | null; receivedAt: string; verifyBy: string; verifiedAt: string | null; lastRepliedAt: string | null; closedAt: string | null }

/** 查询办理进度: by tracking code; status, dates and outcome only — never a name or the complaint's text. */
export function PublicComplaintStatus() {
  const { t, tk, lang } = useI18n();
  const [code, setCode] = useState('');
  const [status, setStatus] = useState<PublicStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const lookup = async () => {
    setError(null);
    setStatus(null);
    try {
      setStatus(await request('GET', `/public/complaints/status?code=${encodeURIComponent(code.trim())}`, { auth: false }));
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  };
  return (
    <section className="card" data-testid="public-complaint-status">
      <h2>{t('publicComplaint.track')}</h2>
      <form className="form-grid" onSubmit={(e) => { e.preventDefault(); void lookup(); }}>
        <Field label={t('publicComplaint.code')} required>
          <input name="code" value={code} onChange={(e) => setCode(e.target.value)} placeholder="XXXX-XXXX-XXXX-XXXX" autoComplete="off" />
        </Field>
        <div className="form-actions"><button type="submit" className="btn">{t('publicComplaint.lookup')}</button></div>
      </form>
      {error && (error.status === 404 ? <p className="muted">{t('publicComplaint.notFound')}</p> : <ProblemAlert error={error} />)}
      {status && (
        <dl className="facts" data-testid="public-status">
          <dt>{t('complaints.number')}</dt><dd>{status.number}</dd>
          <dt>{t('complaints.unit')}</dt><dd>{status.unitName ?? '—'}</dd>
          <dt>{t('complaints.status')}</dt><dd>{tk('complaintStatus', status.status)}</dd>
          <dt>{t('complaints.receivedAt')}</dt><dd>{formatDate(lang, status.receivedAt)}</dd>
          <dt>{t('complaints.verifyBy')}</dt><dd>{formatDate(lang, status.verifyBy)}</dd>
          {status.outcome && (<><dt>{t('complaints.outcome')}</dt><dd>{tk('verificationOutcome', status.outcome)}</dd></>)}
          {status.lastRepliedAt && (<><dt>{t('complaints.repliedAt')}</dt><dd>{formatDate(lang, status.lastRepliedAt)}</dd></>)}
          {status.closedAt && (<><dt>{t('complaints.closedAt')}</dt><dd>{formatDate(lang, status.closedAt)}</dd></>)}
        </dl>
      )}
    </section>
  );
}
