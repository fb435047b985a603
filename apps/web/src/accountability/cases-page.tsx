import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ACCOUNTABILITY_MEASURES } from '@domain/issue/accountability-measures';
import { useRegistry } from '../api/registry-context';
import { usePagedList } from '../api/use-paged-list';
import { ExportButtons } from '../components/export-buttons';
import { FilterSelect } from '../components/filter-select';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { Pager } from '../components/pager';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import type { CaseRow } from './case-types';

const STAGES = ['opened', 'investigating', 'facts_determined', 'notice_served', 'heard', 'opinion_formed', 'approved', 'decided', 'dismissed', 'archived'];

/** 问责案件登记簿: open cases by their next statutory date, decisions by measure, subject and year, repeat subjects. */
export function CasesPage() {
  const { t, tk, lang } = useI18n();
  const registry = useRegistry();
  const [filters, setFilters] = useState({ open: '', stage: '', measure: '', year: '', unitId: '', repeat: '' });
  const list = usePagedList<CaseRow>('/accountability-cases', filters);
  const set = (key: keyof typeof filters) => (e: { target: { value: string } }) => setFilters({ ...filters, [key]: e.target.value });
  const sep = lang === 'en' ? '; ' : '、';
  return (
    <>
      <PageHeader title={t('case.register')} actions={<ExportButtons path={list.path} name="accountability-cases" />} />
      <div className="filters card" role="group" aria-label={t('case.register')}>
        <FilterSelect label={t('case.openClosed')} name="open" value={filters.open} onChange={set('open')}>
          <option value="true">{t('case.open')}</option>
          <option value="false">{t('case.closed')}</option>
        </FilterSelect>
        <FilterSelect label={t('case.stage')} name="stage" value={filters.stage} onChange={set('stage')}>
          {STAGES.map((s) => <option key={s} value={s}>{tk('caseStage', s)}</option>)}
        </FilterSelect>
        <FilterSelect label={t('case.measures')} name="measure" value={filters.measure} onChange={set('measure')}>
          {ACCOUNTABILITY_MEASURES.map((m) => <option key={m} value={m}>{tk('measure', m)}</option>)}
        </FilterSelect>
        <FilterSelect label={t('case.units')} name="unitId" value={filters.unitId} onChange={set('unitId')}>
          {registry.units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </FilterSelect>
        <label>
          {t('case.year')}
          <input type="number" name="year" min={2000} max={2100} value={filters.year} onChange={set('year')} />
        </label>
        <FilterSelect label={t('case.repeat')} name="repeat" value={filters.repeat} onChange={set('repeat')}>
          <option value="true">{t('case.repeat')}</option>
        </FilterSelect>
      </div>
      <LoadState resource={list}>
        {(data) => (
          <div className="table-wrap card">
            <table className="table" data-testid="cases-table">
              <thead>
                <tr>
                  <th scope="col">{t('case.number')}</th>
                  <th scope="col">{t('case.units')}</th>
                  <th scope="col" className="num">{t('case.persons')}</th>
                  <th scope="col">{t('case.stage')}</th>
                  <th scope="col">{t('case.next')}</th>
                  <th scope="col">{t('case.docNumber')}</th>
                  <th scope="col">{t('case.measures')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((c) => (
                  <tr key={c.caseId}>
                    <td className="nowrap"><Link to={`/accountability-cases/${c.caseId}`}>{c.number ?? t('case.number')}</Link></td>
                    <td>{c.subjectUnitIds.map((id) => registry.unitName(id)).join(sep)}</td>
                    <td className="num">{c.personSubjects}</td>
                    <td>
                      {tk('caseStage', c.stage)}
                      {c.aggravated && <span className="badge warn"> {t('case.aggravated')}</span>}
                      {c.repeatSubject && <span className="badge danger"> {t('case.repeat')}</span>}
                    </td>
                    <td>{c.nextClock ? `${tk('caseClock', c.nextClock)} ${formatDateTime(lang, c.nextDueAt)}` : '—'}</td>
                    <td className="nowrap">{c.docNumber ?? '—'}</td>
                    <td>{c.measures.map((m) => tk('measure', m)).join(sep) || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {data.items.length === 0 && <p className="muted empty">{t('case.empty')}</p>}
            <Pager page={list.page} pageSize={list.pageSize} total={data.total} onPage={list.setPage} />
          </div>
        )}
      </LoadState>
    </>
  );
}
