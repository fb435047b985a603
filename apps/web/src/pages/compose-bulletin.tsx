import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { usePagedList } from '../api/use-paged-list';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { DocNumber } from '../components/doc-number';
import { FilterSelect } from '../components/filter-select';
import { IssueTable } from '../components/issue-table';
import { LoadState } from '../components/load-state';
import { Pager } from '../components/pager';
import { shanghaiToday } from '../format/dates';
import { BulletinContentFields, contentForRequest, type BulletinContentValue } from '../bulletin/bulletin-content-fields';
import { SEVERITIES } from '@domain/issue/issue.types';
import { useRegistry } from '../api/registry-context';
import { useI18n } from '../i18n/i18n-context';
import { PublishBulletin } from './publish-bulletin';

type Picked = { number: string | null; title: string };
const PICKABLE = ['rectified', 'closed', 'open', 'rectifying', 'awaiting_recheck'];

/**
 * 编制通报: pick issues from the searchable list (by number or title, results to report first), give the kind, title,
 * period (dates) and body, save the draft, then publish it. Nobody pastes an id.
 */
export function ComposeBulletin({ onPublished, onCancel }: { onPublished(): void; onCancel(): void }) {
  const { t, lang } = useI18n();
  const registry = useRegistry();
  const command = useCommand();
  const form = useRef<HTMLDivElement>(null);
  const [content, setContent] = useState<BulletinContentValue>(() => {
    const today = shanghaiToday();
    return { kind: 'rectification', title: '', periodFrom: `${today.slice(0, 7)}-01`, periodTo: today, body: '' };
  });
  const [selected, setSelected] = useState<Map<string, Picked>>(new Map());
  const [search, setSearch] = useState({ q: '', status: 'rectified', severity: '', category: '', zoneId: '' });
  const [inPeriod, setInPeriod] = useState(false);
  const [draft, setDraft] = useState<{ id: string; title: string; number?: string } | null>(null);
  // 问题汇总 for the bulletin: the issues found in its period (Asia/Shanghai days), by zone, category, severity and status
  const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const period = inPeriod && content.periodFrom && content.periodTo
    ? { from: `${content.periodFrom}T00:00:00+08:00`, to: `${nextDay(content.periodTo)}T00:00:00+08:00` }
    : {};
  const issues = usePagedList('/issues', { ...search, ...period }, 10);
  useEffect(() => form.current?.querySelector<HTMLElement>('input')?.focus(), []);

  const pickAllShown = () => {
    const next = new Map(selected);
    for (const row of issues.data?.items ?? []) next.set(String(row.issueId), { number: (row.number as string | null) ?? null, title: String(row.title ?? '') });
    setSelected(next);
  };
  const toggle = (id: string) => {
    const next = new Map(selected);
    const row = issues.data?.items.find((i) => i.issueId === id);
    if (next.has(id)) next.delete(id);
    else next.set(id, { number: (row?.number as string | null) ?? null, title: String(row?.title ?? '') });
    setSelected(next);
  };
  const submit = async () => {
    const result = await command.run('/bulletins', { ...contentForRequest(content), issueIds: [...selected.keys()] });
    if (result) setDraft({ id: result.id, title: content.title, number: (result as { number?: string }).number });
  };

  if (draft) {
    return (
      <div className="card" data-testid="bulletin-draft">
        <p className="success" role="status">
          {t('bulletins.draftSaved')} <DocNumber number={draft.number} /> <Link to={`/bulletins/${draft.id}`} data-testid="open-draft">{t('bulletinDoc.previewDraft')}</Link>
        </p>
        <PublishBulletin bulletinId={draft.id} title={draft.title} onDone={onPublished} />
      </div>
    );
  }

  return (
    <div ref={form} className="compose">
      <CommandForm title={t('bulletins.compose')} command={command} onSubmit={() => void submit()} testId="compose-form" onCancel={onCancel} submitLabel={t('bulletins.saveDraft')}>
        <BulletinContentFields value={content} onChange={setContent} />
        <div className="field field-wide">
          <strong data-testid="selected-count">{t('bulletins.selected', { n: selected.size })}</strong>
          {selected.size > 0 && (
            <ul className="chips" data-testid="selected-issues">
              {[...selected].map(([id, picked]) => (
                <li key={id}>
                  <DocNumber number={picked.number} /> {picked.title}
                  <button type="button" className="link" aria-label={`${t('common.remove')} ${picked.number ?? ''} ${picked.title}`} onClick={() => toggle(id)}>×</button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </CommandForm>
      <section className="card" aria-labelledby="pick-title">
        <h3 id="pick-title">{t('bulletins.pickFromList')}</h3>
        <div className="filters">
          <label className="filter-search">
            {t('list.search')}
            <input type="search" name="issueSearch" value={search.q} onChange={(e) => setSearch({ ...search, q: e.target.value })} placeholder={t('issues.searchHint')} />
          </label>
          <FilterSelect label={t('field.status')} name="issueStatus" value={search.status} onChange={(e) => setSearch({ ...search, status: e.target.value })}>
            {PICKABLE.map((s) => <option key={s} value={s}>{t(`status.${s}` as 'status.open')}</option>)}
          </FilterSelect>
          <FilterSelect label={t('field.severity')} name="issueSeverity" value={search.severity} onChange={(e) => setSearch({ ...search, severity: e.target.value })}>
            {SEVERITIES.map((s) => <option key={s} value={s}>{t(`severity.${s}`)}</option>)}
          </FilterSelect>
          <FilterSelect label={t('field.category')} name="issueCategory" value={search.category} onChange={(e) => setSearch({ ...search, category: e.target.value })}>
            {registry.categories.map((c) => <option key={c.code} value={c.code}>{lang === 'en' && c.nameEn ? c.nameEn : c.name}</option>)}
          </FilterSelect>
          <FilterSelect label={t('field.zone')} name="issueZone" value={search.zoneId} onChange={(e) => setSearch({ ...search, zoneId: e.target.value })}>
            {registry.zones.map((z) => <option key={z.id} value={z.id}>{z.name}</option>)}
          </FilterSelect>
          <label className="choice">
            <input type="checkbox" name="inPeriod" checked={inPeriod} onChange={(e) => setInPeriod(e.target.checked)} /> {t('bulletinDoc.foundInPeriod')}
          </label>
          <button type="button" className="btn" onClick={pickAllShown} data-testid="pick-all-shown">
            {t('bulletinDoc.pickAllShown')}
          </button>
        </div>
        <LoadState resource={issues}>
          {(data) => (
            <>
              <IssueTable items={data.items} selected={new Set(selected.keys())} onToggle={toggle} />
              <Pager page={issues.page} pageSize={issues.pageSize} total={data.total} onPage={issues.setPage} />
            </>
          )}
        </LoadState>
      </section>
    </div>
  );
}
