import type { InboxItem } from '../inbox/inbox-item';

export interface EvaluationRow {
  evaluation_id: string; unit_id: string; region_id: string; year: number; status: string; team: string[] | null;
  self_due_at: Date | string | null; launched_at: Date | string; published_scope: string | null; unit_name: string | null;
}

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

/**
 * What a 督政 evaluation waits for, and from whom (each kind starts with `evaluation_`, the subject is the evaluation):
 *   evaluation_self     launched: the government's self-evaluation (due: its date)   the government's users
 *   evaluation_review   self-evaluated: the indicators to review                      each team member (by name), coordinators
 *   evaluation_publish  concluded, the report not yet published                       coordinators
 */
export function evaluationToDos(row: EvaluationRow): InboxItem[] {
  const base = {
    subjectId: row.evaluation_id, unitId: row.unit_id, regionId: row.region_id, number: null, severity: null,
    title: `${row.unit_name ?? row.unit_id} ${row.year}`, since: iso(row.launched_at)!, dueAt: null as string | null,
  };
  switch (row.status) {
    case 'launched':
      return [{ ...base, kind: 'evaluation_self', audience: 'role:unit', dueAt: iso(row.self_due_at) }];
    case 'self_evaluated':
      return [...(row.team ?? []).map((id) => `user:${id}`), 'role:coordinator'].map((audience) => ({ ...base, kind: 'evaluation_review', audience }));
    case 'concluded':
      return row.published_scope ? [] : [{ ...base, kind: 'evaluation_publish', audience: 'role:coordinator' }];
    default:
      return [];
  }
}
