/** 督政 indicator framework (DESIGN §3.7): area (一级指标) → indicator (二级指标) → test point (测评要点), each with points. */
export interface TestPoint {
  code: string;
  name: string;
  points: number;
}
export interface Indicator {
  code: string;
  name: string;
  maxScore: number;
  testPoints: TestPoint[];
}
export interface IndicatorArea {
  code: string;
  name: string;
  maxScore: number;
  indicators: Indicator[];
}
/** A grade and the least total that earns it, e.g. 履职到位 from 90. */
export interface GradeBand {
  grade: string;
  minScore: number;
}
export interface FrameworkDefinition {
  code: string;
  name: string;
  areas: IndicatorArea[];
  gradeBands: GradeBand[];
}

/** What is wrong with a framework (empty when it is sound): every maximum is the sum of what is below it; 100 in all. */
export function frameworkErrors(framework: FrameworkDefinition): string[] {
  const errors: string[] = [];
  const codes = new Set<string>();
  const unique = (code: string) => {
    if (!code || codes.has(code)) errors.push(`code '${code}' is empty or used twice`);
    codes.add(code);
  };
  if (!framework || typeof framework !== 'object') return ['a framework is an object'];
  if (typeof framework.code !== 'string' || !/^[a-z0-9-]{2,40}$/.test(framework.code)) errors.push('code: 2 to 40 lowercase letters, digits or dashes');
  if (typeof framework.name !== 'string' || !framework.name.trim()) errors.push('name: required');
  const shapeOk = Array.isArray(framework.areas) && Array.isArray(framework.gradeBands)
    && framework.areas.every((a) => a && typeof a.maxScore === 'number' && Array.isArray(a.indicators)
      && a.indicators.every((i) => i && typeof i.maxScore === 'number' && Array.isArray(i.testPoints) && i.testPoints.every((p) => p && typeof p.points === 'number')))
    && framework.gradeBands.every((b) => b && typeof b.grade === 'string' && typeof b.minScore === 'number');
  if (!shapeOk) return [...errors, 'areas → indicators → testPoints with numeric maxScore/points, and gradeBands {grade, minScore}'];
  if (!framework.areas.length) errors.push('at least one area');
  for (const area of framework.areas ?? []) {
    unique(area.code);
    const indicators = area.indicators ?? [];
    if (!indicators.length) errors.push(`area ${area.code}: at least one indicator`);
    const sum = indicators.reduce((s, i) => s + i.maxScore, 0);
    if (sum !== area.maxScore) errors.push(`area ${area.code}: indicators add up to ${sum}, not ${area.maxScore}`);
    for (const indicator of indicators) {
      unique(indicator.code);
      const points = (indicator.testPoints ?? []).reduce((s, p) => s + p.points, 0);
      if (!indicator.testPoints?.length || points !== indicator.maxScore) errors.push(`indicator ${indicator.code}: test points add up to ${points}, not ${indicator.maxScore}`);
      for (const point of indicator.testPoints ?? []) unique(point.code);
    }
  }
  const total = (framework.areas ?? []).reduce((s, a) => s + a.maxScore, 0);
  if (total !== 100) errors.push(`the areas add up to ${total}, not 100`);
  const bands = framework.gradeBands ?? [];
  if (!bands.length || !bands.some((b) => b.minScore === 0)) errors.push('grade bands must cover 0');
  if (new Set(bands.map((b) => b.grade)).size !== bands.length) errors.push('a grade appears twice');
  return errors;
}

export const indicatorsOf = (framework: Pick<FrameworkDefinition, 'areas'>): Indicator[] => framework.areas.flatMap((a) => a.indicators);

/** The grade a total earns: the band with the highest minimum at or below it. */
export function gradeFor(total: number, bands: readonly GradeBand[]): string {
  const band = [...bands].sort((a, b) => b.minScore - a.minScore).find((b) => total >= b.minScore);
  return band?.grade ?? '';
}

/** A total from scores (one decimal, as the seeds print them): never typed by a person. */
export const totalOf = (scores: readonly { score: number }[]): number => Math.round(scores.reduce((s, x) => s + x.score, 0) * 10) / 10;
