import { useState } from 'react';
import { Link } from 'react-router-dom';
import { VISIT_KINDS } from '@domain/visit/visit.types';
import { usePeople } from '../api/people-context';
import { useRegistry } from '../api/registry-context';
import { usePagedList } from '../api/use-paged-list';
import { ExportButtons } from '../components/export-buttons';
import { FilterSelect } from '../components/filter-select';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { Pager } from '../components/pager';
import { formatCalendarDate } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import type { VisitRow } from './visit-types';

/** 督导记录: the visits recorded within the reader's scope, newest first, each opened again on its own page. */
export function VisitsPage() {
  const { t, tk, lang } = useI18n();
  const registry = useRegistry();
  const [filters, setFilters] = useState({ unitId: '', kind: '', month: '' });
  const list = usePagedList<VisitRow>('/visits', filters);
  const people = usePeople(list.data?.items.map((v) => v.supervisorUserId) ?? []);
  const set = (key: keyof typeof filters) => (e: { target: { value: string } }) => setFilters({ ...filters, [key]: e.target.value });
  return (
    <>
      <PageHeader title={t('visits.title')} actions={<ExportButtons path={list.path} name="visits" />} />
      <div className="filters card" role="group" aria-label={t('visits.title')}>
        <FilterSelect label={t('field.unit')} name="unitId" value={filters.unitId} onChange={set('unitId')}>
          {registry.units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </FilterSelect>
        <FilterSelect label={t('field.visitKind')} name="kind" value={filters.kind} onChange={set('kind')}>
          {VISIT_KINDS.map((k) => <option key={k} value={k}>{tk('visitKind', k)}</option>)}
        </FilterSelect>
        <label>
          {t('field.month')}
          <input type="month" name="month" value={filters.month} onChange={set('month')} />
        </label>
      </div>
      <LoadState resource={list}>
        {(data) => (
          <div className="table-wrap card">
            <table className="table" data-testid="visits-table">
              <thead>
                <tr>
                  <th scope="col">{t('field.visitDate')}</th>
                  <th scope="col">{t('field.unit')}</th>
                  <th scope="col">{t('visits.supervisor')}</th>
                  <th scope="col">{t('field.visitKind')}</th>
                  <th scope="col">{t('field.matters')}</th>
                  <th scope="col" className="num">{t('visits.issues')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((v) => (
                  <tr key={v.visitId}>
                    <td className="nowrap"><Link to={`/visits/${v.visitId}`}>{formatCalendarDate(lang, v.date)}</Link></td>
                    <td>{v.unitName ?? registry.unitName(v.unitId)}</td>
                    <td>{people.name(v.supervisorUserId, 'supervisor')}</td>
                    <td>{tk('visitKind', v.kind)}</td>
                    <td>{v.matters.map((m) => registry.categoryName(m)).join(lang === 'en' ? '; ' : '、') || '—'}</td>
                    <td className="num">{v.issueCount}{v.reportOverdue && <> <span className="badge warn">{t('visits.reportOverdue')}</span></>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {data.items.length === 0 && <p className="muted empty">{t('visits.empty')}</p>}
            <Pager page={list.page} pageSize={list.pageSize} total={data.total} onPage={list.setPage} />
          </div>
        )}
      </LoadState>
    </>
  );
}
