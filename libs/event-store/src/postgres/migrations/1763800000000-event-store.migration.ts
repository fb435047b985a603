import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event log. The global order is (tx_id, position): a reader only reads rows whose transaction id is below
 * the oldest transaction still running (pg_snapshot_xmin), so a transaction that took a lower position but
 * commits late can never be skipped. Appends run as one function call = one round trip and one commit.
 */
export class EventStore1763800000000 implements MigrationInterface {
  name = 'EventStore1763800000000';

  async up(q: QueryRunner): Promise<void> {
    // No primary key on position: identity already makes it unique, and readers go through (tx_id, position).
    await q.query(`
      CREATE TABLE es_events (
        position     bigint GENERATED ALWAYS AS IDENTITY,
        tx_id        xid8 NOT NULL DEFAULT pg_current_xact_id(),
        stream       text NOT NULL,
        version      integer NOT NULL,
        type         text NOT NULL,
        data         jsonb NOT NULL,
        metadata     jsonb NOT NULL,
        command_id   text NOT NULL,
        recorded_at  timestamptz NOT NULL,
        hash         text NOT NULL,
        prev_hash    text NOT NULL,
        CONSTRAINT es_events_stream_version PRIMARY KEY (stream, version)
      )`);
    await q.query(`CREATE UNIQUE INDEX es_events_global_order ON es_events (tx_id, position)`);
    await q.query(`CREATE INDEX es_events_command ON es_events (stream, command_id)`);
    // Optimistic concurrency comes from the (stream, version) key: of two writers at the same version, the
    // second fails with a unique violation (23505), which the adapter reports as a conflict. No row locks,
    // no stream table to update: one round trip, one commit, one heap row per event.
    await q.query(`
      CREATE FUNCTION es_append(
        p_stream text, p_expected integer, p_command_id text, p_fingerprint text,
        p_types text[], p_data jsonb[], p_metadata jsonb[], p_payloads text[], p_recorded_at timestamptz
      ) RETURNS TABLE (status text, version integer, tx_id xid8, positions bigint[], hashes text[], first_prev_hash text)
      LANGUAGE plpgsql AS $$
      DECLARE
        v_version integer;
        v_hash text;
        v_fingerprint text;
        v_prev text;
        v_position bigint;
        v_positions bigint[] := '{}';
        v_hashes text[] := '{}';
        v_first_prev text;
        i integer;
      BEGIN
        SELECT e.version, e.hash INTO v_version, v_hash
          FROM es_events e WHERE e.stream = p_stream ORDER BY e.version DESC LIMIT 1;
        IF NOT FOUND THEN
          v_version := 0;
          v_hash := encode(sha256(convert_to('stream:' || p_stream, 'UTF8')), 'hex');
        ELSE
          SELECT e.metadata->>'commandFingerprint' INTO v_fingerprint
            FROM es_events e WHERE e.stream = p_stream AND e.command_id = p_command_id ORDER BY e.version LIMIT 1;
          IF FOUND THEN
            RETURN QUERY SELECT CASE WHEN v_fingerprint IS DISTINCT FROM p_fingerprint
                                     THEN 'key_reused' ELSE 'replayed' END, v_version, NULL::xid8, NULL::bigint[], NULL::text[], NULL::text;
            RETURN;
          END IF;
        END IF;

        IF p_expected >= 0 AND v_version <> p_expected THEN
          RETURN QUERY SELECT 'conflict'::text, v_version, NULL::xid8, NULL::bigint[], NULL::text[], NULL::text;
          RETURN;
        END IF;

        FOR i IN 1 .. coalesce(array_length(p_types, 1), 0) LOOP
          v_prev := v_hash;
          v_first_prev := coalesce(v_first_prev, v_prev);
          v_hash := encode(sha256(convert_to(v_prev || p_payloads[i], 'UTF8')), 'hex');
          v_version := v_version + 1;
          INSERT INTO es_events (stream, version, type, data, metadata, command_id, recorded_at, hash, prev_hash)
            VALUES (p_stream, v_version, p_types[i], p_data[i], p_metadata[i], p_command_id, p_recorded_at, v_hash, v_prev)
            RETURNING es_events.position INTO v_position;
          v_positions := v_positions || v_position;
          v_hashes := v_hashes || v_hash;
        END LOOP;
        RETURN QUERY SELECT 'appended'::text, v_version, pg_current_xact_id_if_assigned(), v_positions, v_hashes, v_first_prev;
      END
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION es_append`);
    await q.query(`DROP TABLE es_events`);
  }
}
