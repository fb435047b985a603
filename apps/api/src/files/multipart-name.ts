/** Multipart file names arrive as UTF-8 bytes read as Latin-1 (busboy's default): read them back as UTF-8. */
export function utf8FileName(raw: string): string {
  if (!/[\u0080-\u00ff]/.test(raw) || /[^\u0000-\u00ff]/.test(raw)) return raw;
  const decoded = Buffer.from(raw, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? raw : decoded;
}
