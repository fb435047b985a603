import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

/** Where a browser comes from: the one the machine configured, or the headless Chromium shipped in an npm package. */
export interface BrowserBinary {
  executablePath: string;
  /** the environment the browser runs with (fonts, and the packaged browser's own shared libraries) */
  env: Record<string, string>;
  source: 'CHROMIUM_PATH' | 'system' | 'npm';
}

const ROOT = resolve(__dirname, '../../..');
const CACHE = resolve(ROOT, 'node_modules/.cache/supervision-loop');
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * CHROMIUM_PATH when set, else Debian's /usr/bin/chromium when installed, else the headless Chromium of the
 * @sparticuz/chromium package (brotli-compressed inside the package: nothing is downloaded, at install or run time).
 * TEST_BROWSER=npm takes the packaged one whatever the machine has (CI does, to walk a new user's path).
 * Every choice gets a fontconfig file that adds the Simplified Chinese font of @embedpdf/fonts-sc to the machine's
 * own fonts, so screenshots render Chinese on a machine that has no CJK font.
 */
export function resolveChromium(): BrowserBinary {
  const fonts = { FONTCONFIG_FILE: fontconfigFile() };
  const configured = process.env.CHROMIUM_PATH;
  const packagedOnly = process.env.TEST_BROWSER === 'npm';
  if (configured && !packagedOnly) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist`);
    return { executablePath: configured, env: fonts, source: 'CHROMIUM_PATH' };
  }
  if (!packagedOnly && existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, env: fonts, source: 'system' };
  const dir = unpackedChromium();
  // The package carries NSS, NSPR and expat built for Amazon Linux; with them the binary needs only glibc and libgcc.
  const libraries = [resolve(dir, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return { executablePath: resolve(dir, 'chromium'), env: { ...fonts, LD_LIBRARY_PATH: libraries }, source: 'npm' };
}

function packageDir(name: string): string {
  // Not require.resolve: these packages' `exports` do not expose package.json. They are devDependencies of this repo.
  const dir = resolve(ROOT, 'node_modules', name);
  if (!existsSync(resolve(dir, 'package.json'))) throw new Error(`${name} is not installed: run npm ci`);
  return dir;
}

/** Unpacks the packaged Chromium once per package version into node_modules/.cache (atomically: a rename). */
function unpackedChromium(): string {
  const pkg = packageDir('@sparticuz/chromium');
  const version = (JSON.parse(readFileSync(resolve(pkg, 'package.json'), 'utf8')) as { version: string }).version;
  const target = resolve(CACHE, `chromium-${version}`);
  if (existsSync(resolve(target, 'chromium'))) return target;
  const staging = `${target}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const inflate = (file: string) => brotliDecompressSync(readFileSync(resolve(pkg, 'bin', file)));
  writeFileSync(resolve(staging, 'chromium'), inflate('chromium.br'));
  chmodSync(resolve(staging, 'chromium'), 0o755);
  for (const archive of ['al2023.tar.br', 'swiftshader.tar.br']) {
    execFileSync('tar', ['-x', '-C', staging], { input: inflate(archive) });
  }
  try {
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(resolve(target, 'chromium'))) throw error; // else another process unpacked it first
  }
  return target;
}

/** The machine's fontconfig setup (when it has one) plus the npm package's Noto Sans SC, aliased to the UI's CJK names. */
function fontconfigFile(): string {
  const fontDir = resolve(packageDir('@embedpdf/fonts-sc'), 'fonts');
  const file = resolve(CACHE, 'fonts.conf');
  const aliases = ['Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC']
    .map((family) => `  <alias><family>${family}</family><prefer><family>Noto Sans S Chinese</family></prefer></alias>`)
    .join('\n');
  const xml = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${fontDir}</dir>
  <cachedir>${resolve(CACHE, 'fontconfig')}</cachedir>
${aliases}
</fontconfig>
`;
  mkdirSync(CACHE, { recursive: true });
  if (!existsSync(file) || readFileSync(file, 'utf8') !== xml) writeFileSync(file, xml);
  return file;
}
