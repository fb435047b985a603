import { useEffect, useId, useState } from 'react';
import { fetchFileBlob, uploadFile } from '../api/files';
import { isApiError, type ApiError } from '../api/problem';
import { useI18n } from '../i18n/i18n-context';
import { ProblemAlert } from './problem-alert';

/** One piece of evidence: an uploaded file (fileId = its SHA-256), or — recorded before files were stored — a name and fingerprint. */
export interface EvidenceItem {
  name: string;
  fileId?: string;
  sha256?: string;
  size?: number;
  mediaType?: string;
}

/** What a command request carries for each piece of evidence: `{fileId, name}` (DESIGN §2 Files). */
export function evidenceForRequest(items: EvidenceItem[]): Array<{ fileId: string; name: string } | { name: string; sha256: string }> {
  return items.map((item) => (item.fileId ? { fileId: item.fileId, name: item.name } : { name: item.name, sha256: item.sha256 ?? '' }));
}

const ACCEPT = 'image/jpeg,image/png,image/gif,image/webp,application/pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx';

/** Evidence list: each chosen file is uploaded (size and type checked by the server) and shown with a thumbnail. */
export function EvidenceInput({ value, onChange, label, name }: { value: EvidenceItem[]; onChange(next: EvidenceItem[]): void; label?: string; name?: string }) {
  const { t } = useI18n();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function add(input: HTMLInputElement) {
    const files = Array.from(input.files ?? []);
    if (!files.length) return;
    setBusy(true);
    setError(null);
    let next = value;
    try {
      for (const file of files) {
        const uploaded = await uploadFile(file);
        if (!next.some((v) => v.fileId === uploaded.fileId && v.name === uploaded.name)) next = [...next, uploaded];
        onChange(next);
      }
    } catch (failure) {
      if (isApiError(failure)) setError(failure);
      else throw failure;
    } finally {
      setBusy(false);
      input.value = '';
    }
  }

  return (
    <div className="field field-wide">
      <label htmlFor={id}>{label ?? t('field.evidence')}</label>
      <input id={id} name={name} type="file" multiple accept={ACCEPT} aria-describedby={`${id}-hint`} onChange={(e) => void add(e.currentTarget)} disabled={busy} />
      <small id={`${id}-hint`} className="hint">
        {busy ? t('files.uploading') : t('field.evidenceHint')}
      </small>
      {error && <ProblemAlert error={error} />}
      {value.length > 0 && (
        <ul className="evidence-list" aria-label={label ?? t('field.evidence')}>
          {value.map((item, index) => (
            <li key={`${item.fileId ?? item.sha256}-${index}`}>
              <EvidenceEntry item={item} />
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
          <EvidenceEntry item={item} />
        </li>
      ))}
    </ul>
  );
}

function formatSize(bytes: number | undefined): string {
  if (bytes === undefined) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A file: an image as a thumbnail (opens full size), anything else as a link that downloads it; a legacy entry as name + fingerprint. */
function EvidenceEntry({ item }: { item: EvidenceItem }) {
  const { t } = useI18n();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const fileId = item.fileId;
  const image = !!fileId && !!item.mediaType?.startsWith('image/');

  useEffect(() => {
    if (!fileId || !image) return;
    let revoked = false;
    let objectUrl: string | null = null;
    fetchFileBlob(fileId)
      .then((blob) => {
        if (revoked) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      })
      .catch(() => setFailed(true));
    return () => {
      revoked = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [fileId, image]);

  async function open() {
    if (!fileId) return;
    try {
      const blob = await fetchFileBlob(fileId);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = item.name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch {
      setFailed(true);
    }
  }

  if (!fileId) {
    return (
      <span className="evidence-entry">
        <span>{item.name}</span> <code title={item.sha256}>{item.sha256?.slice(0, 12)}…</code> <small className="muted">{t('files.notStored')}</small>
      </span>
    );
  }
  return (
    <span className="evidence-entry">
      {image && url && (
        <a href={url} target="_blank" rel="noreferrer" title={t('files.openFull')}>
          <img className="evidence-thumb" src={url} alt={item.name} />
        </a>
      )}
      <button type="button" className="link" onClick={() => void open()} title={t('files.download')}>
        {item.name}
      </button>
      <small className="muted">{formatSize(item.size)}</small>
      {failed && <small className="danger-text">{t('files.unavailable')}</small>}
    </span>
  );
}
