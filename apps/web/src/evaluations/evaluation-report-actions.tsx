import { useState } from 'react';
import { downloadWithToken } from '../api/files';
import { isApiError, type ApiError } from '../api/problem';
import { useCommand } from '../api/use-command';
import { useUser } from '../auth/session-context';
import { ProblemAlert } from '../components/problem-alert';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import type { Evaluation } from './evaluation-types';

const FORMATS = ['pdf', 'docx'] as const;

/** The report of a concluded evaluation: published by the office (internal or public), downloaded as PDF and Word. */
export function EvaluationReportActions({ evaluation: e, government, onDone }: { evaluation: Evaluation; government: string; onDone(): void }) {
  const { t, lang } = useI18n();
  const user = useUser();
  const command = useCommand();
  const [error, setError] = useState<ApiError | null>(null);
  if (e.status !== 'concluded') return null;
  const office = user.role === 'coordinator' || user.role === 'leader';
  const published = e.publication ?? null;
  if (!published && user.role === 'unit') return null;
  const fileName = (format: string) => `${government}${e.year}.${format}`;
  const publish = async (scope: 'internal' | 'public') => {
    if (await command.run(`/evaluations/${e.evaluationId}/publish`, { scope }, { ifMatch: e.version })) onDone();
  };
  const download = async (format: string) => {
    setError(null);
    try {
      await downloadWithToken(`/evaluations/${e.evaluationId}/report?format=${format}`, fileName(format));
    } catch (failure) {
      if (isApiError(failure)) setError(failure);
      else throw failure;
    }
  };
  return (
    <section className="card no-print" data-testid="evaluation-report">
      <h2>{t('evaluationReport.title')}</h2>
      <p className="hint" data-testid="evaluation-publication">
        {published ? t('evaluationReport.published', { scope: t(`evaluationReport.scope.${published.scope}`), date: formatDate(lang, published.publishedAt) }) : t('evaluationReport.notPublished')}
        {published?.number && <> <span data-testid="evaluation-report-number">{t('evaluationReport.number', { number: published.number })}</span></>}
      </p>
      <div className="page-actions">
        {FORMATS.map((format) => (
          <button key={format} type="button" className="btn" onClick={() => void download(format)} data-format={format}>{t(`evaluationReport.${format}`)}</button>
        ))}
        {published?.scope === 'public' && (
          <a className="btn btn-ghost" href={`/api/public/evaluations/${e.evaluationId}/report?format=pdf`} download={fileName('pdf')}>{t('evaluationReport.publicLink')}</a>
        )}
        {office && !published && (
          <button type="button" className="btn" disabled={command.busy} onClick={() => void publish('internal')}>{t('evaluationReport.publishInternal')}</button>
        )}
        {office && published?.scope !== 'public' && (
          <button type="button" className="btn btn-primary" disabled={command.busy} onClick={() => void publish('public')}>{t('evaluationReport.publishPublic')}</button>
        )}
      </div>
      {command.error && <ProblemAlert error={command.error} />}
      {error && <ProblemAlert error={error} />}
    </section>
  );
}
