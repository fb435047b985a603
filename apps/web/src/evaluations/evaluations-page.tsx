import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useRegistry } from '../api/registry-context';
import { useCommand } from '../api/use-command';
import { usePagedList } from '../api/use-paged-list';
import { useUser } from '../auth/session-context';
import { CommandForm } from '../components/command-form';
import { ExportButtons } from '../components/export-buttons';
import { Field } from '../components/field';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { Pager } from '../components/pager';
import { endOfShanghaiDayIso, formatDate, shanghaiToday } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import type { EvaluationRow } from './evaluation-types';

/** 督政: scores of governments across years, and (for the office) the launch of a new evaluation. */
export function EvaluationsPage() {
  const { t, tk } = useI18n();
  const user = useUser();
  const registry = useRegistry();
  const list = usePagedList<EvaluationRow>('/evaluations', {});
  const office = user.role === 'coordinator' || user.role === 'leader';
  return (
    <>
      <PageHeader title={t('evaluations.title')} actions={<ExportButtons path={list.path} name="evaluations" />} />
      {office && <LaunchForm />}
      <LoadState resource={list}>
        {(data) => (
          <div className="table-wrap card">
            <table className="table" data-testid="evaluations-table">
              <thead>
                <tr>
                  <th scope="col">{t('evaluations.year')}</th>
                  <th scope="col">{t('evaluations.government')}</th>
                  <th scope="col">{t('evaluations.status')}</th>
                  <th scope="col" className="num">{t('evaluations.selfScore')}</th>
                  <th scope="col" className="num">{t('evaluations.score')}</th>
                  <th scope="col">{t('evaluations.report')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((e) => (
                  <tr key={e.evaluationId}>
                    <td>{e.year}</td>
                    <td><Link to={`/evaluations/${e.evaluationId}`}>{registry.unitName(e.unitId)}</Link></td>
                    <td>{tk('evaluationStatus', e.status)}</td>
                    <td className="num">{e.selfTotal ?? '—'} {e.selfGrade ?? ''}</td>
                    <td className="num">{e.total ?? '—'} {e.grade ?? ''}</td>
                    <td data-testid="evaluation-report-cell"><ReportCell row={e} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
            {data.items.length === 0 && <p className="muted empty">{t('evaluations.empty')}</p>}
            <ScoresChart rows={data.items} />
            <Pager page={list.page} pageSize={list.pageSize} total={data.total} onPage={list.setPage} />
          </div>
        )}
      </LoadState>
    </>
  );
}

/** Whether the report was published: its number, scope and date; a public one links to its public PDF. */
function ReportCell({ row }: { row: EvaluationRow }) {
  const { t, lang } = useI18n();
  if (!row.publishedScope || !row.publishedAt) return <span className="muted">{row.status === 'concluded' ? t('evaluations.reportUnpublished') : '—'}</span>;
  const scope = t(`evaluationReport.scope.${row.publishedScope}`);
  return (
    <>
      {row.reportNumber && (row.publishedScope === 'public'
        ? <a href={`/api/public/evaluations/${row.evaluationId}/report?format=pdf`}>{row.reportNumber}</a>
        : <span>{row.reportNumber}</span>)}
      <span className="muted"> {scope} · {formatDate(lang, row.publishedAt)}</span>
    </>
  );
}

function LaunchForm() {
  const { t } = useI18n();
  const registry = useRegistry();
  const navigate = useNavigate();
  const command = useCommand();
  const today = shanghaiToday();
  const [form, setForm] = useState({ subjectUnitId: '', year: today.slice(0, 4), due: '' });
  const governments = registry.units.filter((u) => u.type === 'government');
  const submit = async () => {
    const body = { frameworkCode: 'county-duties', subjectUnitId: form.subjectUnitId, year: Number(form.year), selfEvaluationDueAt: form.due ? endOfShanghaiDayIso(form.due) : '' };
    const result = await command.run('/evaluations', body);
    if (result) navigate(`/evaluations/${result.id}`);
  };
  return (
    <CommandForm title={t('evaluations.launch')} command={command} onSubmit={() => void submit()} testId="launch-evaluation-form">
      <Field label={t('evaluations.government')} required>
        <select name="subjectUnitId" value={form.subjectUnitId} onChange={(e) => setForm({ ...form, subjectUnitId: e.target.value })}>
          <option value="">—</option>
          {governments.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
      </Field>
      <Field label={t('evaluations.year')} required>
        <input name="year" type="number" min={2000} max={2100} value={form.year} onChange={(e) => setForm({ ...form, year: e.target.value })} />
      </Field>
      <Field label={t('evaluations.selfDue')} required>
        <input name="selfEvaluationDueAt" type="date" value={form.due} onChange={(e) => setForm({ ...form, due: e.target.value })} />
      </Field>
    </CommandForm>
  );
}

/** Scores across governments and years as bars out of 100: the self-score beside the concluded score. */
function ScoresChart({ rows }: { rows: EvaluationRow[] }) {
  const { t } = useI18n();
  const registry = useRegistry();
  const scored = rows.filter((r) => r.selfTotal !== null);
  if (scored.length === 0) return null;
  return (
    <figure className="score-chart" data-testid="scores-chart" aria-label={t('evaluations.chart')}>
      <figcaption>{t('evaluations.chart')}</figcaption>
      {scored.map((r) => (
        <div key={r.evaluationId} className="score-chart-row">
          <span className="score-chart-label">{registry.unitName(r.unitId)} · {r.year}</span>
          <span className="score-chart-bars">
            <span className="bar bar-self" style={{ width: `${r.selfTotal}%` }} title={t('evaluations.selfScore')}>{r.selfTotal}</span>
            {r.total !== null && <span className="bar bar-total" style={{ width: `${r.total}%` }} title={t('evaluations.score')}>{r.total} {r.grade}</span>}
          </span>
        </div>
      ))}
      <p className="hint"><span className="swatch bar-self" /> {t('evaluations.selfScore')} <span className="swatch bar-total" /> {t('evaluations.score')}</p>
    </figure>
  );
}
