import type { ApiError } from '../api/problem';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/message-key';

/** A refused command or failed load in plain words: the rule's title, what it means, its code, the server's detail. */
export function ProblemAlert({ error }: { error: ApiError }) {
  const { t, lang } = useI18n();
  const p = error.problem;
  const plainKey = `plain.${p.code}` as MessageKey;
  const plain = t(plainKey) !== plainKey ? t(plainKey) : null;
  const title = lang === 'zh' ? (p.titleZh ?? plain ?? p.title) : p.title;
  return (
    <div className="problem" role="alert" data-code={p.code}>
      <div className="problem-head">
        <strong>{title || t('problem.title')}</strong>
        <span className="problem-code" title={t('problem.code')}>
          {t('problem.code')}: <code>{p.code}</code>
        </span>
      </div>
      {plain && plain !== title && <p className="problem-plain">{plain}</p>}
      {p.errors && p.errors.length > 0 && (
        <ul className="problem-fields">
          {p.errors.map((e, i) => (
            <li key={i}>
              <code>{e.field}</code>: {e.message}
            </li>
          ))}
        </ul>
      )}
      {p.detail && p.detail !== title && (
        <p className="problem-detail">
          {t('problem.detail')}: {p.detail}
        </p>
      )}
    </div>
  );
}
