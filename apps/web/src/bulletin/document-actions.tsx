import { useState } from 'react';
import { downloadWithToken } from '../api/files';
import { isApiError, type ApiError } from '../api/problem';
import { ProblemAlert } from '../components/problem-alert';
import { useI18n } from '../i18n/i18n-context';
import type { BulletinDoc } from './bulletin-types';

const FORMATS = [
  ['pdf', 'bulletinDoc.pdf'],
  ['docx', 'bulletinDoc.docx'],
] as const;

/** Print (A4), the document as PDF and Word, and editing while a draft. The public downloads by plain links. */
export function DocumentActions({ doc, onEdit, publicView }: { doc: BulletinDoc; onEdit?(): void; publicView?: boolean }) {
  const { t } = useI18n();
  const [error, setError] = useState<ApiError | null>(null);
  const fileName = (format: string) => `${doc.number ?? doc.title}.${format}`;
  const download = async (format: string) => {
    setError(null);
    try {
      await downloadWithToken(`/bulletins/${doc.bulletinId}/document?format=${format}`, fileName(format));
    } catch (failure) {
      if (isApiError(failure)) setError(failure);
      else throw failure;
    }
  };
  return (
    <div className="no-print">
      <div className="page-actions" data-testid="document-actions">
        <button type="button" className="btn" onClick={() => window.print()}>
          {t('bulletinDoc.print')}
        </button>
        {FORMATS.map(([format, label]) =>
          publicView ? (
            <a key={format} className="btn" href={`/api/public/bulletins/${doc.bulletinId}/document?format=${format}`} download={fileName(format)} data-format={format}>
              {t(label)}
            </a>
          ) : (
            <button key={format} type="button" className="btn" onClick={() => void download(format)} data-format={format}>
              {t(label)}
            </button>
          ),
        )}
        {onEdit && (
          <button type="button" className="btn btn-primary" onClick={onEdit}>
            {t('bulletinDoc.edit')}
          </button>
        )}
      </div>
      {error && <ProblemAlert error={error} />}
    </div>
  );
}
