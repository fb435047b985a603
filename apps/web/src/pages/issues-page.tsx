import { useState } from 'react';
import { Link } from 'react-router-dom';
import { SEVERITIES } from '@domain/issue/issue.types';
import { useRegistry } from '../api/registry-context';
import { usePagedList } from '../api/use-paged-list';
import { useUser } from '../auth/session-context';
import { ExportButtons } from '../components/export-buttons';
import { FilterSelect } from '../components/filter-select';
import { IssueTable } from '../components/issue-table';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { Pager } from '../components/pager';
import { useI18n } from '../i18n/i18n-context';
import { IssueAggregation, type GroupBy } from './issue-aggregation';

const STATUSES = ['open', 'rectifying', 'awaiting_recheck', 'rectified', 'closed', 'withdrawn'];
const AGGREGATE_ROLES = ['leader', 'coordinator', 'auditor'];

/** The issue list, paged and searchable by number or title; for a school "my issues", for the office the aggregation (问题汇总). */
export function IssuesPage() {
  const { t, lang } = useI18n();
  const user = useUser();
  const registry = useRegistry();
  const [filters, setFilters] = useState({ status: '', severity: '', category: '', zoneId: '', unitId: '', overdue: '', q: '' });
  const [groupBy, setGroupBy] = useState<GroupBy | ''>(user.role === 'coordinator' ? 'unit' : '');
  const issues = usePagedList('/issues', filters);
  const set = (key: keyof typeof filters) => (e: { target: { value: string } }) => setFilters({ ...filters, [key]: e.target.value });
  const title = user.role === 'unit' ? t('issues.myTitle') : user.role === 'coordinator' ? t('issues.aggregateTitle') : t('issues.title');

  return (
    <>
      <PageHeader
        title={title}
        actions={
          <>
            <ExportButtons path={issues.path} name="issues" />
            {(user.role === 'supervisor' || user.role === 'coordinator') && <Link className="btn btn-primary" to="/issues/new">{t('nav.newIssue')}</Link>}
          </>
        }
      />
      <div className="filters card" role="group" aria-label={t('field.q')}>
        <label className="filter-search">
          {t('list.search')}
          <input type="search" name="q" value={filters.q} onChange={set('q')} placeholder={t('issues.searchHint')} />
        </label>
        <FilterSelect label={t('field.status')} name="status" value={filters.status} onChange={set('status')}>
          {STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}` as 'status.open')}</option>)}
        </FilterSelect>
        <FilterSelect label={t('field.severity')} name="severity" value={filters.severity} onChange={set('severity')}>
          {SEVERITIES.map((s) => <option key={s} value={s}>{t(`severity.${s}`)}</option>)}
        </FilterSelect>
        <FilterSelect label={t('field.category')} name="category" value={filters.category} onChange={set('category')}>
          {registry.categories.map((c) => <option key={c.code} value={c.code}>{lang === 'en' && c.nameEn ? c.nameEn : c.name}</option>)}
        </FilterSelect>
        <FilterSelect label={t('dashboard.kpiOverdue')} name="overdue" value={filters.overdue} onChange={set('overdue')}>
          <option value="true">{t('common.yes')}</option>
          <option value="false">{t('common.no')}</option>
        </FilterSelect>
        {user.role !== 'unit' && (
          <>
            <FilterSelect label={t('field.zone')} name="zoneId" value={filters.zoneId} onChange={set('zoneId')}>
              {registry.zones.map((z) => <option key={z.id} value={z.id}>{z.name}</option>)}
            </FilterSelect>
            <FilterSelect label={t('field.unit')} name="unitId" value={filters.unitId} onChange={set('unitId')}>
              {registry.units.filter((u) => !filters.zoneId || u.zoneId === filters.zoneId).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </FilterSelect>
          </>
        )}
        {AGGREGATE_ROLES.includes(user.role) && (
          <label>
            {t('issues.groupBy')}
            <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy | '')} data-testid="group-by">
              <option value="">{t('issues.group.none')}</option>
              <option value="unit">{t('issues.group.unit')}</option>
              <option value="zone">{t('issues.group.zone')}</option>
              <option value="category">{t('issues.group.category')}</option>
            </select>
          </label>
        )}
      </div>
      {groupBy && <IssueAggregation by={groupBy} />}
      <LoadState resource={issues}>
        {(data) => (
          <>
            <IssueTable items={data.items} />
            <Pager page={issues.page} pageSize={issues.pageSize} total={data.total} onPage={issues.setPage} />
          </>
        )}
      </LoadState>
    </>
  );
}
