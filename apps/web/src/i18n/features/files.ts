import { defineMessages } from '../define-messages';

/** Evidence files (DESIGN §2 Files): upload, thumbnails, download. */
export const fileMessages = defineMessages({
  'files.uploading': ['正在上传…', 'Uploading…'],
  'files.download': ['下载文件', 'Download the file'],
  'files.openFull': ['查看原图', 'Open full size'],
  'files.unavailable': ['文件无法读取', 'The file cannot be read'],
  'files.notStored': ['（仅登记了指纹，文件未上传）', '(fingerprint only; the file was not uploaded)'],
});
