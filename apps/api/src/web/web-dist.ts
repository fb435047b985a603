import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Where the built web UI is: WEB_DIST_DIR if set, else dist/web beside the compiled server
 * (dist/apps/api/src/web → dist/web) or, when running from source (tests), <repo>/dist/web.
 */
export function webDistDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [
    env.WEB_DIST_DIR,
    resolve(__dirname, '../../../../web'),
    resolve(__dirname, '../../../../dist/web'),
    resolve(process.cwd(), 'dist/web'),
  ].filter((dir): dir is string => Boolean(dir));
  return candidates.find((dir) => existsSync(resolve(dir, 'index.html'))) ?? null;
}
