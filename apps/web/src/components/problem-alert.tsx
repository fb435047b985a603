import type { ApiError } from '../api/problem';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/message-key';

/**
 * A refused command or failed load in the reader's language: the rule's title, what it means and what to do, the
 * fields to correct by their labels. The server's own English detail is shown only to English readers.
 */
export function ProblemAlert({ error }: { error: ApiError }) {
  const { t, lang } = useI18n();
  const p = error.problem;
  const known = (key: string) => (t(key as MessageKey) !== key ? t(key as MessageKey) : null);
  const plain = known(`plain.${p.code}`);
  const title = lang === 'zh' ? (p.titleZh ?? plain ?? t('problem.title')) : (p.title || t('problem.title'));
  const fieldLabel = (field: string) => known(`problemField.${field.replace(/\[\d+\]/g, '').split('.')[0]}`) ?? t('problemField.other');
  return (
    <div className="problem" role="alert" data-code={p.code}>
      <div className="problem-head">
        <strong>{title}</strong>
        <span className="problem-code" title={t('problem.code')}>
          {t('problem.code')}: <code>{p.code}</code>
        </span>
      </div>
      {plain && plain !== title && <p className="problem-plain">{plain}</p>}
      {p.errors && p.errors.length > 0 && (
        <ul className="problem-fields">
          {p.errors.map((e, i) => (
            <li key={i}>
              <strong>{fieldLabel(e.field)}</strong>：{lang === 'zh' ? t('problem.fieldInvalid') : e.message}
            </li>
          ))}
        </ul>
      )}
      {lang === 'en' && p.detail && p.detail !== title && (
        <p className="problem-detail">
          {t('problem.detail')}: {p.detail}
        </p>
      )}
    </div>
  );
}
