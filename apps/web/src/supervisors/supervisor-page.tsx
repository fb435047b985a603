import { useParams } from 'react-router-dom';
import { get } from '../api/client';
import { useRegistry } from '../api/registry-context';
import { useCommand } from '../api/use-command';
import { useResource } from '../api/use-resource';
import { useUser } from '../auth/session-context';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { ProblemAlert } from '../components/problem-alert';
import { formatCalendarDate } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import type { SupervisorRow } from '../activities/activity-types';
import { AppraisalForm, ConflictForm, TrainingForm } from './duty-forms';

interface Duties {
  trainings: { trainingId: string; date: string; course: string; hours: number }[];
  conflicts: Record<string, { reason: string; declaredAt: string }>;
  appraisals: { year: number; grade: string; notes: string }[];
}

/** A supervisor's own page of duties (我的履职): visits this school year, training hours, recusals, appraisals. */
export function SupervisorPage() {
  const { id: param } = useParams();
  const { t, tk, lang } = useI18n();
  const user = useUser();
  const registry = useRegistry();
  const id = param ?? registry.me?.supervisor?.id ?? '';
  const resource = useResource<SupervisorRow & { duties: Duties | null; schoolYear: number }>(id ? (s) => get(`/supervisors/${encodeURIComponent(id)}`, s) : null, id);
  const withdraw = useCommand();
  const self = registry.me?.supervisor?.id === id;
  const office = user.role === 'coordinator' || user.role === 'leader';
  return (
    <LoadState resource={resource}>
      {(s) => (
        <div data-testid="supervisor-page">
          <PageHeader title={`${s.name} · ${t('nav.myDuties')}`} subtitle={t('supervisor.trainingRule')} />
          <section className="card">
            <dl className="details">
              <dt>{t('supervisor.metMonths')}</dt><dd>{s.metSchoolMonths} / {s.requiredSchoolMonths}</dd>
              <dt>{t('supervisor.visits')}</dt><dd>{s.visitsThisSchoolYear}</dd>
              <dt>{t('supervisor.training')}</dt>
              <dd data-testid="training-hours">{s.trainingHours} / 40{s.trainingShortfall && <> <span className="badge warn">{t('supervisor.trainingShort', { n: s.trainingMissing })}</span></>}</dd>
              <dt>{t('supervisor.appraisal')}</dt><dd>{s.appraisal ? `${s.appraisal.year} ${tk('grade', s.appraisal.grade)}` : '—'}</dd>
            </dl>
          </section>
          <section className="card">
            <h2>{t('supervisor.trainings')}</h2>
            <ul className="plain-list">
              {(s.duties?.trainings ?? []).map((x) => <li key={x.trainingId}>{formatCalendarDate(lang, x.date)} · {x.course} · {x.hours} {t('supervisor.hours')}</li>)}
            </ul>
            {(self || office) && <TrainingForm supervisorId={id} onDone={resource.reload} />}
          </section>
          <section className="card">
            <h2>{t('supervisor.conflicts')}</h2>
            {withdraw.error && <ProblemAlert error={withdraw.error} />}
            <ul className="plain-list">
              {Object.entries(s.duties?.conflicts ?? {}).map(([unitId, c]) => (
                <li key={unitId}>
                  {registry.unitName(unitId)} · {c.reason}{' '}
                  {(self || office) && (
                    <button type="button" className="btn btn-small" onClick={async () => (await withdraw.run(`/supervisors/${encodeURIComponent(id)}/conflicts/${encodeURIComponent(unitId)}/withdraw`, {})) && resource.reload()}>
                      {t('supervisor.withdrawConflict')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
            {(self || office) && <ConflictForm supervisorId={id} onDone={resource.reload} />}
          </section>
          {office && (
            <section className="card">
              <h2>{t('supervisor.appraisal')}</h2>
              <ul className="plain-list">{(s.duties?.appraisals ?? []).map((a) => <li key={a.year}>{a.year} · {tk('grade', a.grade)} {a.notes}</li>)}</ul>
              <AppraisalForm supervisorId={id} onDone={resource.reload} />
            </section>
          )}
        </div>
      )}
    </LoadState>
  );
}
