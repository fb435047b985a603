import { useMemo, useState } from 'react';
import { get } from '../api/client';
import { listPath } from '../api/list-query';
import { serverNow } from '../api/server-clock';
import { useRegistry } from '../api/registry-context';
import type { Loose } from '../api/types';
import { useResource } from '../api/use-resource';
import { Chart } from '../charts/chart';
import type { EChartsOption } from '../charts/echarts';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { toDashboardView, type DashboardView } from './dashboard-data';
import { DashboardRange, semesterOf, type DateRange } from './dashboard-range';

const STATUS_COLOURS: Record<string, string> = {
  open: '#d48806', rectifying: '#1f5fa8', awaiting_recheck: '#7a4fbf', rectified: '#2f9e6f', closed: '#6b7785', withdrawn: '#b0b7c0',
};
const FONT = '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",system-ui,sans-serif';

/** 驾驶舱: issues by status, on-time rate by the month deadlines fell in, overdue by zone and by matter — for a semester or any dates. */
export default function DashboardPage() {
  const { t } = useI18n();
  const [range, setRange] = useState<DateRange | null>(() => semesterOf(new Date(serverNow().getTime() + 8 * 3_600_000).toISOString().slice(0, 10)).range);
  const path = listPath('/dashboard', range ? { from: `${range.from}T00:00:00+08:00`, to: `${range.to}T23:59:59+08:00` } : {});
  const dashboard = useResource((s) => get<Loose>(path, s), path);
  return (
    <>
      <PageHeader title={t('dashboard.title')} subtitle={t('dashboard.onTimeNote')} actions={<button type="button" className="btn btn-ghost" onClick={dashboard.reload}>{t('common.refresh')}</button>} />
      <DashboardRange value={range} onChange={setRange} />
      <LoadState resource={dashboard}>{(data) => <DashboardBody view={toDashboardView(data)} />}</LoadState>
    </>
  );
}

function DashboardBody({ view }: { view: DashboardView }) {
  const { t, tk } = useI18n();
  const registry = useRegistry();
  const narrow = typeof window !== 'undefined' && window.innerWidth < 560;
  const options = useMemo(() => {
    const text = { fontFamily: FONT };
    const statuses = view.byStatus.filter(([, n]) => n > 0);
    const pie: EChartsOption = {
      textStyle: text,
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, type: 'scroll' },
      series: [{
        type: 'pie', radius: narrow ? ['35%', '60%'] : ['40%', '68%'], center: ['50%', '45%'], avoidLabelOverlap: true,
        label: { show: !narrow, formatter: '{b}\n{c}' }, labelLine: { show: !narrow },
        data: statuses.map(([status, value]) => ({ name: tk('status', status), value, itemStyle: { color: STATUS_COLOURS[status] } })),
      }],
    };
    const line: EChartsOption = {
      textStyle: text,
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 40, right: 48, top: 24, bottom: 48 },
      xAxis: { type: 'category', data: view.months.map((m) => m.month) },
      yAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
      ],
      series: [
        { type: 'bar', name: t('dashboard.registered'), data: view.months.map((m) => m.registered), itemStyle: { color: '#9db4d3' }, barMaxWidth: 22 },
        { type: 'bar', name: t('status.closed'), data: view.months.map((m) => m.closed), itemStyle: { color: '#2f9e6f' }, barMaxWidth: 22 },
        {
          type: 'line', name: t('dashboard.rate'), yAxisIndex: 1, connectNulls: true, smooth: true, itemStyle: { color: '#1f5fa8' },
          data: view.months.map((m) => m.rate),
          tooltip: { valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : `${v}%`) },
        },
      ],
    };
    const bars = (rows: [string, number][], name: (key: string) => string): EChartsOption => ({
      textStyle: text,
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map(([k]) => name(k)), axisLabel: { width: narrow ? 90 : 150, overflow: 'truncate' } },
      series: [{ type: 'bar', name: t('dashboard.kpiOverdue'), data: rows.map(([, v]) => v), itemStyle: { color: '#c0392b' }, barMaxWidth: 18 }],
    });
    const overdueOnly = (rows: [string, number][]) => rows.filter(([, n]) => n > 0);
    return {
      pie, line,
      zone: bars(overdueOnly(view.overdueByZone), registry.zoneName),
      category: bars(overdueOnly(view.overdueByCategory), registry.categoryName),
      hasStatus: statuses.length > 0,
      hasMonths: view.months.length > 0,
      hasZone: overdueOnly(view.overdueByZone).length > 0,
      hasCategory: overdueOnly(view.overdueByCategory).length > 0,
    };
  }, [view, t, tk, registry, narrow]);

  const kpi = (label: string, value: string, tone?: string, hint?: string) => (
    <div className={`kpi ${tone ?? ''}`}>
      <span className="kpi-label">{label}</span>
      <strong className="kpi-value">{value}</strong>
      {hint && <span className="muted small">{hint}</span>}
    </div>
  );
  const chart = (title: string, has: boolean, option: EChartsOption, empty: string) => (
    <section className="card">
      <h2>{title}</h2>
      {has ? <Chart option={option} label={title} height={narrow ? 240 : 280} /> : <div className="chart-empty" data-testid="chart-empty">{empty}</div>}
    </section>
  );
  const open = view.byStatus.filter(([s]) => s !== 'closed' && s !== 'withdrawn').reduce((sum, [, n]) => sum + n, 0);
  return (
    <div data-testid="dashboard">
      <div className="kpis">
        {kpi(t('dashboard.kpiTotal'), String(view.total))}
        {kpi(t('dashboard.kpiOpen'), String(open))}
        {kpi(t('dashboard.kpiOverdue'), String(view.overdue), 'danger', t('dashboard.overdueNow'))}
        {kpi(t('dashboard.kpiOnTime'), view.onTimeRate === null ? '—' : `${view.onTimeRate}%`, 'ok', view.ordersDue ? t('dashboard.onTimeOf', { onTime: view.ordersOnTime ?? 0, due: view.ordersDue }) : t('dashboard.noneDue'))}
        {kpi(t('dashboard.kpiRecheck'), view.recheckPassRate === null ? '—' : `${view.recheckPassRate}%`)}
        {view.lookBacks && kpi(t('dashboard.kpiLookBacks'), `${view.lookBacks.done} / ${view.lookBacks.due}`, view.lookBacks.overdue ? 'danger' : undefined, t('dashboard.lookBacksHint', { overdue: view.lookBacks.overdue }))}
        {view.lookBacks && kpi(t('dashboard.kpiRelapse'), view.lookBacks.relapseRate === null ? '—' : `${view.lookBacks.relapseRate}%`, undefined, t('dashboard.relapseOf', { done: view.lookBacks.done, relapsed: view.lookBacks.relapsed }))}
      </div>
      <div className="chart-grid">
        {chart(t('dashboard.byStatus'), options.hasStatus, options.pie, t('dashboard.emptyIssues'))}
        {chart(t('dashboard.onTimeRate'), options.hasMonths, options.line, t('dashboard.emptyMonths'))}
        {chart(t('dashboard.overdueByZone'), options.hasZone, options.zone, t('dashboard.emptyOverdue'))}
        {chart(t('dashboard.overdueByCategory'), options.hasCategory, options.category, t('dashboard.emptyOverdue'))}
      </div>
    </div>
  );
}
