import { Field } from '../components/field';
import { useI18n } from '../i18n/i18n-context';

export interface BulletinContentValue {
  kind: 'problems' | 'rectification' | 'commendation';
  title: string;
  periodFrom: string;
  periodTo: string;
  body: string;
}

export const KINDS = ['problems', 'rectification', 'commendation'] as const;

/** The request body's content: the period only when both dates are given. */
export function contentForRequest(value: BulletinContentValue) {
  return { kind: value.kind, title: value.title, body: value.body, ...(value.periodFrom && value.periodTo ? { period: { from: value.periodFrom, to: value.periodTo } } : {}) };
}

/** What a bulletin says: its kind (问题通报 · 整改情况通报 · 表扬通报), title, period as dates and body text. */
export function BulletinContentFields({ value, onChange }: { value: BulletinContentValue; onChange(next: BulletinContentValue): void }) {
  const { t } = useI18n();
  const set = (patch: Partial<BulletinContentValue>) => onChange({ ...value, ...patch });
  return (
    <>
      <Field label={t('bulletinDoc.kind')} required>
        <select name="bulletinKind" value={value.kind} onChange={(e) => set({ kind: e.target.value as BulletinContentValue['kind'] })}>
          {KINDS.map((k) => <option key={k} value={k}>{t(`bulletinKind.${k}`)}</option>)}
        </select>
      </Field>
      <Field label={t('field.bulletinTitle')} required wide>
        <input name="bulletinTitle" value={value.title} onChange={(e) => set({ title: e.target.value })} maxLength={200} />
      </Field>
      <Field label={t('bulletinDoc.periodFrom')}>
        <input type="date" name="periodFrom" value={value.periodFrom} onChange={(e) => set({ periodFrom: e.target.value })} />
      </Field>
      <Field label={t('bulletinDoc.periodTo')}>
        <input type="date" name="periodTo" value={value.periodTo} onChange={(e) => set({ periodTo: e.target.value })} />
      </Field>
      <Field label={t('bulletinDoc.body')} wide>
        <textarea name="bulletinBody" rows={6} value={value.body} onChange={(e) => set({ body: e.target.value })} maxLength={20000} />
      </Field>
    </>
  );
}
