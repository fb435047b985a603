import { useState } from 'react';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { Field } from '../components/field';
import { useI18n } from '../i18n/i18n-context';
import type { ActionProps } from './issue-types';

export function FeedbackForm({ issue, onDone }: ActionProps) {
  const { t } = useI18n();
  const command = useCommand();
  const [note, setNote] = useState('');
  const [channel, setChannel] = useState('written');
  const submit = async () => {
    if (await command.run(`/issues/${issue.issueId}/feedback`, { note, channel }, { ifMatch: issue.version })) onDone();
  };
  return (
    <CommandForm title={t('action.feedback')} command={command} onSubmit={() => void submit()} testId="feedback-form">
      <Field label={t('field.note')} required wide>
        <textarea name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <Field label={t('field.channel')}>
        <select name="channel" value={channel} onChange={(e) => setChannel(e.target.value)}>
          {['written', 'on_site', 'meeting'].map((c) => (
            <option key={c} value={c}>{t(`channel.${c}` as 'channel.written')}</option>
          ))}
        </select>
      </Field>
    </CommandForm>
  );
}
