import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launch } from './support/browser';
import { resolveChromium } from './support/chromium';

/**
 * The browser the tests use (the machine's, or the one shipped in an npm package) draws Chinese with real glyphs:
 * without a CJK font every Han character becomes the same empty box, and the screenshots show nothing readable.
 */
describe('browser for the tests', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is found without a system browser: CHROMIUM_PATH, then /usr/bin/chromium, then the npm package', () => {
    const binary = resolveChromium();
    const expected = process.env.TEST_BROWSER === 'npm' ? 'npm' : process.env.CHROMIUM_PATH ? 'CHROMIUM_PATH' : existsSync('/usr/bin/chromium') ? 'system' : 'npm';
    expect(binary.source).toBe(expected);
    if (binary.source === 'npm') expect(binary.env.LD_LIBRARY_PATH).toContain('node_modules/.cache/supervision-loop/chromium-');
    expect(binary.env.FONTCONFIG_FILE).toMatch(/fonts\.conf$/);
  });

  it('renders distinct Chinese glyphs in the UI font stack', async () => {
    const page = await browser.newPage();
    try {
      await page.setContent('<html><body></body></html>');
      const ink = await page.evaluate(() => {
        const stack = "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', system-ui, sans-serif";
        const draw = (text: string) => {
          // eslint-disable-next-line @typescript-eslint/no-explicit-any -- runs in the page; this project's tsconfig has no DOM types
          const canvas = (globalThis as any).document.createElement('canvas');
          canvas.width = 64;
          canvas.height = 64;
          const context = canvas.getContext('2d')!;
          context.font = `48px ${stack}`;
          context.fillStyle = '#000';
          context.fillText(text, 4, 52);
          const pixels = context.getImageData(0, 0, 64, 64).data;
          let dark = 0;
          let signature = '';
          for (let i = 3; i < pixels.length; i += 4) {
            if (pixels[i] > 128) dark++;
            signature += pixels[i] > 128 ? '1' : '0';
          }
          return { dark, signature };
        };
        return { du: draw('督'), dao: draw('导'), missing: draw('\uE000') };
      });
      expect(ink.du.dark).toBeGreaterThan(100);
      expect(ink.dao.dark).toBeGreaterThan(100);
      // Without a CJK font both are the same "missing glyph" box.
      expect({ distinct: ink.du.signature !== ink.dao.signature, notTheMissingBox: ink.du.signature !== ink.missing.signature }).toEqual({ distinct: true, notTheMissingBox: true });
    } finally {
      await page.close();
    }
  });
});
