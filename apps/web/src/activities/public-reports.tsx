import { usePagedList } from '../api/use-paged-list';
import { DocNumber } from '../components/doc-number';
import { LoadState } from '../components/load-state';
import { Pager } from '../components/pager';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import { ReportDocumentLinks } from './report-document-links';

interface PublicReport {
  activityId: string; number: string | null; kind: string; title: string; publishedAt: string;
  reports: { unitId: string; unitName: string; letterNumber: string | null; report: string }[];
}

/** 督导报告公开栏 (条例 art. 23): each published activity with every school's report, no names of persons. */
export function PublicReports() {
  const { t, tk, lang } = useI18n();
  const reports = usePagedList<PublicReport>('/public/reports', {}, 5);
  return (
    <section aria-labelledby="public-reports" data-testid="public-reports">
      <h2 id="public-reports">{t('activity.publicReports')}</h2>
      <LoadState resource={reports}>
        {(data) => (
          <>
            {data.items.length === 0 && <p className="muted">{t('supervisor.none')}</p>}
            {data.items.map((a) => (
              <article key={a.activityId} className="card">
                <h3><DocNumber number={a.number} /> {a.title}</h3>
                <p className="muted small">{tk('activityKind', a.kind)} · {formatDate(lang, a.publishedAt)}</p>
                {a.reports.map((r) => (
                  <div key={r.unitId}>
                    <h4>{r.unitName} {r.letterNumber && <span className="muted small">（<DocNumber number={r.letterNumber} />）</span>}</h4>
                    <p className="pre">{r.report}</p>
                    <ReportDocumentLinks activityId={a.activityId} unitId={r.unitId} fileName={`${a.number ?? ''}${r.unitName}`} publicView />
                  </div>
                ))}
              </article>
            ))}
            <Pager page={reports.page} pageSize={reports.pageSize} total={data.total} onPage={reports.setPage} />
          </>
        )}
      </LoadState>
    </section>
  );
}
