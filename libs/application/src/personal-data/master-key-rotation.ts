import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { decidePersonalDataAudit, initialPersonalDataAuditState, PERSONAL_DATA_AUDIT_STREAM, type Actor } from '@app/domain';
import { appendInTransaction, beginAppendingTransaction } from '@app/event-store/postgres/postgres-rechain';
import { unwrapKey, wrapKey } from './personal-data.codec';
import { deriveMasterKeys } from './master-key';

const SETTINGS_KEYS = ['index_key', 'fingerprint_key', 'signing_key'] as const;

/**
 * Re-wraps every live data key and the vault's own keys from the previous master key to the new one, in one
 * transaction, and records PersonalDataMasterKeyRotated. Afterwards the previous master key can be destroyed: then a
 * backup taken before an erasure holds a wrapped key nobody can unwrap any more. Run with the services stopped (they
 * hold the previous key) and restart them with the new PII_MASTER_KEY.
 */
export async function rotateMasterKey(pool: Pool, previous: Buffer, next: Buffer, options: { actor: Actor; now: string }): Promise<{ fromKeyId: string; toKeyId: string; keys: number }> {
  const from = deriveMasterKeys(previous);
  const to = deriveMasterKeys(next);
  if (from.id === to.id) throw new Error('the new master key is the previous one');
  const client = await pool.connect();
  try {
    await beginAppendingTransaction(client);
    const settings = (await client.query(`SELECT master_key_id, index_key, fingerprint_key, signing_key FROM pii_settings WHERE id FOR UPDATE`)).rows[0] as Record<string, string> | undefined;
    if (!settings) throw new Error('the vault holds nothing yet: there is nothing to rotate');
    if (settings.master_key_id !== from.id) throw new Error(`the previous key (id ${from.id}) is not the one protecting this database (id ${settings.master_key_id})`);
    const rewrapped: Record<string, string> = {};
    for (const column of SETTINGS_KEYS) {
      const purpose = `settings:${column.replace(/_key$/, '')}`;
      const key = unwrapKey(from.kek, purpose, settings[column]);
      if (!key) throw new Error(`${column} does not unwrap with the previous key`);
      rewrapped[column] = wrapKey(to.kek, purpose, key);
    }
    await client.query(`UPDATE pii_settings SET master_key_id = $1, index_key = $2, fingerprint_key = $3, signing_key = $4 WHERE id`, [to.id, rewrapped.index_key, rewrapped.fingerprint_key, rewrapped.signing_key]);
    const rows = (await client.query(`SELECT subject_ref, wrapped_key, master_key_id FROM pii_keys FOR UPDATE`)).rows as Array<{ subject_ref: string; wrapped_key: string; master_key_id: string }>;
    for (const row of rows) {
      if (row.master_key_id !== from.id) throw new Error(`the data key of ${row.subject_ref} is wrapped by key ${row.master_key_id}, not by the previous key`);
      const key = unwrapKey(from.kek, row.subject_ref, row.wrapped_key);
      if (!key) throw new Error(`the data key of ${row.subject_ref} does not unwrap with the previous key`);
      await client.query(`UPDATE pii_keys SET wrapped_key = $2, master_key_id = $3 WHERE subject_ref = $1`, [row.subject_ref, wrapKey(to.kek, row.subject_ref, key), to.id]);
    }
    const result = { fromKeyId: from.id, toKeyId: to.id, keys: rows.length };
    const events = decidePersonalDataAudit({ type: 'RecordMasterKeyRotation', ...result }, initialPersonalDataAuditState, { now: options.now, actor: options.actor });
    const commandId = `personal-data-rotation:${from.id}:${to.id}`;
    await appendInTransaction(client, PERSONAL_DATA_AUDIT_STREAM, events, { commandId, correlationId: commandId, causationId: null, actor: options.actor, recordedAt: options.now, eventIds: events.map(() => randomUUID()) });
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
