import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { ServiceProcess } from './service-process';
import { readCpuMs, readRssMb } from './service-process';

/** A bench server (bare-server.js, adapter-app.js) as its own process, as the service runs; resolves once listening. */
export async function startBenchServer(script: string, databaseUrl: string, port: number, env: Record<string, string>): Promise<ServiceProcess> {
  const child = spawn(process.execPath, ['--max-old-space-size=192', resolve(__dirname, script)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), DB_POOL_SIZE: '20', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, fail) => {
    child.stdout!.once('data', () => ready());
    child.once('exit', (code) => fail(new Error(`${script} exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    rssMb: () => readRssMb(child.pid!),
    cpuMs: () => readCpuMs(child.pid!),
    stop: () => new Promise<void>((done) => { child.once('exit', () => done()); child.kill('SIGTERM'); }),
  };
}
