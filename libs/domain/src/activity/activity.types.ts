import type { VisitMethod } from '../visit/visit.types';

/** 联合视导 joint (a responsibility zone's team), 专项督导 special, 综合督导 comprehensive (DESIGN §3.5). */
export type ActivityKind = 'joint' | 'special' | 'comprehensive';
export const ACTIVITY_KINDS: readonly ActivityKind[] = ['joint', 'special', 'comprehensive'];

/** Special and comprehensive supervision follow the full procedure of 条例 arts. 16–23. */
export const isFormalActivity = (kind: ActivityKind): boolean => kind === 'special' || kind === 'comprehensive';

/** 条例 art. 16: special and comprehensive supervision by a team of at least three supervisors. */
export const MIN_FORMAL_TEAM = 3;
/** The school's statement and defence on the preliminary opinion: 10 working days (Shanghai 21). */
export const STATEMENT_WORKING_DAYS = 10;

export type { PublicationScope } from '../shared/publication-scope';

export interface TeamMember {
  supervisorId: string;
  /** the matters (category codes) this member looks at */
  matters: string[];
}

/** One member's finding on one matter at one school: 成绩与亮点, 问题, 建议. */
export interface SiteFinding {
  supervisorId: string;
  matter: string;
  highlights: string;
  problems: string;
  suggestions: string;
}

export interface SiteVisit {
  date: string;
  methods: VisitMethod[];
  findings: SiteFinding[];
  recordedBy: string;
  recordedAt: string;
}
