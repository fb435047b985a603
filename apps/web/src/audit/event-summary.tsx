import { useRegistry } from '../api/registry-context';
import type { RecordedEventView } from '../api/types';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const HIDDEN = new Set(['issueId', 'regionId']);

/** An event's data in readable lines: enums translated, instants in Beijing time, lists joined. */
export function EventSummary({ event }: { event: RecordedEventView }) {
  const { tk, lang } = useI18n();
  const registry = useRegistry();
  const show = (key: string, value: unknown): string => {
    if (value === null || value === undefined) return '—';
    if (typeof value === 'boolean') return value ? '✓' : '✗';
    if (typeof value === 'string') {
      if (INSTANT.test(value)) return formatDateTime(lang, value);
      if (key === 'unitId') return registry.unitName(value);
      if (key === 'category') return registry.categoryName(value);
      if (key === 'severity') return tk('severity', value);
      if (key === 'method') return tk('method', value);
      if (key === 'outcome') return tk('outcome', value);
      if (key === 'level') return tk('reminder', value);
      if (key === 'scope') return tk('scope', value);
      if (key === 'reason' && value.startsWith('official_calendar_')) return tk('calendar.reason', value);
      return value;
    }
    if (Array.isArray(value)) {
      return value
        .map((item) => {
          if (typeof item === 'string') return key === 'measures' ? tk('measure', item) : key === 'reasons' ? tk('reason', item) : item;
          const o = item as Record<string, unknown>;
          if ('sha256' in o) return `${o.name} (${String(o.sha256).slice(0, 10)}…)`;
          if ('kind' in o && 'name' in o) return `${tk('target', String(o.kind))}: ${o.name}`;
          return JSON.stringify(o);
        })
        .join('；') || '—';
    }
    if (typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (key === 'source' && 'docNo' in o) return `${o.title} ${o.docNo}`; // the notice a recomputed deadline follows
      if (key === 'source') return tk('source', String(o.kind));
      if (key === 'deadlineRule') {
        const rule = o.days ? `${o.days} ${tk('order', String(o.kind))} · ${o.calendarVersion}` : `${tk('order', String(o.kind))} · ${o.calendarVersion}`;
        return o.provisional ? `${rule} · ${tk('calendar', 'provisionalOrder')}` : rule;
      }
      return JSON.stringify(o);
    }
    return String(value);
  };
  const entries = Object.entries(event.data ?? {}).filter(([k]) => !HIDDEN.has(k));
  return (
    <dl className="event-data">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{show(key, value)}</dd>
        </div>
      ))}
    </dl>
  );
}
