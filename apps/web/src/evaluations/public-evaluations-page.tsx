import { PublicShell } from '../components/public-shell';
import { usePagedList } from '../api/use-paged-list';
import { DocNumber } from '../components/doc-number';
import { LoadState } from '../components/load-state';
import { Pager } from '../components/pager';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';

interface PublicEvaluationReport {
  evaluationId: string; reportNumber: string | null; government: string; title: string; year: number; total: number; grade: string; publishedAt: string; reportPath: string;
}

/** /public/evaluations — 督政评估报告公开栏: the reports published to the public, each as PDF and Word; no login, no persons. */
export function PublicEvaluationsPage() {
  const { t, lang } = useI18n();
  const reports = usePagedList<PublicEvaluationReport>('/public/evaluations', {}, 20);
  return (
    <PublicShell current="evaluations">
        <h1>{t('publicEval.title')}</h1>
        <p className="muted">{t('publicEval.intro')}</p>
        <LoadState resource={reports}>
          {(data) =>
            data.items.length === 0 ? (
              <p className="muted card empty">{t('publicEval.none')}</p>
            ) : (
              <>
                <div data-testid="public-evaluations">
                  {data.items.map((r) => (
                    <article key={r.evaluationId} className="card">
                      <h2><DocNumber number={r.reportNumber} /> {r.title}</h2>
                      <p className="muted small">
                        {t('publicEval.score', { total: r.total, grade: r.grade })} · {t('publicEval.published', { date: formatDate(lang, r.publishedAt) })}
                      </p>
                      <div className="page-actions">
                        <a className="btn" href={`${r.reportPath}?format=pdf`} target="_blank" rel="noreferrer">{t('publicEval.pdf')}</a>
                        <a className="btn btn-ghost" href={`${r.reportPath}?format=docx`} download>{t('publicEval.docx')}</a>
                      </div>
                    </article>
                  ))}
                </div>
                <Pager page={reports.page} pageSize={reports.pageSize} total={data.total} onPage={reports.setPage} />
              </>
            )
          }
        </LoadState>
      </PublicShell>
  );
}
