import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface ServiceProcess {
  url: string;
  pid: number;
  rssMb(): number;
  /** CPU time the process has used so far (user + system), ms */
  cpuMs(): number;
  stop(): Promise<void>;
}

// The same heap bound as `npm start`: V8 otherwise sizes the heap from the machine's memory and collects lazily.
const SERVICE_NODE_FLAGS = ['--max-old-space-size=192'];
// As `npm start` and the image: two glibc malloc arenas instead of one per thread (RSS, not speed).
const SERVICE_ENV = { MALLOC_ARENA_MAX: '2' };

/** BENCH_PROFILE=<dir> writes a CPU profile of the service (open it in Chrome DevTools). */
function profileFlags(): string[] {
  return process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
}

export const BENCH_JWT_SECRET = 'bench-secret-bench-secret-bench-secret-00';

export function readRssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/** utime + stime of a process from /proc (clock ticks of 10 ms). */
export function readCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * The bench's ports are BENCH_PORT_BASE (3900) + an offset per section: set another base when something else on the
 * machine (another checkout's bench) uses these. A port already answering is refused, so a health check can never
 * be answered by a stranger.
 */
export async function benchPort(offset: number): Promise<number> {
  const port = Number(process.env.BENCH_PORT_BASE ?? 3900) + offset;
  const taken = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
  if (taken) throw new Error(`port ${port} is in use: set BENCH_PORT_BASE to a free range`);
  return port;
}

/** The built service as its own process (as in production), so the load generator does not share its event loop. */
export async function startServiceProcess(databaseUrl: string, port: number, env: Record<string, string> = {}): Promise<ServiceProcess> {
  const child: ChildProcess = spawn(process.execPath, [...SERVICE_NODE_FLAGS, ...profileFlags(), resolve(__dirname, '../../apps/api/src/main.js')], {
    env: { ...process.env, ...SERVICE_ENV, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', DEMO: '1', LOG_LEVEL: 'warn', JWT_SECRET: BENCH_JWT_SECRET, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (i > 300) throw new Error('the service did not become healthy in 30 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid!,
    rssMb: () => readRssMb(child.pid!),
    cpuMs: () => readCpuMs(child.pid!),
    stop: () =>
      new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
