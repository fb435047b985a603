import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { sha256Hex } from './sha256';

export interface EvidenceItem {
  name: string;
  sha256: string;
}

/** Evidence list: files are fingerprinted in the browser (SHA-256) and only name + hash are recorded. */
export function EvidenceInput({ value, onChange }: { value: EvidenceItem[]; onChange(next: EvidenceItem[]): void }) {
  const { t } = useI18n();
  const id = useId();
  const [busy, setBusy] = useState(false);

  async function add(files: FileList | null) {
    if (!files?.length) return;
    setBusy(true);
    try {
      const added = await Promise.all(Array.from(files, async (file) => ({ name: file.name.slice(0, 200), sha256: await sha256Hex(await file.arrayBuffer()) })));
      onChange([...value, ...added.filter((a) => !value.some((v) => v.sha256 === a.sha256 && v.name === a.name))]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="field field-wide">
      <label htmlFor={id}>{t('field.evidence')}</label>
      <input id={id} type="file" multiple aria-describedby={`${id}-hint`} onChange={(e) => void add(e.currentTarget.files)} disabled={busy} />
      <small id={`${id}-hint`} className="hint">
        {t('field.evidenceHint')}
      </small>
      {value.length > 0 && (
        <ul className="evidence-list" aria-label={t('field.evidence')}>
          {value.map((item, index) => (
            <li key={`${item.sha256}-${index}`}>
              <span>{item.name}</span>
              <code title={item.sha256}>{item.sha256.slice(0, 12)}…</code>
              <button type="button" className="link" onClick={() => onChange(value.filter((_, i) => i !== index))}>
                {t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function EvidenceView({ items }: { items: EvidenceItem[] | undefined }) {
  const { t } = useI18n();
  if (!items?.length) return <span className="muted">{t('common.none')}</span>;
  return (
    <ul className="evidence-list">
      {items.map((item, index) => (
        <li key={index}>
          <span>{item.name}</span> <code title={item.sha256}>{item.sha256.slice(0, 12)}…</code>
        </li>
      ))}
    </ul>
  );
}
