import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ACTIVITY_KINDS } from '@domain/activity/activity.types';
import { useRegistry } from '../api/registry-context';
import { usePagedList } from '../api/use-paged-list';
import { useUser } from '../auth/session-context';
import { DocNumber } from '../components/doc-number';
import { ExportButtons } from '../components/export-buttons';
import { FilterSelect } from '../components/filter-select';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { Pager } from '../components/pager';
import { formatCalendarDate } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import { ACTIVITY_STAGES, type ActivityRow } from './activity-types';
import { PlanActivityForm } from './plan-activity-form';

/** 督导活动: joint visits, special and comprehensive supervision within the reader's scope; plan a new one. */
export function ActivitiesPage() {
  const { t, tk, lang } = useI18n();
  const registry = useRegistry();
  const user = useUser();
  const [planning, setPlanning] = useState(false);
  const [filters, setFilters] = useState({ kind: '', stage: '', unitId: '' });
  const list = usePagedList<ActivityRow>('/activities', filters);
  const set = (key: keyof typeof filters) => (e: { target: { value: string } }) => setFilters({ ...filters, [key]: e.target.value });
  const mayPlan = ['coordinator', 'leader', 'supervisor'].includes(user.role);
  return (
    <>
      <PageHeader
        title={t('activity.title')}
        actions={
          <>
            {mayPlan && !planning && <button type="button" className="btn btn-primary" onClick={() => setPlanning(true)}>{t('activity.plan')}</button>}
            <ExportButtons path={list.path} name="activities" />
          </>
        }
      />
      {planning && <PlanActivityForm onClose={() => setPlanning(false)} />}
      <div className="filters card" role="group" aria-label={t('activity.title')}>
        <FilterSelect label={t('activity.kind')} name="kind" value={filters.kind} onChange={set('kind')}>
          {ACTIVITY_KINDS.map((k) => <option key={k} value={k}>{tk('activityKind', k)}</option>)}
        </FilterSelect>
        <FilterSelect label={t('activity.stage')} name="stage" value={filters.stage} onChange={set('stage')}>
          {ACTIVITY_STAGES.map((s) => <option key={s} value={s}>{tk('activityStage', s)}</option>)}
        </FilterSelect>
        <FilterSelect label={t('field.unit')} name="unitId" value={filters.unitId} onChange={set('unitId')}>
          {registry.units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </FilterSelect>
      </div>
      <LoadState resource={list}>
        {(data) => (
          <div className="table-wrap card">
            <table className="table" data-testid="activities-table">
              <thead>
                <tr>
                  <th scope="col">{t('activity.number')}</th>
                  <th scope="col">{t('activity.name')}</th>
                  <th scope="col">{t('activity.kind')}</th>
                  <th scope="col">{t('activity.targets')}</th>
                  <th scope="col">{t('activity.from')}</th>
                  <th scope="col">{t('activity.stage')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((a) => (
                  <tr key={a.activityId}>
                    <td className="nowrap"><Link to={`/activities/${a.activityId}`}><DocNumber number={a.number} /></Link></td>
                    <td><Link to={`/activities/${a.activityId}`}>{a.title}</Link></td>
                    <td>{tk('activityKind', a.kind)}</td>
                    <td>{a.targetUnitIds.map((id) => registry.unitName(id)).join(lang === 'en' ? '; ' : '、')}</td>
                    <td className="nowrap">{formatCalendarDate(lang, a.from)}</td>
                    <td><span className="badge">{tk('activityStage', a.stage)}</span></td>
                  </tr>
                ))}
              </tbody>
            </table>
            {data.items.length === 0 && <p className="muted empty">{t('activity.empty')}</p>}
            <Pager page={list.page} pageSize={list.pageSize} total={data.total} onPage={list.setPage} />
          </div>
        )}
      </LoadState>
    </>
  );
}
