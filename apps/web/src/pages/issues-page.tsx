import { useState } from 'react';
import { Link } from 'react-router-dom';
import { SEVERITIES } from '@domain/issue/issue.types';
import { fetchAll } from '../api/fetch-all';
import { useRegistry } from '../api/registry-context';
import { useResource } from '../api/use-resource';
import { useUser } from '../auth/session-context';
import { IssueTable } from '../components/issue-table';
import { LoadState } from '../components/load-state';
import { OpenById } from '../components/open-by-id';
import { PageHeader } from '../components/page-header';
import { FilterSelect } from '../components/filter-select';
import { useI18n } from '../i18n/i18n-context';
import { IssueAggregation, type GroupBy } from './issue-aggregation';

const STATUSES = ['open', 'rectifying', 'awaiting_recheck', 'rectified', 'closed', 'withdrawn'];

/** The issue list; for a school "my issues", for the office the aggregation (问题汇总). */
export function IssuesPage() {
  const { t, lang } = useI18n();
  const user = useUser();
  const registry = useRegistry();
  const [filters, setFilters] = useState({ status: '', severity: '', category: '', zoneId: '', unitId: '', q: '' });
  const [groupBy, setGroupBy] = useState<GroupBy | ''>(user.role === 'coordinator' ? 'unit' : '');
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== '')).toString();
  const issues = useResource((s) => fetchAll(`/issues${query ? `?${query}` : ''}`, s), query);
  const set = (key: keyof typeof filters) => (e: { target: { value: string } }) => setFilters({ ...filters, [key]: e.target.value });
  const title = user.role === 'unit' ? t('issues.myTitle') : user.role === 'coordinator' ? t('issues.aggregateTitle') : t('issues.title');

  return (
    <>
      <PageHeader
        title={title}
        subtitle={issues.data ? t('common.total', { n: issues.data.total }) : undefined}
        actions={(user.role === 'supervisor' || user.role === 'coordinator') && <Link className="btn btn-primary" to="/issues/new">{t('nav.newIssue')}</Link>}
      />
      <OpenById />
      <div className="filters card" role="group" aria-label={t('field.q')}>
        <label>
          {t('field.q')}
          <input type="search" value={filters.q} onChange={set('q')} />
        </label>
        <FilterSelect label={t('field.status')} value={filters.status} onChange={set('status')}>
          {STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}` as 'status.open')}</option>)}
        </FilterSelect>
        <FilterSelect label={t('field.severity')} value={filters.severity} onChange={set('severity')}>
          {SEVERITIES.map((s) => <option key={s} value={s}>{t(`severity.${s}`)}</option>)}
        </FilterSelect>
        <FilterSelect label={t('field.category')} value={filters.category} onChange={set('category')}>
          {registry.categories.map((c) => <option key={c.code} value={c.code}>{lang === 'en' && c.nameEn ? c.nameEn : c.name}</option>)}
        </FilterSelect>
        {user.role !== 'unit' && (
          <>
            <FilterSelect label={t('field.zone')} value={filters.zoneId} onChange={set('zoneId')}>
              {registry.zones.map((z) => <option key={z.id} value={z.id}>{z.name}</option>)}
            </FilterSelect>
            <FilterSelect label={t('field.unit')} value={filters.unitId} onChange={set('unitId')}>
              {registry.units.filter((u) => !filters.zoneId || u.zoneId === filters.zoneId).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </FilterSelect>
            <label>
              {t('issues.groupBy')}
              <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy | '')} data-testid="group-by">
                <option value="">{t('issues.group.none')}</option>
                <option value="unit">{t('issues.group.unit')}</option>
                <option value="zone">{t('issues.group.zone')}</option>
                <option value="category">{t('issues.group.category')}</option>
              </select>
            </label>
          </>
        )}
      </div>
      <LoadState resource={issues}>
        {(data) => (
          <>
            {groupBy && <IssueAggregation items={data.items} by={groupBy} />}
            <IssueTable items={data.items} />
          </>
        )}
      </LoadState>
    </>
  );
}
