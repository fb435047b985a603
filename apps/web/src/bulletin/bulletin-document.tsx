import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import type { BulletinDoc, BulletinDocItem } from './bulletin-types';

/** 2026-05-01 → 2026年5月1日 (zh) or 1 May 2026 (en), for a calendar date. */
export function documentDate(lang: 'zh' | 'en', date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (lang === 'zh') return `${y}年${m}月${d}日`;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * 督导通报 as a document: the office's red header, the document number, title, period, body and the table of
 * listed issues (the snapshot once published; the issues as they are now in a draft). Prints on A4.
 */
export function BulletinDocument({ doc }: { doc: BulletinDoc }) {
  const { t, lang } = useI18n();
  const office = t('bulletinDoc.office', { region: doc.regionName ?? '' });
  const rows = doc.items ?? doc.preview ?? [];
  const period = doc.periodFrom && doc.periodTo
    ? t('bulletinDoc.periodRange', { from: documentDate(lang, doc.periodFrom), to: documentDate(lang, doc.periodTo) })
    : doc.period;
  const signedOn = doc.publishedAt ?? doc.draftedAt ?? null;
  return (
    <article className="bulletin-doc" data-testid="bulletin-document" data-status={doc.status}>
      <header className="doc-head">
        <p className="doc-office">{office}</p>
        <p className="doc-number-line" data-testid="doc-number">{doc.number ?? ''}</p>
        <hr className="doc-rule" />
      </header>
      <h1 className="doc-title">{doc.title}</h1>
      <p className="doc-meta">
        <span className="badge">{t(`bulletinKind.${doc.kind}` as 'bulletinKind.problems')}</span>
        {period && <span>{t('bulletinDoc.period')}：{period}</span>}
      </p>
      <div className="doc-body">
        {doc.body.split(/\n+/).filter((p) => p.trim()).map((paragraph, i) => <p key={i}>{paragraph}</p>)}
      </div>
      <p className="muted doc-note">{doc.status === 'draft' ? t('bulletinDoc.draftPreview') : t('bulletinDoc.snapshotNote')}</p>
      {rows.length === 0 ? <p className="muted">{t('bulletinDoc.noItems')}</p> : <ItemsTable rows={rows} doc={doc} />}
      <footer className="doc-sign">
        <p>{office}</p>
        {signedOn && <p>{documentDate(lang, new Date(Date.parse(signedOn) + 8 * 3_600_000).toISOString().slice(0, 10))}</p>}
      </footer>
    </article>
  );
}

function ItemsTable({ rows, doc }: { rows: BulletinDocItem[]; doc: BulletinDoc }) {
  const { t, lang } = useI18n();
  const category = (code: string) => doc.categoryNames[code]?.[lang] ?? code;
  const accountability = (item: BulletinDocItem) =>
    [
      ...(item.accountabilityMeasures ?? []).map((m) => t(`measure.${m}` as 'measure.interview')),
      ...(item.accountabilityUnits ?? []).map((u) => (u.kind === 'person' ? t('bulletinDoc.personOf', { unit: u.unitName ?? '' }) : (u.unitName ?? ''))),
    ].join(lang === 'zh' ? '；' : '; ') || '—';
  return (
    <div className="doc-table-wrap">
      <table className="doc-table" data-testid="bulletin-items">
        <thead>
          <tr>
            {(['no', 'school', 'number', 'problem', 'category', 'deadline', 'rectification', 'recheck', 'accountability', 'status'] as const).map((c) => (
              <th key={c} scope="col">{t(`bulletinDoc.col.${c}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((item, i) => (
            <tr key={item.issueId ?? i}>
              <td data-label={t('bulletinDoc.col.no')}>{i + 1}</td>
              <td data-label={t('bulletinDoc.col.school')}>{item.unitName ?? '—'}</td>
              <td data-label={t('bulletinDoc.col.number')} className="nowrap">{item.number ?? '—'}</td>
              <td data-label={t('bulletinDoc.col.problem')}>{item.title}</td>
              <td data-label={t('bulletinDoc.col.category')}>{category(item.category)} · {t(`severity.${item.severity}` as 'severity.general')}</td>
              <td data-label={t('bulletinDoc.col.deadline')} className="nowrap">{item.deadline ? formatDate(lang, item.deadline) : '—'}{item.overdue ? ` (${t('bulletinDoc.overdue')})` : ''}</td>
              <td data-label={t('bulletinDoc.col.rectification')}>{item.rectificationSummary ?? t('bulletinDoc.notYet')}{item.reportedLate ? ` (${t('bulletinDoc.late')})` : ''}</td>
              <td data-label={t('bulletinDoc.col.recheck')}>{item.recheckOutcome ? t(`bulletinDoc.recheck.${item.recheckOutcome}`) : '—'}</td>
              <td data-label={t('bulletinDoc.col.accountability')}>{accountability(item)}</td>
              <td data-label={t('bulletinDoc.col.status')} className="nowrap">{t(`status.${item.status}` as 'status.open')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
