import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { get } from '../api/client';
import { useCommand } from '../api/use-command';
import { useResource } from '../api/use-resource';
import { useUser } from '../auth/session-context';
import { CommandForm } from '../components/command-form';
import { DocNumber } from '../components/doc-number';
import { Field } from '../components/field';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { serverNow } from '../api/server-clock';
import { formatDate, formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';

interface Sample {
  sampleId: string; quarter: string; rate: number; seed: string; algorithm: string; populationSize: number; sample: string[]; redrawn: string[];
  dueAt: string; drawnAt: string;
  issues: { issueId: string; number: string | null; title: string; unitName: string | null; status: string; lookBackDueAt: string | null; lookBackOutcome: string | null }[];
}

/** The quarter before the one the service clock is in (Shanghai), e.g. '2026Q1' in May 2026. */
function previousQuarter(): string {
  const shanghai = new Date(serverNow().getTime() + 8 * 3_600_000);
  const q = Math.floor(shanghai.getUTCMonth() / 3) + 1;
  return q === 1 ? `${shanghai.getUTCFullYear() - 1}Q4` : `${shanghai.getUTCFullYear()}Q${q - 1}`;
}

/** 回头看随机抽查: draw a quarter's sample with its seed, and show it with the check that the seed re-draws it. */
export function LookBackSamplesPage() {
  const { t, tk, lang } = useI18n();
  const user = useUser();
  const command = useCommand();
  const [quarter, setQuarter] = useState(previousQuarter);
  const [shown, setShown] = useState(quarter);
  const [rate, setRate] = useState('20');
  const [seed, setSeed] = useState('');
  const [tick, setTick] = useState(0);
  // A quarter not drawn yet is an answer ({ drawn: null }), not a load that never ends.
  const sample = useResource<{ drawn: Sample | null }>(
    (signal) => get<Sample>(`/look-back-samples/${encodeURIComponent(`${user.regionId}-${shown}`)}`, signal).then(
      (drawn) => ({ drawn }),
      (e: { status?: number }) => (e.status === 404 ? { drawn: null } : Promise.reject(e)),
    ),
    `${shown}#${tick}`,
  );
  const summary = useResource<{ due: number; overdue: number; done: number; relapsed: number; relapseRate: number | null }>((signal) => get('/look-back-samples', signal), `summary#${tick}`);
  // The first answer tells the service's time: the default quarter is the one before it (not the browser's).
  const touched = useRef(false);
  useEffect(() => {
    if (!summary.data || touched.current) return;
    touched.current = true;
    setQuarter(previousQuarter());
    setShown(previousQuarter());
  }, [summary.data]);
  const draw = async () => {
    const result = await command.run('/look-back-samples', { quarter, rate: Number(rate) / 100, ...(seed ? { seed } : {}) });
    if (result) {
      setShown(quarter);
      setTick((n) => n + 1);
    }
  };
  return (
    <>
      <PageHeader title={t('lookBacks.title')} />
      <p className="muted">{t('lookBacks.intro')}</p>
      {summary.data && (
        <p className="card" data-testid="look-back-summary">
          {t('lookBacks.summary', { due: summary.data.due, overdue: summary.data.overdue, done: summary.data.done, relapsed: summary.data.relapsed, rate: summary.data.relapseRate === null ? '—' : `${Math.round(summary.data.relapseRate * 100)}%` })}
        </p>
      )}
      {user.role === 'coordinator' && (
        <CommandForm title={t('lookBacks.draw')} command={command} onSubmit={() => void draw()} submitLabel={t('lookBacks.draw')} testId="draw-sample-form">
          <Field label={t('lookBacks.quarter')} required>
            <input name="quarter" pattern="\d{4}Q[1-4]" value={quarter} onChange={(e) => { touched.current = true; setQuarter(e.target.value); }} />
          </Field>
          <Field label={t('lookBacks.rate')} required>
            <input name="rate" type="number" min={1} max={100} value={rate} onChange={(e) => setRate(e.target.value)} />
          </Field>
          <Field label={t('lookBacks.seed')} hint={t('lookBacks.seedHint')} wide>
            <input name="seed" maxLength={200} value={seed} onChange={(e) => setSeed(e.target.value)} />
          </Field>
        </CommandForm>
      )}
      <div className="filters card">
        <label>
          {t('lookBacks.quarter')}
          <input name="shownQuarter" value={shown} onChange={(e) => { touched.current = true; setShown(e.target.value); }} />
        </label>
      </div>
      <LoadState resource={sample}>
        {({ drawn: s }) =>
          !s ? <p className="card muted empty">{t('lookBacks.notDrawn')}</p> : (
            <section className="card" data-testid="look-back-sample">
              <dl className="facts">
                <dt>{t('lookBacks.quarter')}</dt><dd>{s.quarter}</dd>
                <dt>{t('lookBacks.rate')}</dt><dd>{Math.round(s.rate * 100)}</dd>
                <dt>{t('lookBacks.seed')}</dt><dd><code data-testid="sample-seed">{s.seed}</code></dd>
                <dt>{t('lookBacks.algorithm')}</dt><dd><code>{s.algorithm}</code></dd>
                <dt>{t('lookBacks.population')}</dt><dd>{s.populationSize}</dd>
                <dt>{t('lookBacks.drawnAt')}</dt><dd>{formatDateTime(lang, s.drawnAt)}</dd>
                <dt>{t('lookBacks.dueAt')}</dt><dd>{formatDate(lang, s.dueAt)}</dd>
              </dl>
              <p className={JSON.stringify(s.redrawn) === JSON.stringify(s.sample) ? 'success' : 'danger-text'} data-testid="sample-check">
                {JSON.stringify(s.redrawn) === JSON.stringify(s.sample) ? t('lookBacks.reproducible') : t('lookBacks.notReproducible')}
              </p>
              <h3>{t('lookBacks.sample')} ({s.sample.length})</h3>
              <div className="table-wrap">
                <table className="table">
                  <tbody>
                    {s.issues.map((i) => (
                      <tr key={i.issueId}>
                        <td className="nowrap"><Link to={`/issues/${i.issueId}`}><DocNumber number={i.number} /></Link></td>
                        <td>{i.title}</td>
                        <td>{i.unitName ?? '—'}</td>
                        <td>{i.lookBackOutcome ? `${t('lookBacks.lookBackDone')}: ${tk('outcome', i.lookBackOutcome)}` : i.lookBackDueAt ? `${t('lookBacks.pending')} · ${formatDate(lang, i.lookBackDueAt)}` : tk('status', i.status)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )
        }
      </LoadState>
    </>
  );
}
