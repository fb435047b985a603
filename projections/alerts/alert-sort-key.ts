/** A text key that sorts like the log's positions ("tx:n" → zero-padded digit runs), used for order and SSE resume. */
export function alertSortKey(position: string): string {
  return position.replace(/\d+/g, (digits) => digits.padStart(20, '0'));
}
