import { useEffect, useState, type FormEvent } from 'react';
import { get } from '../api/client';
import { ApiError } from '../api/problem';
import { StatusBadge } from '../components/badges';
import { ProblemAlert } from '../components/problem-alert';
import { formatDateTime, isoToShanghaiLocal, shanghaiLocalToIso } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import type { Issue } from '../issue/issue-types';

/** The issue's state folded from the events recorded up to a chosen moment (Beijing time). */
export function AsOfPanel({ issueId, requested }: { issueId: string; requested: { iso: string } | null }) {
  const [moment, setMoment] = useState('');
  const { t, tk, lang } = useI18n();
  const [state, setState] = useState<(Issue | { status: 'initial'; version: number }) | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [shownFor, setShownFor] = useState('');

  const load = async (iso: string) => {
    setError(null);
    try {
      setState(await get(`/issues/${issueId}/state?asOf=${encodeURIComponent(iso)}`));
      setShownFor(iso);
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (moment) void load(new Date(shanghaiLocalToIso(moment)).toISOString());
  };
  useEffect(() => {
    if (!requested) return;
    setMoment(isoToShanghaiLocal(requested.iso));
    void load(requested.iso);
  }, [requested]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <section className="card no-print" aria-labelledby="asof-title" data-testid="as-of-panel">
      <h2 id="asof-title">{t('timeline.asOfTitle')}</h2>
      <form className="inline-row" onSubmit={submit}>
        <label htmlFor="as-of">{t('field.asOf')}</label>
        <input id="as-of" type="datetime-local" step={1} value={moment} onChange={(e) => setMoment(e.target.value)} />
        <button type="submit" className="btn">{t('timeline.asOfSubmit')}</button>
      </form>
      {error && <ProblemAlert error={error} />}
      {state && (
        <div className="as-of-result" data-testid="as-of-result" data-status={state.status} data-version={state.version}>
          <p>
            {formatDateTime(lang, shownFor)} · <StatusBadge status={state.status} /> · {t('timeline.stepsSoFar', { n: state.version })}
          </p>
          {state.status === 'initial' ? (
            <p className="muted">{t('timeline.asOfEmpty')}</p>
          ) : (
            <dl className="details compact">
              <dt>{t('field.deadline')}</dt>
              <dd>{formatDateTime(lang, state.deadline)}</dd>
              <dt>{t('field.reminderLevel')}</dt>
              <dd>{tk('reminder', state.reminderLevel ?? 'none')}</dd>
              <dt>{t('issue.lastRecheck')}</dt>
              <dd>{state.lastRecheck ? `${tk('method', state.lastRecheck.method)} · ${tk('outcome', state.lastRecheck.outcome)}` : '—'}</dd>
              <dt>{t('field.accountability')}</dt>
              <dd>{state.accountabilityDecided ? t('accountability.decided') : state.accountabilityRequired ? t('accountability.required') : t('accountability.notRequired')}</dd>
              <dt>{t('issue.reported')}</dt>
              <dd>{state.resultReported ? t('common.yes') : t('common.no')}</dd>
            </dl>
          )}
        </div>
      )}
    </section>
  );
}

