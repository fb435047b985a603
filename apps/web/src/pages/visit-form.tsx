import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { VISIT_KINDS, VISIT_METHODS } from '@domain/visit/visit.types';
import { useRegistry } from '../api/registry-context';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { Field, FieldSet } from '../components/field';
import { shanghaiToday } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';

/**
 * 督导检查: record one visit. Opens above the list, scrolled to and focused; after a save it empties itself and offers
 * the visit record and "register an issue found there".
 */
export function VisitForm({ unitId, onDone, onClose }: { unitId: string; onDone(): void; onClose(): void }) {
  const { t, lang } = useI18n();
  const registry = useRegistry();
  const command = useCommand();
  const container = useRef<HTMLDivElement>(null);
  const [kind, setKind] = useState<string>('routine');
  const [date, setDate] = useState(shanghaiToday());
  const [matters, setMatters] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const [methods, setMethods] = useState<string[]>([]);
  const [durationDays, setDurationDays] = useState('1');
  const [findings, setFindings] = useState({ highlights: '', problems: '', suggestions: '', onSiteFeedback: '' });
  const finding = (key: keyof typeof findings) => ({ name: key, rows: 2, value: findings[key], onChange: (e: { target: { value: string } }) => setFindings({ ...findings, [key]: e.target.value }) });
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    container.current?.scrollIntoView({ block: 'start' });
    container.current?.querySelector<HTMLElement>('select, input, textarea')?.focus();
  }, [unitId]);
  const submit = async () => {
    const result = await command.run('/visits', { unitId, kind, date, matters, notes, methods, durationDays: Number(durationDays), ...findings });
    if (!result) return;
    setSaved(result.id);
    setKind('routine');
    setDate(shanghaiToday());
    setMatters([]);
    setNotes('');
    setMethods([]);
    setDurationDays('1');
    setFindings({ highlights: '', problems: '', suggestions: '', onSiteFeedback: '' });
    command.reset();
    onDone();
  };
  return (
    <div ref={container} className="visit-form-wrap">
      {saved && (
        <p className="success" role="status" data-testid="visit-saved">
          {t('visit.saved')} · <Link to={`/visits/${saved}`}>{t('visits.open')}</Link> ·{' '}
          <Link to={`/issues/new?unitId=${encodeURIComponent(unitId)}&visitId=${encodeURIComponent(saved)}`}>{t('schools.registerIssue')}</Link>
        </p>
      )}
      <CommandForm title={t('schools.formFor', { unit: registry.unitName(unitId) })} command={command} onSubmit={() => void submit()} testId="visit-form" onCancel={onClose}>
        <Field label={t('field.visitKind')} required>
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            {VISIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`visitKind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('field.visitDate')} required>
          <input type="date" name="date" max={shanghaiToday()} value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
        <FieldSet legend={t('field.matters')}>
          {registry.categories.map((c) => (
            <label key={c.code} className="choice">
              <input type="checkbox" name="matters" value={c.code} checked={matters.includes(c.code)} onChange={(e) => setMatters(e.target.checked ? [...matters, c.code] : matters.filter((m) => m !== c.code))} />{' '}
              {lang === 'en' && c.nameEn ? c.nameEn : c.name}
            </label>
          ))}
        </FieldSet>
        <Field label={t('visits.durationDays')}>
          <input type="number" name="durationDays" min={0.5} max={10} step={0.5} value={durationDays} onChange={(e) => setDurationDays(e.target.value)} />
        </Field>
        <FieldSet legend={t('visits.methods')}>
          {VISIT_METHODS.map((m) => (
            <label key={m} className="choice">
              <input type="checkbox" name="methods" value={m} checked={methods.includes(m)} onChange={(e) => setMethods(e.target.checked ? [...methods, m] : methods.filter((x) => x !== m))} />{' '}
              {t(`visitMethod.${m}`)}
            </label>
          ))}
        </FieldSet>
        <Field label={t('visits.highlights')} wide>
          <textarea {...finding('highlights')} />
        </Field>
        <Field label={t('visits.problems')} wide>
          <textarea {...finding('problems')} />
        </Field>
        <Field label={t('visits.suggestions')} wide>
          <textarea {...finding('suggestions')} />
        </Field>
        <Field label={t('visits.onSiteFeedback')} wide>
          <textarea {...finding('onSiteFeedback')} />
        </Field>
        <Field label={t('field.notes')} wide>
          <textarea name="notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </Field>
      </CommandForm>
    </div>
  );
}
