#!/usr/bin/env node
// `npm start` builds only what changed: the server (tsc) and the web UI (tsc + vite) each rebuild when a content
// hash of their inputs differs from the one recorded after their last successful build (or their output is missing).
// A restart with unchanged sources skips both; `--force` (npm run build, and so npm test) rebuilds regardless and
// records the hashes, so a start after the tests does not build again.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const stampFile = join(root, 'dist', '.build-inputs.json');
const SKIP = new Set(['node_modules', 'dist', '.data', '.git', 'test-artifacts', 'coverage']);

function files(dir, exclude = []) {
  const out = [];
  const walk = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isFile()) return void out.push(path);
    for (const entry of readdirSync(path).sort()) {
      const child = join(path, entry);
      if (SKIP.has(entry) || exclude.some((e) => child.startsWith(join(root, e)))) continue;
      walk(child);
    }
  };
  walk(join(root, dir));
  return out;
}

function hash(paths) {
  const digest = createHash('sha256');
  for (const path of paths) digest.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
  return digest.digest('hex');
}

const shared = ['package.json', 'package-lock.json', 'tsconfig.json'].map((f) => join(root, f));
const targets = {
  server: {
    inputs: () => [...shared, join(root, 'tsconfig.build.json'), ...['apps', 'libs', 'projections', 'bench', 'scripts'].flatMap((d) => files(d, ['apps/web']))],
    output: join(root, 'dist/apps/api/src/main.js'),
    script: 'build:server',
  },
  web: {
    // The web UI imports the domain's calendar maths (@domain), so libs/domain is one of its inputs.
    inputs: () => [...shared, ...files('apps/web'), ...files('libs/domain')],
    output: join(root, 'dist/web/index.html'),
    script: 'build:web',
  },
};

const force = process.argv.includes('--force');
const stamp = existsSync(stampFile) ? JSON.parse(readFileSync(stampFile, 'utf8')) : {};
for (const [name, target] of Object.entries(targets)) {
  const inputs = hash(target.inputs());
  if (!force && stamp[name] === inputs && existsSync(target.output)) continue;
  const started = Date.now();
  process.stdout.write(`  building the ${name === 'web' ? 'web UI' : 'server'}${force ? '' : ' (its sources changed)'}… `);
  try {
    // Quiet on success; the compiler's whole output when it fails.
    execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', target.script], { cwd: root, stdio: 'pipe', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
  } catch (error) {
    console.log('failed');
    process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
    process.exit(1);
  }
  console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
  stamp[name] = inputs;
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(stampFile, JSON.stringify(stamp, null, 2));
}
