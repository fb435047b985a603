import { useEffect, useState } from 'react';
import { PublicShell } from '../components/public-shell';
import { request } from '../api/client';
import { ApiError } from '../api/problem';
import { useResource } from '../api/use-resource';
import { Field } from '../components/field';
import { LoadState } from '../components/load-state';
import { ProblemAlert } from '../components/problem-alert';
import { useI18n } from '../i18n/i18n-context';
import { PublicComplaintStatus } from './public-complaint-status';

interface PublicForm { formToken: string; minFillSeconds: number; units: { id: string; name: string; regionName: string }[] }

/**
 * 网上举报 without login: the form carries a signed time token (sent no sooner than the service allows) and a honeypot
 * field people never see; the answer is a tracking code, shown once, that follows the complaint without any names.
 */
export function PublicComplaintPage() {
  const { t } = useI18n();
  const [round, setRound] = useState(0);
  const form = useResource<PublicForm>((signal) => request('GET', '/public/complaints/form', { signal, auth: false }), String(round));
  const [values, setValues] = useState({ unitId: '', summary: '', anonymous: false, name: '', phone: '', website: '' });
  const [wait, setWait] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [filed, setFiled] = useState<{ number: string; trackingCode: string } | null>(null);
  useEffect(() => {
    if (!form.data) return;
    setWait(form.data.minFillSeconds);
    const timer = setInterval(() => setWait((n) => (n > 0 ? n - 1 : 0)), 1000);
    return () => clearInterval(timer);
  }, [form.data]);
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues({ ...values, [key]: e.target.value });
  const submit = async (formToken: string) => {
    setBusy(true);
    setError(null);
    try {
      const complainant = values.anonymous ? undefined : { name: values.name, phone: values.phone };
      const body = { unitId: values.unitId, summary: values.summary, anonymous: values.anonymous, complainant, formToken, ...(values.website ? { website: values.website } : {}) };
      setFiled(await request('POST', '/public/complaints', { body, auth: false }));
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, { title: String(e), status: 0, code: 'INTERNAL_ERROR' }, ''));
      setRound((r) => r + 1); // a refused token is spent or stale: fetch a fresh one
    } finally {
      setBusy(false);
    }
  };
  return (
    <PublicShell current="complaints">
        <h1>{t('publicComplaint.title')}</h1>
        <p className="muted">{t('publicComplaint.intro')}</p>
        {filed ? (
          <section className="card" data-testid="public-complaint-done" role="status">
            <h2>{t('publicComplaint.done', { number: filed.number })}</h2>
            <p>{t('publicComplaint.code')}: <strong className="tracking-code" data-testid="tracking-code">{filed.trackingCode}</strong></p>
            <p className="hint">{t('publicComplaint.codeHint')}</p>
            <button type="button" className="btn btn-ghost" onClick={() => { setFiled(null); setValues({ ...values, summary: '' }); setRound((r) => r + 1); }}>{t('publicComplaint.another')}</button>
          </section>
        ) : (
          <LoadState resource={form}>
            {(f) => (
              <form className="card command-form" data-testid="public-complaint-form" onSubmit={(e) => { e.preventDefault(); if (!busy && wait === 0) void submit(f.formToken); }}>
                <div className="form-grid">
                  <Field label={t('complaints.unit')} required>
                    <select name="unitId" value={values.unitId} onChange={set('unitId')}>
                      <option value="">—</option>
                      {f.units.map((u) => <option key={u.id} value={u.id}>{u.regionName} · {u.name}</option>)}
                    </select>
                  </Field>
                  <Field label={t('complaints.summary')} required wide>
                    <textarea name="summary" rows={6} minLength={10} maxLength={2000} value={values.summary} onChange={set('summary')} />
                  </Field>
                  <label className="choice field-wide">
                    <input type="checkbox" name="anonymous" checked={values.anonymous} onChange={(e) => setValues({ ...values, anonymous: e.target.checked })} /> {t('complaints.anonymous')}
                  </label>
                  {values.anonymous ? <p className="hint field-wide">{t('publicComplaint.anonymousHint')}</p> : (
                    <>
                      <Field label={t('complaints.complainantName')} required hint={t('complaints.personalHint')}>
                        <input name="complainantName" maxLength={100} autoComplete="name" value={values.name} onChange={set('name')} />
                      </Field>
                      <Field label={t('complaints.complainantPhone')} required>
                        <input name="complainantPhone" type="tel" maxLength={200} autoComplete="tel" value={values.phone} onChange={set('phone')} />
                      </Field>
                    </>
                  )}
                  <div className="sr-only" aria-hidden="true">
                    <label>{t('publicComplaint.honeypot')}<input name="website" tabIndex={-1} autoComplete="off" value={values.website} onChange={set('website')} /></label>
                  </div>
                </div>
                {error && <ProblemAlert error={error} />}
                <div className="form-actions">
                  <button type="submit" className="btn btn-primary" disabled={busy || wait > 0}>
                    {wait > 0 ? t('publicComplaint.wait', { n: wait }) : busy ? t('common.loading') : t('publicComplaint.submit')}
                  </button>
                </div>
              </form>
            )}
          </LoadState>
        )}
        <PublicComplaintStatus />
      </PublicShell>
  );
}
