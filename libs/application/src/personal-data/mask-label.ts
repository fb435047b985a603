/** What an admin sees of a subject: 张三 → 张*, a flagged text → its first character and its length. */
export function maskLabel(label: string, kind: 'person' | 'text'): string {
  const chars = [...label.trim()];
  if (chars.length === 0) return '*';
  if (kind === 'text') return `${chars[0]}…（${chars.length}字）`;
  return chars.length === 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1);
}
