import { Link, useParams } from 'react-router-dom';
import { useRegistry } from '../api/registry-context';
import { SeverityBadge, StatusBadge } from '../components/badges';
import { LoadState } from '../components/load-state';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import { closureChecks } from '../issue/closure-checklist';
import { TimelineTable } from './timeline-table';
import { useAudit } from './use-audit';
import { VerifyBadge } from './verify-badge';

/** 卷宗: one issue on A4 — particulars, the closing conditions, the verified chain, every event. */
export function DossierPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const registry = useRegistry();
  const { history, verify, issue } = useAudit(id);
  return (
    <article className="dossier" data-testid="dossier">
      <div className="no-print dossier-tools">
        <Link className="btn" to={`/issues/${id}/timeline`}>
          {t('common.back')}
        </Link>
        <button type="button" className="btn btn-primary" onClick={() => window.print()}>
          {t('common.print')}
        </button>
      </div>
      <LoadState resource={issue}>
        {(data) => {
          const last = history.data?.events.at(-1);
          return (
            <>
              <header className="dossier-head">
                <p className="dossier-org">{registry.me?.regionName ?? ''} 人民政府教育督导室</p>
                <h1>{t('dossier.title')}</h1>
                <p className="mono small">
                  {t('field.issueId')}：{data.issueId}
                </p>
              </header>
              <table className="dossier-table">
                <tbody>
                  <tr>
                    <th>{t('field.title')}</th>
                    <td colSpan={3}>{data.title}</td>
                  </tr>
                  <tr>
                    <th>{t('field.unit')}</th>
                    <td>{registry.unitName(data.unitId)}</td>
                    <th>{t('field.category')}</th>
                    <td>{registry.categoryName(data.category)}</td>
                  </tr>
                  <tr>
                    <th>{t('field.severity')}</th>
                    <td>
                      <SeverityBadge severity={data.severity} /> {data.safetyHazard && t('issue.safety')}
                    </td>
                    <th>{t('field.status')}</th>
                    <td>
                      <StatusBadge status={data.status} />
                    </td>
                  </tr>
                  <tr>
                    <th>{t('field.foundAt')}</th>
                    <td>{formatDateTime(lang, data.foundAt)}</td>
                    <th>{t('field.deadline')}</th>
                    <td>{formatDateTime(lang, data.currentOrder?.deadline)}</td>
                  </tr>
                  <tr>
                    <th>{t('field.description')}</th>
                    <td colSpan={3} className="pre">{data.description}</td>
                  </tr>
                  <tr>
                    <th>{t('rules.title')}</th>
                    <td colSpan={3}>
                      {closureChecks(data).map((c) => (
                        <div key={c.code}>
                          {c.state === 'ok' ? '☑' : c.state === 'na' ? '☐ —' : '☒'} {t(c.key)}
                        </div>
                      ))}
                    </td>
                  </tr>
                  <tr>
                    <th>{t('timeline.hash')}</th>
                    <td colSpan={3}>
                      <VerifyBadge verify={verify} />
                      {last && <div className="mono small">v{last.version} · {last.hash}</div>}
                    </td>
                  </tr>
                </tbody>
              </table>
              <h2>{t('issue.timeline')}</h2>
              <LoadState resource={history}>{(h) => <TimelineTable events={h.events} />}</LoadState>
              <footer className="dossier-foot">
                <p>{t('dossier.signature')}</p>
                <p className="muted small">
                  {t('dossier.printedAt')}：{formatDateTime(lang, new Date().toISOString())}（Asia/Shanghai）
                </p>
              </footer>
            </>
          );
        }}
      </LoadState>
    </article>
  );
}
