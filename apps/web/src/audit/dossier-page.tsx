import { Link, useParams } from 'react-router-dom';
import { serverNow } from '../api/server-clock';
import { PeopleProvider, PersonName } from '../api/people-context';
import { RegistryProvider, useRegistry } from '../api/registry-context';
import { LoadState } from '../components/load-state';
import { formatDateTime } from '../format/dates';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { closureChecks } from '../issue/closure-checklist';
import { EventSummary } from './event-summary';
import { useAudit } from './use-audit';
import { VerifyBadge } from './verify-badge';

/** 卷宗: one issue as an official A4 document — always in Chinese, with the office's header and page numbers. */
export function DossierPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
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
      {/* names of matters and people in the document's language too, whatever the screen's */}
      <I18nProvider fixed="zh">
        <RegistryProvider>
          <PeopleProvider>
            <div data-testid="dossier-document">
              <DossierDocument id={id} />
            </div>
          </PeopleProvider>
        </RegistryProvider>
      </I18nProvider>
    </article>
  );
}

function DossierDocument({ id }: { id: string }) {
  const { t, tk, lang } = useI18n();
  const registry = useRegistry();
  const { history, verify, issue } = useAudit(id);
  const office = `${registry.me?.regionName ?? ''}人民政府教育督导室`;
  return (
    <LoadState resource={issue}>
      {(data) => {
        const last = history.data?.events.at(-1);
        const unit = registry.unitById.get(data.unitId);
        const rows: [string, React.ReactNode][] = [
          [t('field.issueId'), data.number ?? t('list.unnumbered')],
          [t('field.unit'), registry.unitName(data.unitId)],
          [t('field.zone'), unit?.zoneName ?? registry.zoneName(unit?.zoneId)],
          [t('field.category'), registry.categoryName(data.category)],
          [t('field.severity'), `${tk('severity', data.severity)}${data.safetyHazard ? `（${t('issue.safety')}）` : ''}`],
          [t('field.sourceKind'), tk('source', data.source?.kind)],
          [t('field.foundAt'), <>{formatDateTime(lang, data.foundAt)} · <PersonName id={data.foundBy} /></>],
          [t('field.status'), tk('status', data.status)],
          [t('eventField.orderNumber'), data.currentOrder?.orderNumber ?? '—'],
          [t('field.deadline'), formatDateTime(lang, data.currentOrder?.deadline)],
        ];
        return (
          <>
            <header className="dossier-head">
              <p className="dossier-org" data-testid="dossier-office">{office}</p>
              <h1>{t('dossier.title')}</h1>
              <p className="dossier-number">{data.number ?? ''}</p>
            </header>
            <table className="dossier-table">
              <tbody>
                <tr>
                  <th>{t('field.title')}</th>
                  <td colSpan={3}>{data.title}</td>
                </tr>
                {pairs(rows).map(([a, b], i) => (
                  <tr key={i}>
                    <th>{a[0]}</th>
                    <td>{a[1]}</td>
                    <th>{b?.[0]}</th>
                    <td>{b?.[1]}</td>
                  </tr>
                ))}
                <tr>
                  <th>{t('field.description')}</th>
                  <td colSpan={3} className="pre">{data.description}</td>
                </tr>
                <tr>
                  <th>{t('rules.title')}</th>
                  <td colSpan={3}>
                    {closureChecks(data).map((c) => (
                      <div key={c.code}>
                        {c.state === 'ok' ? '☑' : c.state === 'na' ? '☐' : '☒'} {t(c.key)}（{c.state === 'ok' ? t('rules.ok') : c.state === 'na' ? t('rules.notApplicable') : t('rules.missing')}）
                      </div>
                    ))}
                  </td>
                </tr>
              </tbody>
            </table>
            <h2>{t('issue.history')}</h2>
            <LoadState resource={history}>
              {(h) => (
                <table className="dossier-events" data-testid="dossier-events">
                  <colgroup>
                    <col className="col-step" />
                    <col className="col-time" />
                    <col className="col-event" />
                    <col className="col-actor" />
                    <col />
                  </colgroup>
                  <thead>
                    <tr>
                      <th>{t('timeline.version')}</th>
                      <th>{t('timeline.time')}</th>
                      <th>{t('timeline.type')}</th>
                      <th>{t('timeline.actor')}</th>
                      <th>{t('timeline.data')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {h.events.map((event) => (
                      <tr key={event.version}>
                        <td className="num">{event.version}</td>
                        <td>{formatDateTime(lang, event.recordedAt)}</td>
                        <td>{tk('event', event.type)}</td>
                        <td><PersonName id={event.metadata?.actor?.id} role={event.metadata?.actor?.role} /></td>
                        <td><EventSummary event={event} compact /></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </LoadState>
            <section className="dossier-integrity">
              <h2>{t('dossier.integrity')}</h2>
              <VerifyBadge verify={verify} />
              {last && <p className="mono hash-line">{t('dossier.lastHash', { n: last.version })}：{last.hash}</p>}
            </section>
            <footer className="dossier-foot">
              <p>{t('dossier.signature')}</p>
              <p className="muted small">
                {t('dossier.printedAt')}：{formatDateTime(lang, serverNow().toISOString())}（{t('dossier.beijingTime')}）
              </p>
            </footer>
          </>
        );
      }}
    </LoadState>
  );
}

function pairs<T>(items: T[]): [T, T | undefined][] {
  const out: [T, T | undefined][] = [];
  for (let i = 0; i < items.length; i += 2) out.push([items[i], items[i + 1]]);
  return out;
}
