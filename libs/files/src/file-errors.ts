/** A file refused or unreadable, with its HTTP status, stable code and Chinese title (RFC 9457 problem details). */
export class FileRefusedError extends Error {
  constructor(
    readonly status: number,
    readonly code: FileErrorCode,
    message: string,
  ) {
    super(message);
  }

  get title(): string {
    return FILE_ERROR_TITLES[this.code].en;
  }

  get titleZh(): string {
    return FILE_ERROR_TITLES[this.code].zh;
  }
}

export type FileErrorCode = 'FILE_MISSING' | 'FILE_TOO_LARGE' | 'FILE_TYPE_NOT_ALLOWED' | 'FILE_NOT_UPLOADED' | 'FILE_INTEGRITY_FAILED';

export const FILE_ERROR_TITLES: Record<FileErrorCode, { zh: string; en: string }> = {
  FILE_MISSING: { zh: '未收到文件', en: 'No file was sent' },
  FILE_TOO_LARGE: { zh: '文件过大', en: 'The file is too large' },
  FILE_TYPE_NOT_ALLOWED: { zh: '不支持的文件类型（仅限图片、PDF 及办公文档）', en: 'This type of file is not accepted (images, PDF, Office documents)' },
  FILE_NOT_UPLOADED: { zh: '引用的文件未由本人上传', en: 'The file named was not uploaded by you' },
  FILE_INTEGRITY_FAILED: { zh: '文件校验失败：存储的文件已被改动', en: 'The stored file no longer matches its fingerprint' },
};
