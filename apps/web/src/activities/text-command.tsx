import { useState, type ReactNode } from 'react';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { Field } from '../components/field';

/** A command with one text (a notice, a statement, a report, a note) and perhaps a few fixed fields. */
export function TextCommand({ title, path, field, label, extra = {}, onDone, hint, rows = 4, testId, required = true }: {
  title: ReactNode; path: string; field: string; label: ReactNode; extra?: Record<string, unknown>; onDone(): void; hint?: ReactNode; rows?: number; testId?: string; required?: boolean;
}) {
  const command = useCommand();
  const [text, setText] = useState('');
  const submit = async () => {
    if (await command.run(path, { ...extra, [field]: text })) {
      setText('');
      onDone();
    }
  };
  return (
    <CommandForm title={title} command={command} onSubmit={() => void submit()} testId={testId}>
      {hint && <p className="muted small field-wide">{hint}</p>}
      <Field label={label} required={required} wide>
        <textarea name={field} rows={rows} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
    </CommandForm>
  );
}
