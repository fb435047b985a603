import type { EvidenceItem } from '../components/evidence-input';

export interface TestPoint { code: string; name: string; points: number }
export interface Indicator { code: string; name: string; maxScore: number; testPoints: TestPoint[] }
export interface Area { code: string; name: string; maxScore: number; indicators: Indicator[] }
export interface Framework { code: string; name: string; version: number; areas: Area[]; gradeBands: { grade: string; minScore: number }[] }

export interface EvaluationRow {
  evaluationId: string;
  unitId: string;
  year: number;
  status: string;
  selfTotal: number | null;
  selfGrade: string | null;
  total: number | null;
  grade: string | null;
  concludedAt: string | null;
  publishedScope: 'internal' | 'public' | null;
  publishedAt: string | null;
  /** the report's document number, given at its first publication */
  reportNumber: string | null;
}

export interface Evaluation {
  evaluationId: string;
  status: 'launched' | 'self_evaluated' | 'concluded';
  version: number;
  framework: Framework;
  subjectUnitId: string;
  year: number;
  selfEvaluationDueAt: string;
  /** the evaluating team's user ids: they review the indicators (and the office's coordinator, who records reviews) */
  team: string[];
  selfEvaluation: { scores: { indicator: string; score: number; narrative: string; evidence?: EvidenceItem[] }[]; total: number; grade: string; problems: string[]; measures: string[] } | null;
  reviews: Record<string, { indicator: string; score: number; findings: string }>;
  conclusion: { total: number; grade: string; selfTotal: number; summary: string; findings: string[] } | null;
  /** once concluded: the report's publication, if any */
  publication?: { scope: 'internal' | 'public'; number?: string; publishedAt: string } | null;
}

export const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
