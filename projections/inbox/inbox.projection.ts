import { ISSUE_EVENT_TYPES, MATTER_EVENT_TYPES } from '@app/domain';
import { batchProjection, type ProjectionTx } from '../projection';
import { foldIssueBatch, ISSUE_PREFIX } from '../shared/issue-state-batch';
import { itemKey, type InboxItem } from './inbox-item';
import { issueToDos } from './issue-to-dos';
import { foldMatterBatch, MATTER_PREFIX } from '../matter-register/matter-state-batch';
import { matterToDos } from './matter-to-dos';
import { replaceToDos } from './to-do-table';

export const INBOX = 'inbox';

/**
 * GET /inbox: each person's to-dos, kept as rows and counts. A subject's items are recomputed from its folded state on
 * every event (the set before vs after), so a later source (complaints, look-backs) adds kinds with its own fold.
 */
export const inboxProjection = batchProjection({
  name: INBOX,
  // 2: 待约谈 and 待通报批评 (the ladder past 督办, issue #15); 3: and the 督查事项 to-dos (#16); 4: 待协办 for assisting units
  version: 4,
  handles: [...ISSUE_EVENT_TYPES, ...MATTER_EVENT_TYPES],
  streamPrefixes: [ISSUE_PREFIX, MATTER_PREFIX],
  tables: ['inbox_items', 'inbox_counts', 'inbox_issue_states', 'inbox_matter_states'],
  async applyBatch(tx: ProjectionTx, events) {
    await applyMatters(tx, events);
    const states = tx.table('inbox_issue_states');
    const folded = await foldIssueBatch(tx, states, events, true);
    if (folded.length === 0) return;
    await tx.query(
      `INSERT INTO ${states} AS t (issue_id, version, state) SELECT r.issue_id, r.version, r.state
         FROM jsonb_to_recordset($1::jsonb) AS r(issue_id text, version integer, state jsonb)
       ON CONFLICT (issue_id) DO UPDATE SET version = EXCLUDED.version, state = EXCLUDED.state WHERE t.version < EXCLUDED.version`,
      [JSON.stringify(folded.map(({ issueId, version, state }) => ({ issue_id: issueId, version, state })))],
    );
    const before = folded.flatMap(({ issueId, before: b }) => issueToDos(issueId, b));
    const after = folded.flatMap(({ issueId, state }) => issueToDos(issueId, state));
    await replaceToDos(tx, tx.table('inbox_items'), folded.map((f) => f.issueId), after);
    await applyCounts(tx, before, after);
  },
});

/** 督查事项 to-dos, the same way: the matter's folded state before and after, items and counts from both. */
async function applyMatters(tx: ProjectionTx, events: Parameters<typeof foldMatterBatch>[2]): Promise<void> {
  const states = tx.table('inbox_matter_states');
  const folded = await foldMatterBatch(tx, states, events);
  if (folded.length === 0) return;
  await tx.query(
    `INSERT INTO ${states} AS t (matter_id, version, state) SELECT r.matter_id, r.version, r.state
       FROM jsonb_to_recordset($1::jsonb) AS r(matter_id text, version integer, state jsonb)
     ON CONFLICT (matter_id) DO UPDATE SET version = EXCLUDED.version, state = EXCLUDED.state WHERE t.version < EXCLUDED.version`,
    [JSON.stringify(folded.map(({ matterId, version, state }) => ({ matter_id: matterId, version, state })))],
  );
  const before = folded.flatMap(({ matterId, before: b }) => matterToDos(matterId, b));
  const after = folded.flatMap(({ matterId, state }) => matterToDos(matterId, state));
  await replaceToDos(tx, tx.table('inbox_items'), folded.map((f) => f.matterId), after);
  await applyCounts(tx, before, after);
}

/** Exact deltas: the item sets before and after come from the states read in this transaction. */
async function applyCounts(tx: ProjectionTx, before: InboxItem[], after: InboxItem[]): Promise<void> {
  const deltas = new Map<string, { audience: string; unit_id: string; kind: string; region_id: string; n: number }>();
  const add = (item: InboxItem, n: number) => {
    const key = `${item.audience}\u0000${item.unitId}\u0000${item.kind}`;
    const entry = deltas.get(key) ?? { audience: item.audience, unit_id: item.unitId, kind: item.kind, region_id: item.regionId, n: 0 };
    entry.n += n;
    deltas.set(key, entry);
  };
  const afterKeys = new Set(after.map(itemKey));
  const beforeKeys = new Set(before.map(itemKey));
  for (const item of before) if (!afterKeys.has(itemKey(item))) add(item, -1);
  for (const item of after) if (!beforeKeys.has(itemKey(item))) add(item, +1);
  const rows = [...deltas.values()].filter((d) => d.n !== 0);
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO ${tx.table('inbox_counts')} AS c (audience, unit_id, kind, region_id, n)
     SELECT audience, unit_id, kind, region_id, n FROM jsonb_to_recordset($1::jsonb) AS r(audience text, unit_id text, kind text, region_id text, n integer)
     ON CONFLICT (audience, unit_id, kind) DO UPDATE SET n = c.n + EXCLUDED.n`,
    [JSON.stringify(rows)],
  );
}
