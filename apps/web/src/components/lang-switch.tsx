import { useI18n } from '../i18n/i18n-context';

export function LangSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <button type="button" className="btn btn-ghost lang-switch" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} aria-label={`${t('lang.label')}: ${t('lang.switch')}`} lang={lang === 'zh' ? 'en' : 'zh-CN'}>
      {t('lang.switch')}
    </button>
  );
}
