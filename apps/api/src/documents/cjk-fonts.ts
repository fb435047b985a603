import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The CJK font the PDF embeds (subset): Noto Sans SC (Hans) from the npm package @embedpdf/fonts-sc, read from
 * node_modules once — nothing is downloaded at run time.
 */
let fonts: { regular: Buffer; bold: Buffer } | null = null;

export function cjkFonts(): { regular: Buffer; bold: Buffer } {
  if (!fonts) {
    const directory = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
    fonts = { regular: readFileSync(join(directory, 'NotoSansHans-Regular.otf')), bold: readFileSync(join(directory, 'NotoSansHans-Bold.otf')) };
  }
  return fonts;
}
