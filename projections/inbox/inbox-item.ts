/** One thing waiting for someone. Later features add kinds by adding a source (complaints, look-backs, matters, …). */
export interface InboxItem {
  /** 'role:<role>' (everyone of that role whose jurisdiction covers the unit) or 'user:<id>' (one person) */
  audience: string;
  kind: string;
  subjectId: string;
  unitId: string;
  regionId: string;
  number: string | null;
  title: string;
  severity: string | null;
  dueAt: string | null;
  since: string;
}

export const itemKey = (item: Pick<InboxItem, 'audience' | 'kind' | 'subjectId'>) => `${item.audience}\u0000${item.kind}\u0000${item.subjectId}`;
