/** A bulletin as GET /bulletins/:id and GET /public/bulletins/:id answer it (DESIGN §3.4). */
export interface BulletinDocItem {
  issueId?: string;
  number: string | null;
  unitName: string | null;
  category: string;
  severity: string;
  safetyHazard?: boolean;
  title: string;
  status: string;
  deadline: string | null;
  overdue: boolean;
  rectificationSummary?: string | null;
  reportedLate?: boolean | null;
  recheckOutcome?: 'passed' | 'failed' | null;
  recheckMethod?: string | null;
  accountabilityMeasures?: string[];
  accountabilityUnits?: Array<{ kind: 'unit' | 'person'; unitName: string | null }>;
}

export interface BulletinDoc {
  bulletinId: string;
  number: string | null;
  kind: 'problems' | 'rectification' | 'commendation';
  title: string;
  period: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  body: string;
  regionName: string | null;
  issueIds?: string[];
  status: 'draft' | 'published';
  scope: 'internal' | 'public' | null;
  draftedAt?: string;
  publishedAt: string | null;
  version?: number;
  items: BulletinDocItem[] | null;
  preview?: BulletinDocItem[] | null;
  categoryNames: Record<string, { zh: string; en: string }>;
}
