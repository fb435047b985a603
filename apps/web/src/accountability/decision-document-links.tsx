import { useState } from 'react';
import { downloadWithToken } from '../api/files';
import { isApiError, type ApiError } from '../api/problem';
import { ProblemAlert } from '../components/problem-alert';
import { useI18n } from '../i18n/i18n-context';

const FORMATS = ['pdf', 'docx'] as const;

/** The decision document as PDF and Word (names as the vault gives them: [已删除] once erased). */
export function DecisionDocumentLinks({ caseId, docNumber }: { caseId: string; docNumber: string }) {
  const { t } = useI18n();
  const [error, setError] = useState<ApiError | null>(null);
  const download = async (format: string) => {
    setError(null);
    try {
      await downloadWithToken(`/accountability-cases/${caseId}/decision-document?format=${format}`, `${docNumber || caseId}.${format}`);
    } catch (failure) {
      if (isApiError(failure)) setError(failure);
      else throw failure;
    }
  };
  return (
    <div className="no-print">
      <div className="page-actions" data-testid="decision-document-links">
        <button type="button" className="btn" onClick={() => window.print()}>{t('case.decisionPrint')}</button>
        {FORMATS.map((format) => (
          <button key={format} type="button" className="btn" onClick={() => void download(format)} data-format={format}>{t(`case.decision.${format}`)}</button>
        ))}
      </div>
      {error && <ProblemAlert error={error} />}
    </div>
  );
}
