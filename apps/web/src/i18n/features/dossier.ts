import { defineMessages } from '../define-messages';

/** The printed dossier (an official document, printed in Chinese). */
export const dossierMessages = defineMessages({
  'dossier.integrity': ['完整性校验', 'Integrity check'],
  'dossier.lastHash': ['第 {n} 条记录哈希', 'Hash of event {n}'],
  'dossier.beijingTime': ['北京时间', 'Beijing time'],
  'dossier.page': ['第 {page} 页', 'Page {page}'],
});
