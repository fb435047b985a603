import { CASE_EVENT_TYPES, evolveCase, initialCaseState, isCaseEvent, nextStatutoryDate, type ActiveCaseState, type CaseState } from '@app/domain';
import { replaceToDos } from '../inbox/to-do-table';
import { batchProjection, type ProjectionTx } from '../projection';
import { caseToDos } from './case-to-dos';

export const ACCOUNTABILITY_REGISTER = 'accountability-register';
export const CASE_PREFIX = 'accountability-';

/**
 * GET /accountability-cases: the register of cases, open ones with their next statutory date, decisions by measure,
 * subject and year. Persons' names stay in the vault: the stored state holds them protected, the row only counts them.
 */
export const accountabilityRegisterProjection = batchProjection({
  name: ACCOUNTABILITY_REGISTER,
  // 2: and each open case's next step for the inbox (case_to_dos)
  version: 2,
  handles: CASE_EVENT_TYPES,
  streamPrefixes: [CASE_PREFIX],
  tables: ['accountability_cases', 'case_to_dos'],
  async applyBatch(tx: ProjectionTx, events) {
    const table = tx.table('accountability_cases');
    const mine = events.filter((e) => e.stream.startsWith(CASE_PREFIX) && isCaseEvent(e));
    if (mine.length === 0) return;
    const ids = [...new Set(mine.map((e) => e.stream.slice(CASE_PREFIX.length)))];
    const existing = await tx.query<{ case_id: string; version: number; state: CaseState }>(`SELECT case_id, version, state FROM ${table} WHERE case_id = ANY($1::text[])`, [ids]);
    const folded = new Map(existing.rows.map((r) => [r.case_id, { version: r.version, state: r.state, changed: false }]));
    for (const event of mine) {
      const id = event.stream.slice(CASE_PREFIX.length);
      const entry = folded.get(id) ?? { version: 0, state: initialCaseState, changed: false };
      if (event.version <= entry.version) continue;
      folded.set(id, { version: event.version, state: evolveCase(entry.state, event as never), changed: true });
    }
    const changed = [...folded.entries()].filter(([, e]) => e.changed && e.state.stage !== 'initial');
    const rows = changed.map(([id, e]) => toRow(id, e.version, e.state as ActiveCaseState));
    if (rows.length === 0) return;
    await replaceToDos(tx, tx.table('case_to_dos'), changed.map(([id]) => id), changed.flatMap(([id, e]) => caseToDos(id, e.state)));
    await tx.query(
      `INSERT INTO ${table} AS t (case_id, number, region_id, unit_id, unit_name, subject_unit_ids, unit_subjects, person_subjects, issue_ids, stage, opened_at,
          next_clock, next_due_at, missed_windows, decided_at, decision_year, doc_number, measures, aggravated, version, state)
       SELECT r.case_id, r.number, r.region_id, r.unit_id, u.name, r.subject_unit_ids, r.unit_subjects, r.person_subjects, r.issue_ids, r.stage, r.opened_at,
          r.next_clock, r.next_due_at, r.missed_windows, r.decided_at, r.decision_year, r.doc_number, r.measures, r.aggravated, r.version, r.state
         FROM jsonb_to_recordset($1::jsonb) AS r(case_id text, number text, region_id text, unit_id text, subject_unit_ids text[], unit_subjects integer,
          person_subjects integer, issue_ids text[], stage text, opened_at timestamptz, next_clock text, next_due_at timestamptz, missed_windows integer,
          decided_at timestamptz, decision_year integer, doc_number text, measures text[], aggravated boolean, version integer, state jsonb)
         LEFT JOIN registry_units u ON u.id = r.unit_id
       ON CONFLICT (case_id) DO UPDATE SET stage = EXCLUDED.stage, next_clock = EXCLUDED.next_clock, next_due_at = EXCLUDED.next_due_at,
          missed_windows = EXCLUDED.missed_windows, decided_at = EXCLUDED.decided_at, decision_year = EXCLUDED.decision_year, doc_number = EXCLUDED.doc_number,
          measures = EXCLUDED.measures, aggravated = EXCLUDED.aggravated, version = EXCLUDED.version, state = EXCLUDED.state
        WHERE t.version < EXCLUDED.version`,
      [JSON.stringify(rows)],
    );
  },
});

function toRow(caseId: string, version: number, s: ActiveCaseState) {
  const open = s.stage !== 'archived' && s.stage !== 'dismissed';
  const next = open ? nextStatutoryDate(s) : null;
  const decidedAt = s.decision?.issuedAt ?? null;
  return {
    case_id: caseId, number: s.number ?? null, region_id: s.regionId, unit_id: s.subjects[0]?.unitId ?? null,
    subject_unit_ids: [...new Set(s.subjects.map((x) => x.unitId))], unit_subjects: s.subjects.filter((x) => x.kind === 'unit').length,
    person_subjects: s.subjects.filter((x) => x.kind === 'person').length, issue_ids: s.issueIds, stage: s.stage, opened_at: s.openedAt,
    next_clock: next?.clock ?? null, next_due_at: next?.dueAt ?? null, missed_windows: s.clocks.filter((c) => c.state === 'missed').length,
    decided_at: decidedAt, decision_year: decidedAt ? Number(new Date(Date.parse(decidedAt) + 8 * 3_600_000).toISOString().slice(0, 4)) : null,
    doc_number: s.decision?.docNumber ?? null, measures: [...new Set((s.decision?.measures ?? []).map((m) => m.measure))],
    aggravated: (s.opinion?.aggravating ?? []).length > 0, version, state: s,
  };
}
