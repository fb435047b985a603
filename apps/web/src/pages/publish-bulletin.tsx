import { useState } from 'react';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { FieldSet } from '../components/field';
import { useI18n } from '../i18n/i18n-context';

/** Publishes a drafted bulletin, internal or public; publication reports the result on every listed issue. */
export function PublishBulletin({ bulletinId, title, onDone }: { bulletinId: string; title: string; onDone(): void }) {
  const { t } = useI18n();
  const command = useCommand();
  const [scope, setScope] = useState<'internal' | 'public'>('public');
  const submit = async () => {
    if (await command.run(`/bulletins/${bulletinId}/publish`, { scope })) onDone();
  };
  return (
    <CommandForm title={`${t('bulletins.publish')} · ${title}`} command={command} onSubmit={() => void submit()} submitLabel={t('bulletins.publish')} testId="publish-form">
      <FieldSet legend={t('field.scope')}>
        {(['internal', 'public'] as const).map((s) => (
          <label key={s} className="choice">
            <input type="radio" name={`scope-${bulletinId}`} value={s} checked={scope === s} onChange={() => setScope(s)} /> {t(`scope.${s}`)}
          </label>
        ))}
      </FieldSet>
      {command.result && <p className="success field-wide">{t('bulletins.published', { scope: t(`scope.${scope}`) })}</p>}
    </CommandForm>
  );
}
