import { Link } from 'react-router-dom';
import { useRegistry } from '../api/registry-context';
import { usePagedList } from '../api/use-paged-list';
import { ExportButtons } from '../components/export-buttons';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { Pager } from '../components/pager';
import { useI18n } from '../i18n/i18n-context';
import type { SupervisorRow } from '../activities/activity-types';

/** 督学履职情况 for the leader: counted school-months met this school year, visits, training hours, recusals, appraisal. */
export function SupervisorsPage() {
  const { t, tk, lang } = useI18n();
  const registry = useRegistry();
  const list = usePagedList<SupervisorRow>('/supervisors', {}, 50);
  return (
    <>
      <PageHeader title={t('supervisor.title')} subtitle={t('supervisor.trainingRule')} actions={<ExportButtons path={list.path} name="supervisors" />} />
      <LoadState resource={list}>
        {(data) => (
          <div className="table-wrap card">
            <table className="table" data-testid="supervisors-table">
              <thead>
                <tr>
                  <th scope="col">{t('visits.supervisor')}</th>
                  <th scope="col">{t('field.zone')}</th>
                  <th scope="col" className="num">{t('supervisor.schools')}</th>
                  <th scope="col" className="num">{t('supervisor.metMonths')}</th>
                  <th scope="col" className="num">{t('supervisor.visits')}</th>
                  <th scope="col">{t('supervisor.training')}</th>
                  <th scope="col">{t('supervisor.conflicts')}</th>
                  <th scope="col">{t('supervisor.appraisal')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((s) => (
                  <tr key={s.supervisorId}>
                    <td className="nowrap"><Link to={`/supervisors/${encodeURIComponent(s.supervisorId)}`}>{s.name}</Link> <span className="muted small">{tk('supervisor.kind', s.kind)}</span></td>
                    <td>{registry.zoneName(s.zoneId)}</td>
                    <td className="num">{s.assignedUnitIds.length}</td>
                    <td className="num">{s.metSchoolMonths} / {s.requiredSchoolMonths}</td>
                    <td className="num">{s.visitsThisSchoolYear}</td>
                    <td>{s.trainingHours}{s.trainingShortfall && <> <span className="badge warn">{t('supervisor.trainingShort', { n: s.trainingMissing })}</span></>}</td>
                    <td>{s.conflictUnitIds.map((u) => registry.unitName(u)).join(lang === 'en' ? '; ' : '、') || '—'}</td>
                    <td>{s.appraisal ? `${s.appraisal.year} ${tk('grade', s.appraisal.grade)}` : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager page={list.page} pageSize={list.pageSize} total={data.total} onPage={list.setPage} />
          </div>
        )}
      </LoadState>
    </>
  );
}
