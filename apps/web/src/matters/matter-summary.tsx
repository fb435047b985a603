import { useState } from 'react';
import { useRegistry } from '../api/registry-context';
import { usePagedList } from '../api/use-paged-list';
import { ExportButtons } from '../components/export-buttons';
import { LoadState } from '../components/load-state';
import { Pager } from '../components/pager';
import { shanghaiToday } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';

interface SummaryRow { unitId: string; matters: number; onTime: number; late: number; returned: number; overdueOpen: number }

/** 年度汇总: the year's matters by lead unit (on time, late, sent back, open past due), for annual assessment. */
export function MatterSummary() {
  const { t } = useI18n();
  const registry = useRegistry();
  const [year, setYear] = useState(shanghaiToday().slice(0, 4));
  const list = usePagedList<SummaryRow>('/matters/summary', { year });
  return (
    <section className="card" aria-label={t('matters.summary')}>
      <h3>{t('matters.summary')}</h3>
      <div className="filters">
        <label>{t('evaluations.year')} <input type="number" name="summaryYear" min={2000} max={2100} value={year} onChange={(e) => setYear(e.target.value)} /></label>
        <ExportButtons path={list.path} name="matters-summary" />
      </div>
      <LoadState resource={list}>
        {(data) => (
          <div className="table-wrap">
            <table className="table" data-testid="matter-summary">
              <thead>
                <tr>
                  <th scope="col">{t('matters.leadUnit')}</th>
                  <th scope="col" className="num">{t('matters.count')}</th>
                  <th scope="col" className="num">{t('matters.onTime')}</th>
                  <th scope="col" className="num">{t('matters.closedLate')}</th>
                  <th scope="col" className="num">{t('matters.returns')}</th>
                  <th scope="col" className="num">{t('matters.overdueOpen')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((r) => (
                  <tr key={r.unitId}>
                    <td>{registry.unitName(r.unitId)}</td>
                    <td className="num">{r.matters}</td>
                    <td className="num">{r.onTime}</td>
                    <td className="num">{r.late}</td>
                    <td className="num">{r.returned}</td>
                    <td className="num">{r.overdueOpen}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {data.items.length === 0 && <p className="muted empty">{t('matters.empty')}</p>}
            <Pager page={list.page} pageSize={list.pageSize} total={data.total} onPage={list.setPage} />
          </div>
        )}
      </LoadState>
    </section>
  );
}
