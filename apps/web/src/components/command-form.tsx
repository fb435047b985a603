import type { FormEvent, ReactNode } from 'react';
import type { Command } from '../api/use-command';
import { useI18n } from '../i18n/i18n-context';
import { ProblemAlert } from './problem-alert';

/** A titled form section for one command: fields, submit (and cancel), the refusal in plain words, or the confirmation. */
export function CommandForm({ title, command, onSubmit, submitLabel, children, testId, tone, onCancel }: {
  title: ReactNode;
  command: Command;
  onSubmit(): void;
  submitLabel?: ReactNode;
  children?: ReactNode;
  testId?: string;
  tone?: 'primary' | 'danger';
  onCancel?(): void;
}) {
  const { t } = useI18n();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!command.busy) onSubmit();
  };
  return (
    <form className="card command-form" onSubmit={submit} data-testid={testId} aria-label={typeof title === 'string' ? title : undefined}>
      <h3>{title}</h3>
      <div className="form-grid">{children}</div>
      {command.error && <ProblemAlert error={command.error} />}
      {command.result && (
        <p className="success" role="status">
          {t('common.saved')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className={tone === 'danger' ? 'btn btn-danger' : 'btn btn-primary'} disabled={command.busy}>
          {command.busy ? t('common.loading') : (submitLabel ?? t('common.submit'))}
        </button>
        {onCancel && (
          <button type="button" className="btn btn-ghost" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
