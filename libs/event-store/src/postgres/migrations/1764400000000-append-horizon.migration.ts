import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APPEND_LOCK } from '../append-horizon';

/**
 * Readers used to stop below the cluster-wide oldest running transaction (pg_snapshot_xmin), so one open
 * transaction in any database of the cluster froze every subscriber. Now only appends to this log in flight hold
 * readers back: every transaction that writes es_events takes a shared advisory lock specific to this log BEFORE
 * its transaction id exists, and a reader asks which lock holders are still running (append-horizon.ts).
 *
 * The lock is taken by a statement trigger, so every writer of es_events is covered (the adapter's two append
 * statements, es_append, bulk loaders). A BEFORE STATEMENT trigger fires before the INSERT evaluates any row —
 * and so before the `tx_id DEFAULT pg_current_xact_id()` (or the identity's nextval) can assign an xid.
 * A transaction that already has an xid when it first writes the log is refused: its xid may be below a horizon
 * a reader has already passed, and its events would be skipped.
 */
export class AppendHorizon1764400000000 implements MigrationInterface {
  name = 'AppendHorizon1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION es_events_enter_append() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('es.append_lock', true) = 'held' THEN
          RETURN NULL;
        END IF;
        IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
          RAISE EXCEPTION 'es_events: an append must be the first write of its transaction'
            USING ERRCODE = '55000',
                  HINT = 'append in a transaction of its own: readers order the log by transaction id';
        END IF;
        PERFORM pg_advisory_xact_lock_shared(${APPEND_LOCK.classId}, ${APPEND_LOCK.objId});
        PERFORM set_config('es.append_lock', 'held', true);
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER es_events_enter_append BEFORE INSERT ON es_events
        FOR EACH STATEMENT EXECUTE FUNCTION es_events_enter_append()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER es_events_enter_append ON es_events`);
    await q.query(`DROP FUNCTION es_events_enter_append()`);
  }
}
