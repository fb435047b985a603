import { useState } from 'react';
import { PublicShell } from '../components/public-shell';
import { usePagedList } from '../api/use-paged-list';
import { ExportButtons } from '../components/export-buttons';
import { LoadState } from '../components/load-state';
import { Pager } from '../components/pager';
import { shanghaiToday } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';

interface Row {
  unitId: string;
  unitName: string;
  regionName: string | null;
  found: number;
  rectified: number;
  overdue: number;
  closed: number;
}

/** /public/rectification — 向社会公布整改情况: counts per school for a period of months, no login, no persons. */
export function PublicRectificationPage() {
  const { t } = useI18n();
  const year = shanghaiToday().slice(0, 4);
  const [period, setPeriod] = useState({ from: `${year}-01`, to: shanghaiToday().slice(0, 7) });
  const rows = usePagedList<Row>('/public/rectification', period, 20);
  return (
    <PublicShell current="rectification">
        <h1>{t('publicRect.title')}</h1>
        <p className="muted">{t('publicRect.intro')}</p>
        <div className="filters">
          <label>
            {t('publicRect.from')}
            <input type="month" name="from" value={period.from} onChange={(e) => e.target.value && setPeriod({ ...period, from: e.target.value })} />
          </label>
          <label>
            {t('publicRect.to')}
            <input type="month" name="to" value={period.to} onChange={(e) => e.target.value && setPeriod({ ...period, to: e.target.value })} />
          </label>
          <ExportButtons path={rows.path} name="rectification-status" />
        </div>
        <LoadState resource={rows}>
          {(data) =>
            data.items.length === 0 ? (
              <p className="muted card empty">{t('publicRect.none')}</p>
            ) : (
              <>
                <div className="table-wrap">
                  <table className="table" data-testid="public-rectification">
                    <thead>
                      <tr>
                        {(['region', 'school', 'found', 'rectified', 'overdue', 'closed'] as const).map((c) => <th key={c} scope="col">{t(`publicRect.${c}`)}</th>)}
                      </tr>
                    </thead>
                    <tbody>
                      {data.items.map((row) => (
                        <tr key={row.unitId}>
                          <td>{row.regionName ?? '—'}</td>
                          <td>{row.unitName}</td>
                          <td className="num">{row.found}</td>
                          <td className="num">{row.rectified}</td>
                          <td className="num">{row.overdue}</td>
                          <td className="num">{row.closed}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <Pager page={rows.page} pageSize={rows.pageSize} total={data.total} onPage={rows.setPage} />
              </>
            )
          }
        </LoadState>
      </PublicShell>
  );
}
