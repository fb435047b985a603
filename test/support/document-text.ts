import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';

/** The text of a PDF, as PDF.js reads it (pages and all text runs joined). */
export async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const directory = mkdtempSync(join(tmpdir(), 'pdf-text-'));
  try {
    const file = join(directory, 'document.pdf');
    writeFileSync(file, bytes);
    const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, 'pdf-text.mjs'), file], { cwd: join(__dirname, '..', '..') });
    return JSON.parse(stdout) as { pages: number; text: string };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The text of a .docx: the main part (word/document.xml) unzipped, its runs' text joined paragraph by paragraph. */
export function docxText(bytes: Buffer): string {
  const files = unzipSync(new Uint8Array(bytes));
  const xml = strFromU8(files['word/document.xml']);
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
