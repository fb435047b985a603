import { useState } from 'react';
import { useResource } from '../api/use-resource';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { loadCalendar, type CalendarYearView } from './calendar-data';
import { CalendarYearDays } from './calendar-year-days';
import { PublishYearForm, type YearDraft } from './publish-year-form';

/** 工作日历: the published and provisional years with their notices, what is missing, and publishing a year. */
export function CalendarPage() {
  const { t, tk, lang } = useI18n();
  const [tick, setTick] = useState(0);
  const loaded = useResource(() => loadCalendar(tick > 0), `calendar:${tick}`);
  const [open, setOpen] = useState<number | null>(null);
  const [draft, setDraft] = useState<{ n: number; year: YearDraft } | null>(null);
  const edit = (y: CalendarYearView) =>
    setDraft((d) => ({ n: (d?.n ?? 0) + 1, year: { year: y.year, holidays: y.holidays, workdays: y.workdays, source: y.status === 'published' && y.source ? y.source : { title: '', docNo: '', publishedOn: '' } } }));
  return (
    <section>
      <PageHeader title={t('calendar.title')} subtitle={t('calendar.subtitle')} />
      <LoadState resource={loaded}>
        {({ overview }) => (
          <>
            <div className="card" data-testid="calendar-status">
              <dl className="details">
                <dt>{t('calendar.publishedRange')}</dt>
                <dd data-testid="calendar-published">{overview.published ? `${overview.published.first}–${overview.published.last}` : t('calendar.none')}</dd>
                <dt>{t('calendar.version')}</dt>
                <dd><code className="wrap">{overview.version}</code></dd>
              </dl>
              {overview.warnings.map((w) => (
                <p key={w.code} className="problem" role="status" data-testid="calendar-warning" data-code={w.code}>
                  {lang === 'zh' ? w.messageZh : w.message}
                </p>
              ))}
            </div>
            <div className="card table-wrap">
              <table className="table" data-testid="calendar-years">
                <thead>
                  <tr>
                    <th>{t('calendar.year')}</th>
                    <th>{t('calendar.status')}</th>
                    <th>{t('calendar.source')}</th>
                    <th>{t('calendar.holidays')}</th>
                    <th>{t('calendar.workdays')}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {overview.years.map((y) => (
                    <YearRow key={y.year} year={y} open={open === y.year} onToggle={() => setOpen(open === y.year ? null : y.year)} onEdit={() => edit(y)} statusLabel={tk('calendar.status', y.status)} />
                  ))}
                </tbody>
              </table>
            </div>
            <PublishYearForm
              key={draft ? `draft-${draft.n}` : 'new'}
              initial={draft?.year ?? null}
              suggestedYear={(overview.published?.last ?? Number(overview.today.slice(0, 4))) + 1}
              onPublished={() => setTick((n) => n + 1)}
            />
          </>
        )}
      </LoadState>
    </section>
  );
}

function YearRow({ year: y, open, onToggle, onEdit, statusLabel }: { year: CalendarYearView; open: boolean; onToggle(): void; onEdit(): void; statusLabel: string }) {
  const { t } = useI18n();
  return (
    <>
      <tr data-testid={`calendar-year-${y.year}`} data-status={y.status}>
        <td><strong>{y.year}</strong></td>
        <td>
          <span className={`badge ${y.status === 'published' ? 'ok' : 'warn'}`}>{statusLabel}</span>
          {y.revision && y.revision > 1 ? <span className="muted"> · {t('calendar.revision')} {y.revision}</span> : null}
          <div><code className="muted wrap">{y.version}</code></div>
        </td>
        <td>
          {y.source?.title}
          {y.source?.docNo && <div className="muted">{y.source.docNo} · {y.source.publishedOn}</div>}
        </td>
        <td>{t('calendar.days', { n: y.holidays.length })}</td>
        <td>{t('calendar.days', { n: y.workdays.length })}</td>
        <td className="actions">
          <button type="button" className="btn btn-link" onClick={onToggle}>{open ? t('calendar.hide') : t('calendar.show')}</button>
          <button type="button" className="btn btn-link" onClick={onEdit}>{t('calendar.edit')}</button>
        </td>
      </tr>
      {open && (
        <tr>
          <td colSpan={6}>
            <CalendarYearDays year={y} />
          </td>
        </tr>
      )}
    </>
  );
}
