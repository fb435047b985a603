import { PersonName } from '../api/people-context';
import type { RecordedEventView } from '../api/types';
import { EvidenceView, type EvidenceItem } from '../components/evidence-input';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';

/** 整改报告: what the school reported last — the rechecker's starting point — with its evidence. */
export function LatestReportCard({ events }: { events: RecordedEventView[] }) {
  const { t, lang } = useI18n();
  const report = [...events].reverse().find((e) => e.type === 'RectificationReported');
  if (!report) return null;
  const data = report.data as { measures?: string; evidence?: EvidenceItem[]; reportedAt?: string; reportedBy?: string; late?: boolean };
  return (
    <section className="card report-card" aria-labelledby="report-title" data-testid="latest-report">
      <h2 id="report-title">{t('issue.latestReport')}</h2>
      <dl className="details">
        <dt>{t('field.measures')}</dt>
        <dd className="pre">{data.measures}</dd>
        <dt>{t('field.evidence')}</dt>
        <dd><EvidenceView items={data.evidence} /></dd>
        <dt>{t('eventField.reportedAt')}</dt>
        <dd>
          {formatDateTime(lang, data.reportedAt ?? report.recordedAt)} · <PersonName id={data.reportedBy ?? report.metadata?.actor?.id} role="unit" />
          {data.late && <span className="badge danger">{t('eventField.late')}</span>}
        </dd>
      </dl>
    </section>
  );
}
