import { useState } from 'react';
import { downloadWithToken } from '../api/files';
import { isApiError, type ApiError } from '../api/problem';
import { ProblemAlert } from '../components/problem-alert';
import { useI18n } from '../i18n/i18n-context';

const FORMATS = [
  ['pdf', 'bulletinDoc.pdf'],
  ['docx', 'bulletinDoc.docx'],
] as const;

/** A school's report as PDF and Word: the office downloads with its token, the public by plain links. */
export function ReportDocumentLinks({ activityId, unitId, fileName, publicView }: { activityId: string; unitId: string; fileName: string; publicView?: boolean }) {
  const { t } = useI18n();
  const [error, setError] = useState<ApiError | null>(null);
  const download = async (format: string) => {
    setError(null);
    try {
      await downloadWithToken(`/activities/${activityId}/reports/${encodeURIComponent(unitId)}/document?format=${format}`, `${fileName}.${format}`);
    } catch (failure) {
      if (isApiError(failure)) setError(failure);
      else throw failure;
    }
  };
  return (
    <div className="no-print">
      <div className="page-actions" data-testid={`report-documents-${unitId}`}>
        {FORMATS.map(([format, label]) =>
          publicView ? (
            <a key={format} className="btn" href={`/api/public/reports/${activityId}/${encodeURIComponent(unitId)}/document?format=${format}`} download={`${fileName}.${format}`} data-format={format}>
              {t(label)}
            </a>
          ) : (
            <button key={format} type="button" className="btn" onClick={() => void download(format)} data-format={format}>
              {t(label)}
            </button>
          ),
        )}
      </div>
      {error && <ProblemAlert error={error} />}
    </div>
  );
}
