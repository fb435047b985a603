import type { ConfigProblem } from './config-error';

/** Document-number patterns by kind, and per region overrides (DESIGN §3.1). `{region}`, `{year}`, `{seq}`. */
export interface NumberPatterns {
  byKind: Record<string, string>;
  byRegion: Record<string, Record<string, string>>;
}

const DEFAULTS: Record<string, string> = {
  issue: '{region}督问〔{year}〕{seq}号',
  order: '督改〔{year}〕{seq}号',
  bulletin: '督通〔{year}〕{seq}号',
  matter: '督查〔{year}〕{seq}号',
  complaint: '{region}督诉〔{year}〕{seq}号',
  // supervision activities (DESIGN §3.5): the activity, its written notice, its opinion letters
  activity: '督导〔{year}〕{seq}号',
  notice: '督导通知〔{year}〕{seq}号',
  letter: '督导意见〔{year}〕{seq}号',
  case: '{region}问责〔{year}〕{seq}号',
  case_decision: '督问决〔{year}〕{seq}号',
  // 督政 (DESIGN §3.7): the published evaluation report
  evaluation: '督评〔{year}〕{seq}号',
};

const validPattern = (value: unknown): value is string => typeof value === 'string' && value.includes('{seq}') && value.length <= 80;

/**
 * NUMBER_PATTERNS='{"issue":"{region}督问〔{year}〕{seq}号","r-demo-county":{"order":"示范督改〔{year}〕{seq}号"}}':
 * a string value sets a kind's pattern everywhere; an object value sets a region's own patterns.
 */
export function readNumberPatterns(raw: string | undefined, problems: ConfigProblem[]): NumberPatterns {
  const patterns: NumberPatterns = { byKind: { ...DEFAULTS }, byRegion: {} };
  if (raw === undefined || raw.trim() === '') return patterns;
  const fail = (message: string) => {
    problems.push({ variable: 'NUMBER_PATTERNS', message });
    return patterns;
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return fail('must be JSON, e.g. {"issue":"{region}督问〔{year}〕{seq}号"}');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return fail('must be a JSON object');
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof value === 'string') {
      if (!validPattern(value)) return fail(`${key}: a pattern must contain {seq} and be at most 80 characters`);
      patterns.byKind[key] = value;
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const own: Record<string, string> = {};
      for (const [kind, pattern] of Object.entries(value as Record<string, unknown>)) {
        if (!validPattern(pattern)) return fail(`${key}.${kind}: a pattern must contain {seq} and be at most 80 characters`);
        own[kind] = pattern;
      }
      patterns.byRegion[key] = own;
    } else {
      return fail(`${key}: must be a pattern string or an object of patterns by kind`);
    }
  }
  return patterns;
}

export function numberPattern(patterns: NumberPatterns, kind: string, regionId: string): string {
  return patterns.byRegion[regionId]?.[kind] ?? patterns.byKind[kind] ?? `${kind}〔{year}〕{seq}号`;
}
