import { chineseDate } from '../../documents/document-format';
import { beijing, word } from '../../lists/export-vocabulary';

/** One school's supervision report as its files print it (in Chinese): header, number, title, text, findings, date. */
export interface ReportRenderModel {
  office: string;
  number: string;
  title: string;
  subtitle: string;
  school: string;
  letter: string;
  paragraphs: string[];
  highlights: string[];
  problems: string[];
  note: string;
  signedOn: string;
}

interface Finding { supervisorId: string; matter: string; highlights: string; problems: string; suggestions: string }
export interface RenderableActivity {
  number: string | null;
  kind: string;
  title: string;
  from: string;
  to: string;
  publishedAt: string | null;
  state: { units: Record<string, { visits: Array<{ date: string; methods: string[]; findings: Finding[] }>; letter: { letterNumber: string | null } | null; report: { report: string; finalizedAt: string } | null }> };
}

export interface ReportNames {
  region: string;
  school: string;
  matter(code: string): string;
  /** the office's view names the member who found it; the public view never names persons */
  supervisor: ((id: string) => string) | null;
}

const KINDS: Record<string, string> = { joint: '联合视导', special: '专项督导', comprehensive: '综合督导' };

/** The words of a school's report, the same for the PDF and the Word file. */
export function reportRenderModel(activity: RenderableActivity, unitId: string, names: ReportNames): ReportRenderModel {
  const unit = activity.state.units[unitId];
  const findings = unit.visits.flatMap((v) => v.findings);
  const by = (f: Finding) => (names.supervisor ? `（${names.supervisor(f.supervisorId)}）` : '');
  const methods = [...new Set(unit.visits.flatMap((v) => v.methods))].map((m) => word('zh', 'visitMethod', m)).join('、');
  const visited = unit.visits.map((v) => chineseDate(v.date)).join('、');
  const signed = beijing(unit.report?.finalizedAt ?? activity.publishedAt ?? null, true);
  return {
    office: `${names.region}人民政府教育督导室`,
    number: activity.number ?? '',
    title: activity.title,
    subtitle: [`${names.school}督导报告`, KINDS[activity.kind] ?? activity.kind, `${chineseDate(activity.from)}至${chineseDate(activity.to)}`].join('　'),
    school: names.school,
    letter: unit.letter?.letterNumber ? `督导意见书：${unit.letter.letterNumber}` : '',
    paragraphs: [
      ...(visited ? [`督导组于${visited}到${names.school}开展督导${methods ? `，采取${methods}等方式` : ''}。`] : []),
      ...(unit.report?.report ?? '').split(/\n+/).map((p) => p.trim()).filter(Boolean),
    ],
    highlights: findings.filter((f) => f.highlights.trim()).map((f) => `【${names.matter(f.matter)}】${f.highlights.trim()}${by(f)}`),
    problems: findings
      .filter((f) => f.problems.trim() || f.suggestions.trim())
      .map((f) => `【${names.matter(f.matter)}】${[f.problems.trim() && `问题：${f.problems.trim()}`, f.suggestions.trim() && `建议：${f.suggestions.trim()}`].filter(Boolean).join('；')}${by(f)}`),
    note: unit.report ? '' : '（草稿）本校督导报告尚未定稿。',
    signedOn: signed ? chineseDate(signed) : '',
  };
}
