import { useState } from 'react';
import { fetchAll } from '../api/fetch-all';
import { get } from '../api/client';
import { str } from '../api/loose';
import { useRegistry } from '../api/registry-context';
import type { Loose } from '../api/types';
import { useCommand } from '../api/use-command';
import { useResource } from '../api/use-resource';
import { CommandForm } from '../components/command-form';
import { Field } from '../components/field';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { ExportButtons } from '../components/export-buttons';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** 个人信息 (admin): find a person's or an issue's subjects — names masked — and erase one; the audit stream below. */
export function PersonalDataPage() {
  const { t, tk, lang } = useI18n();
  const registry = useRegistry();
  const [name, setName] = useState('');
  const [issue, setIssue] = useState('');
  const [query, setQuery] = useState('');
  const [erasing, setErasing] = useState<Loose | null>(null);
  const [reason, setReason] = useState('');
  const erase = useCommand();
  const subjects = useResource(query ? (s) => fetchAll(`/admin/personal-data/subjects?${query}`, s) : null, query);
  const audit = useResource((s) => get<{ events: Loose[]; verification: { valid: boolean } }>('/admin/personal-data/audit', s), `audit-${erase.result?.version ?? 0}`);

  const find = () => {
    const issueId = UUID.exec(issue)?.[0];
    setErasing(null);
    setQuery(new URLSearchParams(issueId ? { issueId } : name.trim() ? { name: name.trim() } : {}).toString());
  };
  const issueLabel = (row: Loose) => {
    const of = (row.issue ?? null) as Loose | null;
    const inCase = (row.case ?? null) as Loose | null;
    if (inCase) return t('personalData.inCase', { number: str(inCase, 'number') ?? '—' });
    return of ? `${str(of, 'title') ?? '—'}（${registry.unitName(str(of, 'unitId')) ?? '—'}）` : str(row, 'stream');
  };
  const state = (row: Loose) => (str(row, 'erasedAt') ? t('personalData.erasedAt', { at: formatDateTime(lang, str(row, 'erasedAt')) }) : t('personalData.held'));
  const submitErase = async () => {
    if (!erasing) return;
    const done = await erase.run(`/admin/personal-data/${str(erasing, 'subjectRef')}/erase`, { reason });
    if (done) {
      setErasing(null);
      setReason('');
      // Show the case the erased subject belonged to: what is left in it (a text naming the person, say) stays in view.
      const stream = new URLSearchParams({ stream: str(erasing, 'stream') ?? '' }).toString();
      if (stream === query) subjects.reload();
      else setQuery(stream);
    }
  };

  return (
    <>
      <PageHeader title={t('personalData.title')} />
      <p className="card muted">{t('personalData.intro')}</p>
      <form className="filters card" onSubmit={(e) => (e.preventDefault(), find())} data-testid="personal-data-search">
        <label>
          {t('personalData.searchName')}
          <input name="name" value={name} autoComplete="off" onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('personalData.searchIssue')}
          <input name="issue" value={issue} onChange={(e) => setIssue(e.target.value)} />
        </label>
        <button type="submit" className="btn btn-primary">{t('personalData.search')}</button>
      </form>
      {erase.result && !erasing && <p className="success" role="status">{t('personalData.erased')}</p>}
      {!query && <p className="muted">{t('personalData.prompt')}</p>}
      {query && (
        <LoadState resource={subjects}>
          {(data) => (
            <div className="table-wrap card">
              <p className="table-caption muted">
                {t('common.total', { n: data.total })}{' '}
                <ExportButtons path={`/admin/personal-data/subjects?${query}`} name="personal-data-subjects" />
              </p>
              <table className="table" data-testid="subject-table">
                <thead>
                  <tr>
                    <th>{t('personalData.subject')}</th>
                    <th>{t('personalData.kind')}</th>
                    <th>{t('personalData.issue')}</th>
                    <th>{t('personalData.recordedAt')}</th>
                    <th>{t('personalData.state')}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {data.items.length === 0 && <tr><td colSpan={6} className="muted">{t('common.empty')}</td></tr>}
                  {data.items.map((row) => (
                    <tr key={str(row, 'subjectRef')}>
                      <td title={str(row, 'subjectRef')}>{str(row, 'label')}</td>
                      <td>{tk('personalData.kind', str(row, 'kind'))}</td>
                      <td>{issueLabel(row)}</td>
                      <td>{formatDateTime(lang, str(row, 'createdAt'))}</td>
                      <td>{state(row)}{str(row, 'erasureReason') && <div className="muted">{str(row, 'erasureReason')}</div>}</td>
                      <td>{!str(row, 'erasedAt') && <button type="button" className="btn btn-danger" onClick={() => (erase.reset(), setErasing(row))}>{t('personalData.erase')}</button>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </LoadState>
      )}
      {erasing && (
        <CommandForm title={t('personalData.eraseTitle', { label: str(erasing, 'label') ?? '' })} command={erase} onSubmit={() => void submitErase()} submitLabel={t('personalData.confirm')} tone="danger" testId="erase-form">
          <Field label={t('personalData.reason')} required wide>
            <textarea name="reason" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
        </CommandForm>
      )}
      <h2>{t('personalData.audit')}</h2>
      <LoadState resource={audit}>
        {(data) => (
          <div className="card" data-testid="personal-data-audit">
            <span className={`badge ${data.verification.valid ? 'ok' : 'danger'}`}>{data.verification.valid ? t('personalData.chainValid') : t('personalData.chainBroken')}</span>
            <ul>
              {data.events.length === 0 && <li className="muted">{t('common.empty')}</li>}
              {[...data.events].reverse().slice(0, 50).map((event) => {
                const eventData = (event.data ?? {}) as Loose;
                return (
                  <li key={str(event, 'hash')}>
                    {formatDateTime(lang, str(event, 'recordedAt'))} · {tk('personalData.event', str(event, 'type'))} · {str(eventData, 'reason') ?? ''}
                    <span className="muted" title={str((event.actor ?? {}) as Loose, 'id')}> · {t('personalData.by')} {tk('role', str((event.actor ?? {}) as Loose, 'role'))}</span>
                  </li>
                );
              })}
            </ul>
          </div>
        )}
      </LoadState>
    </>
  );
}
