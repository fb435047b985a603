import { Pool, types } from 'pg';

// timestamptz stays a Date; bigint (int8) stays a string so positions and counts never lose precision.
types.setTypeParser(types.builtins.INT8, (value) => value);

export function createPool(url: string, max: number): Pool {
  const pool = new Pool({ connectionString: url, max, application_name: 'supervision-loop' });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return pool;
}
