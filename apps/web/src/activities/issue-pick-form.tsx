import { useState, type ReactNode } from 'react';
import { get } from '../api/client';
import { useCommand } from '../api/use-command';
import { useResource } from '../api/use-resource';
import { CommandForm } from '../components/command-form';
import { Field, FieldSet } from '../components/field';
import { DocNumber } from '../components/doc-number';
import { useI18n } from '../i18n/i18n-context';

interface IssueItem { issueId: string; number: string | null; title: string; status: string }

/** A text and the issues of the school it lists (preliminary opinion, opinion letter), picked by number and title. */
export function IssuePickForm({ title, path, unitId, field, label, hint, onDone, testId }: {
  title: ReactNode; path: string; unitId: string; field: string; label: ReactNode; hint?: ReactNode; onDone(): void; testId?: string;
}) {
  const { t } = useI18n();
  const command = useCommand();
  const issues = useResource<{ items: IssueItem[] }>((s) => get(`/issues?unitId=${encodeURIComponent(unitId)}&pageSize=100`, s), `${unitId}#${path}`);
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const submit = async () => {
    if (await command.run(path, { unitId, [field]: text, issueIds: picked })) onDone();
  };
  return (
    <CommandForm title={title} command={command} onSubmit={() => void submit()} testId={testId}>
      {hint && <p className="muted small field-wide">{hint}</p>}
      <Field label={label} required wide>
        <textarea name={field} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <FieldSet legend={t('visits.issuesFound')}>
        {(issues.data?.items ?? []).filter((i) => i.status !== 'withdrawn').map((i) => (
          <label key={i.issueId} className="choice">
            <input type="checkbox" name="issueIds" value={i.issueId} checked={picked.includes(i.issueId)} onChange={(e) => setPicked(e.target.checked ? [...picked, i.issueId] : picked.filter((x) => x !== i.issueId))} />{' '}
            <DocNumber number={i.number} /> {i.title}
          </label>
        ))}
      </FieldSet>
    </CommandForm>
  );
}
