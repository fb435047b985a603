export interface BenchContext {
  /** A migrated database of its own for this bench run. */
  databaseUrl: string;
  /** One JSON line per measurement on stdout. */
  log: (record: object) => void;
  /** How many times each timed workload is repeated; the median is reported. */
  repetitions: number;
  /** Figures a later section needs (e.g. the baseline events/s by concurrency). */
  shared: Map<string, number>;
}
