import { Link } from 'react-router-dom';
import { usePeople } from '../api/people-context';
import { useRegistry } from '../api/registry-context';
import type { RecordedEventView } from '../api/types';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/message-key';
import { EVENT_FIELDS, HIDDEN_FIELDS, personIds } from './event-fields';

/**
 * An event's data in readable lines, in the reader's language: field names as labels, enum values translated, people
 * and units by name, instants in Beijing time; ids never. Fields without a label are left to the raw record.
 */
/** Codes the escalation ladder records as its basis (free-text bases are shown as written). */
const LADDER_BASES = ['manual', 'after_supervise', 'major_issue', 'unrectified_after_interview'];

export function EventSummary({ event, compact }: { event: RecordedEventView; compact?: boolean }) {
  const { t, tk, lang } = useI18n();
  const registry = useRegistry();
  const people = usePeople(personIds(event.data));
  const yesNo = (value: boolean) => t(value ? 'common.yes' : 'common.no');
  const show = (key: string, value: unknown) => {
    const field = EVENT_FIELDS[key];
    if (value === null || value === undefined || value === '') return '—';
    switch (field.kind) {
      case 'instant': return formatDateTime(lang, String(value));
      case 'person': return people.name(String(value));
      case 'unit': return registry.unitName(String(value));
      case 'category': return registry.categoryName(String(value));
      case 'enum': return tk(field.enumPrefix!, String(value));
      case 'bool': return key === 'approved' ? t(value ? 'extension.approve' : 'extension.reject') : yesNo(Boolean(value));
      // `measures` is a list of accountability measures, or a report's measures as text
      case 'list': return Array.isArray(value) ? value.map((v) => tk(field.enumPrefix!, String(v))).join(lang === 'en' ? '; ' : '、') || '—' : String(value);
      case 'evidence': return Array.isArray(value) ? value.map((e: { name?: string }) => e.name ?? '').join(lang === 'en' ? '; ' : '、') || t('common.none') : '—';
      case 'targets':
        if (!Array.isArray(value)) return '—';
        return (value as { kind: string; name: string }[]).map((x) => `${tk('target', x.kind)}：${x.name || t('eventField.personHidden')}`).join(lang === 'en' ? '; ' : '；');
      case 'rule': {
        const rule = value as { kind: string; days?: number; provisional?: boolean };
        const text = rule.days ? `${rule.days} ${tk('order', rule.kind)}` : tk('order', rule.kind);
        return rule.provisional ? `${text}（${t('eventField.provisional')}）` : text;
      }
      case 'source': {
        const source = value as { kind: string; visitId?: string; title?: string; docNo?: string };
        if (source.docNo) return `${source.title ?? ''} ${source.docNo}`; // the notice a recomputed deadline follows
        return source.visitId ? (
          <>{tk('source', source.kind)} · <Link to={`/visits/${source.visitId}`}>{t('visits.open')}</Link></>
        ) : tk('source', source.kind);
      }
      case 'bulletin': return t('eventField.bulletinLink');
      default:
        if (key === 'reason' && String(value).startsWith('official_calendar_')) return tk('calendar.reason', String(value));
        if (key === 'basis' && LADDER_BASES.includes(String(value))) return tk('ladderBasis', String(value));
        if (Array.isArray(value)) return value.join(lang === 'en' ? '; ' : '、');
        return String(value);
    }
  };
  const order = Object.keys(EVENT_FIELDS);
  const entries = Object.entries(event.data ?? {})
    .filter(([key]) => !HIDDEN_FIELDS.has(key) && EVENT_FIELDS[key] && !(compact && EVENT_FIELDS[key].kind === 'instant'))
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  return (
    <dl className="event-data">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{t(`eventField.${EVENT_FIELDS[key].label}` as MessageKey)}</dt>
          <dd>{show(key, value)}</dd>
        </div>
      ))}
    </dl>
  );
}
