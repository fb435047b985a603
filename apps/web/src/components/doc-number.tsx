import { useI18n } from '../i18n/i18n-context';

/** A document number (示范县督问〔2026〕17号); a document from before numbering says so, never shows its id. */
export function DocNumber({ number, className }: { number: string | null | undefined; className?: string }) {
  const { t } = useI18n();
  return number ? (
    <span className={`doc-number ${className ?? ''}`} data-testid="doc-number">{number}</span>
  ) : (
    <span className={`doc-number unnumbered ${className ?? ''}`}>{t('list.unnumbered')}</span>
  );
}
