import { useState, type FormEvent } from 'react';
import type { CalendarDay, CalendarSource } from '@domain/calendar/calendar-year';
import { newIdempotencyKey, request } from '../api/client';
import { ApiError } from '../api/problem';
import { Field } from '../components/field';
import { ProblemAlert } from '../components/problem-alert';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/message-key';

export interface YearDraft {
  year: number;
  holidays: CalendarDay[];
  workdays: CalendarDay[];
  source: CalendarSource;
}

interface Warning {
  code: string;
  date?: string;
  name?: string;
  message: string;
}

const toLines = (days: CalendarDay[]) => days.map((d) => `${d.date} ${d.name}`).join('\n');
/** 'YYYY-MM-DD 名称' per line; anything else is sent as written, so the server names the bad line by field. */
const fromLines = (text: string): CalendarDay[] =>
  text.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
    const [date, ...name] = line.split(/\s+/);
    return { date, name: name.join(' ') };
  });

/** Publish or correct one year: a form (one day per line) or pasted JSON; refusals by field, warnings after. */
export function PublishYearForm({ initial, suggestedYear, onPublished }: { initial: YearDraft | null; suggestedYear: number; onPublished(): void }) {
  const { t } = useI18n();
  const [year, setYear] = useState(String(initial?.year ?? suggestedYear));
  const [holidays, setHolidays] = useState(toLines(initial?.holidays ?? []));
  const [workdays, setWorkdays] = useState(toLines(initial?.workdays ?? []));
  const [title, setTitle] = useState(initial?.source.title ?? '');
  const [docNo, setDocNo] = useState(initial?.source.docNo ?? '');
  const [publishedOn, setPublishedOn] = useState(initial?.source.publishedOn ?? '');
  const [json, setJson] = useState('');
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<{ year: number; revision: number; warnings: Warning[] } | null>(null);

  const fillFromJson = () => {
    try {
      const parsed = JSON.parse(json) as Partial<YearDraft>;
      if (parsed.year) setYear(String(parsed.year));
      setHolidays(toLines(parsed.holidays ?? []));
      setWorkdays(toLines(parsed.workdays ?? []));
      setTitle(parsed.source?.title ?? '');
      setDocNo(parsed.source?.docNo ?? '');
      setPublishedOn(parsed.source?.publishedOn ?? '');
      setJsonError(null);
    } catch (e) {
      setJsonError(String((e as Error).message ?? e));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const body = { holidays: fromLines(holidays), workdays: fromLines(workdays), source: { title, docNo, publishedOn } };
      const answer = await request<{ year: number; revision: number; warnings: Warning[] }>('PUT', `/calendar/years/${encodeURIComponent(year.trim())}`, { body, idempotencyKey: newIdempotencyKey() });
      setDone(answer);
      onPublished();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, { title: String(e), status: 0, code: 'INTERNAL_ERROR' }, ''));
    } finally {
      setBusy(false);
    }
  };

  const warningText = (w: Warning) => {
    const key = `calendar.warning.${w.code}` as MessageKey;
    const text = t(key, { date: w.date ?? '', name: w.name ?? '' });
    return text === key ? w.message : text;
  };

  return (
    <form className="card command-form" onSubmit={submit} data-testid="calendar-publish-form" aria-label={t('calendar.publishTitle')}>
      <h3>{t('calendar.publishTitle')}</h3>
      <div className="form-grid">
        <Field label={t('calendar.year')} required>
          <input inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
        </Field>
        <Field label={t('calendar.sourceTitle')}>
          <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="国务院办公厅关于2027年部分节假日安排的通知" />
        </Field>
        <Field label={t('calendar.docNo')}>
          <input value={docNo} onChange={(e) => setDocNo(e.target.value)} placeholder="国办发明电〔2026〕…号" />
        </Field>
        <Field label={t('calendar.publishedOn')}>
          <input type="date" value={publishedOn} onChange={(e) => setPublishedOn(e.target.value)} />
        </Field>
        <Field label={t('calendar.holidays')} hint={t('calendar.daysHint')} wide>
          <textarea rows={8} value={holidays} onChange={(e) => setHolidays(e.target.value)} />
        </Field>
        <Field label={t('calendar.workdays')} hint={t('calendar.daysHint')} wide>
          <textarea rows={3} value={workdays} onChange={(e) => setWorkdays(e.target.value)} />
        </Field>
        <Field label={t('calendar.paste')} wide>
          <textarea rows={4} value={json} onChange={(e) => setJson(e.target.value)} data-testid="calendar-json" />
        </Field>
      </div>
      <div className="form-actions">
        <button type="button" className="btn" onClick={fillFromJson} disabled={!json.trim()}>{t('calendar.fillFromJson')}</button>
        <button type="submit" className="btn btn-primary" disabled={busy}>{busy ? t('common.loading') : t('calendar.publish')}</button>
      </div>
      {jsonError && <p className="problem" role="alert">{t('calendar.badJson', { error: jsonError })}</p>}
      {error && <ProblemAlert error={error} />}
      {done && (
        <div role="status" data-testid="calendar-published-result">
          <p className="success">{t('calendar.published', { year: done.year, revision: done.revision })}</p>
          {done.warnings.length > 0 && (
            <div className="notice">
              <strong>{t('calendar.warnings')}</strong>
              <ul>{done.warnings.map((w, i) => <li key={i} data-code={w.code}>{warningText(w)}</li>)}</ul>
            </div>
          )}
        </div>
      )}
    </form>
  );
}
