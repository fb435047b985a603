import { useState } from 'react';
import type { DeadlineRule } from '@domain/calendar/deadline';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { Field, FieldSet } from '../components/field';
import { endOfShanghaiDayIso, shanghaiToday } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import { DeadlinePreview } from './deadline-preview';
import type { ActionProps } from './issue-types';

type Mode = 'workingDays' | 'calendarDays' | 'explicit';

/** 限时整改: requirements and a deadline (working days by default), previewed with the official calendar. */
export function OrderForm({ issue, onDone }: ActionProps) {
  const { t } = useI18n();
  const command = useCommand();
  const [requirements, setRequirements] = useState('');
  const [mode, setMode] = useState<Mode>('workingDays');
  const [days, setDays] = useState(10);
  const [date, setDate] = useState('');
  const rule: DeadlineRule | null =
    mode === 'explicit' ? (date ? { kind: 'explicit', deadline: endOfShanghaiDayIso(date) } : null) : days >= 1 ? { kind: mode, days } : null;

  const submit = async () => {
    const deadline = mode === 'explicit' ? { deadline: endOfShanghaiDayIso(date) } : { [mode]: days };
    if (await command.run(`/issues/${issue.issueId}/rectification-orders`, { requirements, ...deadline }, { ifMatch: issue.version })) onDone();
  };

  return (
    <CommandForm title={t('action.order')} command={command} onSubmit={() => void submit()} testId="order-form">
      <Field label={t('field.requirements')} required wide>
        <textarea name="requirements" rows={3} value={requirements} onChange={(e) => setRequirements(e.target.value)} />
      </Field>
      <FieldSet legend={t('order.mode')}>
        {(['workingDays', 'calendarDays', 'explicit'] as Mode[]).map((m) => (
          <label key={m} className="choice">
            <input type="radio" name="deadline-mode" value={m} checked={mode === m} onChange={() => setMode(m)} /> {t(`order.${m}`)}
          </label>
        ))}
      </FieldSet>
      {mode === 'explicit' ? (
        <Field label={t('order.date')} required>
          <input type="date" name="deadline-date" min={shanghaiToday()} value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
      ) : (
        <Field label={`${t('order.days')}（${t(`order.${mode}`)}）`} required>
          <input type="number" name="deadline-days" min={1} max={365} value={days} onChange={(e) => setDays(Number(e.target.value))} />
        </Field>
      )}
      <DeadlinePreview rule={rule} />
    </CommandForm>
  );
}
