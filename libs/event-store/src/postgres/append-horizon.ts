/**
 * The read horizon of the log: every transaction id below it has finished appending, so a reader may read below it
 * without ever skipping a late commit, and nothing but an append to THIS log still in flight holds it back.
 *
 * Appends take APPEND_LOCK (shared, transaction-level) before their xid exists (the es_events statement trigger).
 * A reader runs HORIZON_SQL in one statement, then reads `tx_id < horizon` in a LATER statement (new snapshot):
 *
 *   horizon H = min(xmax of this statement's snapshot S,
 *                   xid of every lock holder that S saw in progress, as pg_locks ⋈ pg_stat_activity show them)
 *
 * Why nothing below H can appear later: take an appender W with xid X < H ≤ xmax(S). If S saw X completed, W is
 * done. If S saw X in progress, W got X before S was taken, so W took the lock before S and holds it until after
 * its commit is visible (PostgreSQL releases locks after ProcArrayEndTransaction). The lock and activity views are
 * read after S (they are functions evaluated during execution, not MVCC reads): either W still runs then — it is in
 * pg_locks, its backend_xid is X, and H ≤ X, a contradiction — or W has finished before the reader's next
 * statement takes its snapshot. Either order of reading the two views keeps this: a backend seen in one view but
 * on a newer transaction in the other has finished W. An appender whose xid comes after S has X ≥ xmax(S) ≥ H.
 *
 * backend_xid is a 32-bit xid; it is matched to the snapshot's in-progress list (64-bit xid8, all within 2^31 of
 * each other) by its low 32 bits. Locks are per database, so other databases never appear; other tables' writers
 * never take the lock. Two-phase commit is not supported for appends (a prepared transaction has no backend).
 */
export const APPEND_LOCK = { classId: 7_220_000, objId: 1 } as const;

export const HORIZON_SQL = `
  SELECT coalesce(
           (SELECT min(x) FROM pg_snapshot_xip(s.snap) AS x
             WHERE x::text::bigint % 4294967296 IN (
               SELECT a.backend_xid::text::bigint
                 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE l.locktype = 'advisory' AND l.database = d.oid
                  AND l.classid = ${APPEND_LOCK.classId} AND l.objid = ${APPEND_LOCK.objId} AND l.objsubid = 2
                  AND a.backend_xid IS NOT NULL)),
           pg_snapshot_xmax(s.snap))::text AS horizon
    FROM (SELECT pg_current_snapshot() AS snap) AS s
    JOIN pg_database d ON d.datname = current_database()`;
