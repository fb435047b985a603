export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Runs `workers` async loops over a shared queue of `total` jobs; returns jobs per second. */
export async function throughput(total: number, workers: number, job: (index: number, worker: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let index = next++; index < total; index = next++) await job(index, worker);
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return total / seconds;
}

/** ~300 bytes of JSON, like a feedback or report event. */
export function payload(i: number): Record<string, unknown> {
  return {
    note: `第${i}次督导反馈：校园北侧消防通道堆放杂物，需于规定期限内清理并建立日常巡查制度。`,
    channel: 'written',
    fedBackAt: '2026-06-01T02:00:00.000Z',
    fedBackBy: 'user-sup01',
    ref: `bench-${i.toString().padStart(8, '0')}`,
  };
}
