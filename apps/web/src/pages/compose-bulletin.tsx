import { useState, type FormEvent } from 'react';
import { fetchAll } from '../api/fetch-all';
import { useResource } from '../api/use-resource';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { Field } from '../components/field';
import { IssueTable } from '../components/issue-table';
import { shanghaiMonth } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import { PublishBulletin } from './publish-bulletin';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** 编制通报: pick issues (from the list, or by id), title and period; then publish the draft. */
export function ComposeBulletin({ onPublished }: { onPublished(): void }) {
  const { t } = useI18n();
  const command = useCommand();
  const [title, setTitle] = useState('');
  const [period, setPeriod] = useState(shanghaiMonth());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [idText, setIdText] = useState('');
  const [draft, setDraft] = useState<{ id: string; title: string } | null>(null);
  const issues = useResource((s) => fetchAll('/issues?pageSize=100', s, 300), 'bulletin-issues');

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  const addIds = (event: FormEvent) => {
    event.preventDefault();
    const ids = idText.match(UUID) ?? [];
    setSelected(new Set([...selected, ...ids.map((id) => id.toLowerCase())]));
    setIdText('');
  };
  const submit = async () => {
    const result = await command.run('/bulletins', { title, period, issueIds: [...selected] });
    if (result) setDraft({ id: result.id, title });
  };

  if (draft) {
    return (
      <>
        <p className="success" role="status">{t('bulletins.draftSaved')}</p>
        <PublishBulletin bulletinId={draft.id} title={draft.title} onDone={onPublished} />
      </>
    );
  }

  return (
    <>
      <CommandForm title={t('bulletins.compose')} command={command} onSubmit={() => void submit()} testId="compose-form">
        <Field label={t('field.bulletinTitle')} required wide>
          <input name="bulletinTitle" value={title} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field label={t('field.period')}>
          <input name="period" value={period} onChange={(e) => setPeriod(e.target.value)} maxLength={40} />
        </Field>
        <div className="field field-wide">
          <strong data-testid="selected-count">{t('bulletins.selected', { n: selected.size })}</strong>
          {selected.size > 0 && (
            <ul className="chips">
              {[...selected].map((id) => (
                <li key={id}>
                  <code>{id.slice(0, 8)}</code>
                  <button type="button" className="link" aria-label={`${t('common.remove')} ${id}`} onClick={() => toggle(id)}>×</button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </CommandForm>
      <form className="open-by-id" onSubmit={addIds}>
        <label htmlFor="add-issue-id">{t('bulletins.addById')}</label>
        <input id="add-issue-id" name="addIssueId" placeholder={t('issues.openByIdHint')} value={idText} onChange={(e) => setIdText(e.target.value)} />
        <button type="submit" className="btn">{t('common.add')}</button>
      </form>
      <h3>{t('bulletins.pickFromList')}</h3>
      {issues.error ? (
        <p className="notice">{t('common.unavailable', { path: '/api/issues' })}</p>
      ) : (
        <IssueTable items={(issues.data?.items ?? []).filter((row) => row.status !== 'withdrawn')} selected={selected} onToggle={toggle} />
      )}
    </>
  );
}
