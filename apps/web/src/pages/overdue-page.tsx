import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useRegistry } from '../api/registry-context';
import { usePagedList } from '../api/use-paged-list';
import { ReminderBadge, SeverityBadge } from '../components/badges';
import { DocNumber } from '../components/doc-number';
import { ExportButtons } from '../components/export-buttons';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { Pager } from '../components/pager';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import { emptyOverdueFilters, OverdueFilters, type OverdueFilterValues } from './overdue-filters';
import { RecomputedMark } from '../calendar/recomputed-mark';
import type { Loose } from '../api/types';

interface OverdueRow {
  issueId: string; number: string | null; unitId: string; unitName: string | null; title: string; severity: string; deadline: string;
  daysOverdue: number; workingDaysOverdue: number | null; reminderLevel: string | null; accountability: 'decided' | 'required' | 'none';
  deadlineRecomputed?: { previousDeadline: string; reason: string; year: number; docNo: string | null } | null;
}

/** 逾期清单: most overdue first, filtered on the server (so paging and the export see the same rows). */
export function OverduePage() {
  const { t, lang } = useI18n();
  const registry = useRegistry();
  const [filters, setFilters] = useState<OverdueFilterValues>(emptyOverdueFilters);
  const list = usePagedList<OverdueRow>('/overdue', {
    zoneId: filters.zoneId, unitId: filters.unitId, severity: filters.severity, minDaysOverdue: filters.minDays,
    reminderLevel: filters.reminder, accountability: filters.accountability,
  });
  return (
    <>
      <PageHeader title={t('overdue.title')} subtitle={t('overdue.subtitle')} actions={<ExportButtons path={list.path} name="overdue" />} />
      <OverdueFilters value={filters} onChange={setFilters} />
      <LoadState resource={list}>
        {(data) => (
          <div className="table-wrap card">
            <table className="table" data-testid="overdue-table">
              <thead>
                <tr>
                  <th scope="col">{t('field.title')}</th>
                  <th scope="col">{t('field.unit')}</th>
                  <th scope="col">{t('field.severity')}</th>
                  <th scope="col">{t('field.deadline')}</th>
                  <th scope="col" className="num">{t('field.daysOverdue')}</th>
                  <th scope="col">{t('field.reminderLevel')}</th>
                  <th scope="col">{t('field.accountability')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((row) => (
                  <tr key={row.issueId} data-issue-id={row.issueId}>
                    <td className="title-cell"><DocNumber number={row.number} /><Link to={`/issues/${row.issueId}`}>{row.title}</Link></td>
                    <td>{row.unitName ?? registry.unitName(row.unitId)}</td>
                    <td><SeverityBadge severity={row.severity} /></td>
                    <td>
                      {formatDate(lang, row.deadline)}
                      {row.deadlineRecomputed ? <RecomputedMark value={row.deadlineRecomputed as unknown as Loose} /> : null}
                    </td>
                    <td className="num danger-text"><strong>{t('overdue.days', { n: row.daysOverdue })}</strong></td>
                    <td><ReminderBadge level={row.reminderLevel} /></td>
                    <td>
                      <span className={`badge ${row.accountability === 'decided' ? 'ok' : row.accountability === 'required' ? 'warn' : ''}`}>
                        {row.accountability === 'decided' ? t('accountability.decided') : row.accountability === 'required' ? t('accountability.required') : t('accountability.notRequired')}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {data.items.length === 0 && <p className="muted empty" data-testid="overdue-empty">{t('overdue.empty')}</p>}
            <Pager page={list.page} pageSize={list.pageSize} total={data.total} onPage={list.setPage} />
          </div>
        )}
      </LoadState>
    </>
  );
}
