import { useId, type ReactElement, type ReactNode } from 'react';
import { cloneElement } from 'react';
import { useI18n } from '../i18n/i18n-context';

/** A labelled form field: the label is tied to the control by id, and a hint by aria-describedby. */
export function Field({ label, hint, required, children, wide }: { label: ReactNode; hint?: ReactNode; required?: boolean; wide?: boolean; children: ReactElement<Record<string, unknown>> }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const { t } = useI18n();
  const control = cloneElement(children, { id, required, 'aria-describedby': hint ? hintId : undefined });
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <span className="req" aria-hidden="true" title={t('common.required')}> *</span>}
      </label>
      {control}
      {hint && (
        <small id={hintId} className="hint">
          {hint}
        </small>
      )}
    </div>
  );
}

/** A group of radios or checkboxes with a legend. */
export function FieldSet({ legend, children }: { legend: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="field field-wide">
      <legend>{legend}</legend>
      <div className="choices">{children}</div>
    </fieldset>
  );
}
