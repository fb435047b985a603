import type { FormEvent, ReactNode } from 'react';
import type { Command } from '../api/use-command';
import { useI18n } from '../i18n/i18n-context';
import { ProblemAlert } from './problem-alert';

/** A titled form section for one command: fields, submit, the refusal or the confirmation. */
export function CommandForm({ title, command, onSubmit, submitLabel, children, testId, tone }: {
  title: ReactNode;
  command: Command;
  onSubmit(): void;
  submitLabel?: ReactNode;
  children?: ReactNode;
  testId?: string;
  tone?: 'primary' | 'danger';
}) {
  const { t } = useI18n();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="card command-form" onSubmit={submit} data-testid={testId} aria-label={typeof title === 'string' ? title : undefined}>
      <h3>{title}</h3>
      <div className="form-grid">{children}</div>
      {command.error && <ProblemAlert error={command.error} />}
      {command.result && (
        <p className="success" role="status">
          {t('common.saved', { v: command.result.version })}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className={tone === 'danger' ? 'btn btn-danger' : 'btn btn-primary'} disabled={command.busy}>
          {command.busy ? t('common.loading') : (submitLabel ?? t('common.submit'))}
        </button>
      </div>
    </form>
  );
}
