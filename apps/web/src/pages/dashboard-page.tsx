import { useMemo } from 'react';
import { get } from '../api/client';
import { useRegistry } from '../api/registry-context';
import type { Loose } from '../api/types';
import { useResource } from '../api/use-resource';
import { Chart } from '../charts/chart';
import type { EChartsOption } from '../charts/echarts';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { toDashboardView, type DashboardView } from './dashboard-data';

const STATUS_COLOURS: Record<string, string> = {
  open: '#d48806', rectifying: '#1f5fa8', awaiting_recheck: '#7a4fbf', rectified: '#2f9e6f', closed: '#6b7785', withdrawn: '#b0b7c0',
};
const FONT = '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",system-ui,sans-serif';

/** 驾驶舱: issues by status, on-time rectification rate by month, overdue by zone and by matter. */
export default function DashboardPage() {
  const { t } = useI18n();
  const dashboard = useResource((s) => get<Loose>('/dashboard', s), 'dashboard');
  return (
    <>
      <PageHeader title={t('dashboard.title')} actions={<button type="button" className="btn btn-ghost" onClick={dashboard.reload}>{t('common.refresh')}</button>} />
      <LoadState resource={dashboard}>{(data) => <DashboardBody view={toDashboardView(data)} />}</LoadState>
    </>
  );
}

function DashboardBody({ view }: { view: DashboardView }) {
  const { t, tk } = useI18n();
  const registry = useRegistry();
  const options = useMemo(() => {
    const text = { fontFamily: FONT };
    const pie: EChartsOption = {
      textStyle: text,
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, type: 'scroll' },
      series: [{
        type: 'pie', radius: ['40%', '68%'], center: ['50%', '45%'], label: { formatter: '{b}\n{c}' },
        data: view.byStatus.map(([status, value]) => ({ name: tk('status', status), value, itemStyle: { color: STATUS_COLOURS[status] } })),
      }],
    };
    // The on-time rate per month (line, right axis) over the issues registered and closed that month (bars).
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
      yAxis: { type: 'category', data: rows.map(([k]) => name(k)), axisLabel: { width: 150, overflow: 'truncate' } },
      series: [{ type: 'bar', name: t('dashboard.kpiOverdue'), data: rows.map(([, v]) => v), itemStyle: { color: '#c0392b' }, barMaxWidth: 18 }],
    });
    return { pie, line, zone: bars(view.overdueByZone, registry.zoneName), category: bars(view.overdueByCategory, registry.categoryName) };
  }, [view, t, tk, registry]);

  const kpi = (label: string, value: string, tone?: string) => (
    <div className={`kpi ${tone ?? ''}`}>
      <span className="kpi-label">{label}</span>
      <strong className="kpi-value">{value}</strong>
    </div>
  );
  const open = view.byStatus.filter(([s]) => s !== 'closed' && s !== 'withdrawn').reduce((sum, [, n]) => sum + n, 0);
  return (
    <div data-testid="dashboard">
      <div className="kpis">
        {kpi(t('dashboard.kpiTotal'), String(view.total))}
        {kpi(t('dashboard.kpiOpen'), String(open))}
        {kpi(t('dashboard.kpiOverdue'), String(view.overdue || view.overdueByZone.reduce((s, [, n]) => s + n, 0)), 'danger')}
        {kpi(t('dashboard.kpiOnTime'), view.onTimeRate === null ? '—' : `${view.onTimeRate}%`, 'ok')}
        {kpi(t('dashboard.kpiRecheck'), view.recheckPassRate === null ? '—' : `${view.recheckPassRate}%`)}
      </div>
      <div className="chart-grid">
        <section className="card"><h2>{t('dashboard.byStatus')}</h2><Chart option={options.pie} label={t('dashboard.byStatus')} /></section>
        <section className="card"><h2>{t('dashboard.onTimeRate')}</h2><Chart option={options.line} label={t('dashboard.onTimeRate')} /></section>
        <section className="card"><h2>{t('dashboard.overdueByZone')}</h2><Chart option={options.zone} label={t('dashboard.overdueByZone')} /></section>
        <section className="card"><h2>{t('dashboard.overdueByCategory')}</h2><Chart option={options.category} label={t('dashboard.overdueByCategory')} /></section>
      </div>
    </div>
  );
}
