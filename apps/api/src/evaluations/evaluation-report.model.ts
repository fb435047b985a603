import type { EvaluationState } from '@app/domain';
import { chineseDate } from '../documents/document-format';
import { beijing } from '../lists/export-vocabulary';
import type { DocumentBlock, OfficialDocument } from '../documents/official-document.model';

export type ConcludedEvaluation = Extract<EvaluationState, { status: 'concluded' }>;

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const numeral = (n: number) => NUMERALS[n] ?? String(n + 1);
const score = (n: number | undefined) => (n === undefined ? '—' : String(n));
const list = (lines: readonly string[]) => lines.map((line, i) => ({ kind: 'paragraph' as const, text: `${i + 1}. ${line}` }));

/**
 * The published report of a 督政 evaluation (issue #16): the government, year, framework, self-score and grade, the
 * concluded score and grade, a table per area, the findings and the rectification measures. No person is named.
 */
export function evaluationReport(state: ConcludedEvaluation, names: { government: string; region: string }): OfficialDocument {
  const { conclusion, selfEvaluation, framework } = state;
  const selfBy = new Map(selfEvaluation.scores.map((s) => [s.indicator, s.score]));
  const areas: DocumentBlock[] = framework.areas.flatMap((area, n) => {
    const self = area.indicators.reduce((s, i) => s + (selfBy.get(i.code) ?? 0), 0);
    const reviewed = area.indicators.reduce((s, i) => s + (state.reviews[i.code]?.score ?? 0), 0);
    return [
      { kind: 'heading' as const, text: `（${numeral(n)}）${area.name}（满分${area.maxScore}分，自评${round(self)}分，评定${round(reviewed)}分）` },
      {
        kind: 'table' as const,
        columns: ['指标', '分值', '自评得分', '评定得分', '复核意见'],
        widths: [34, 8, 10, 10, 38],
        rows: area.indicators.map((i) => [`${i.code} ${i.name}`, String(i.maxScore), score(selfBy.get(i.code)), score(state.reviews[i.code]?.score), state.reviews[i.code]?.findings || '—']),
      },
    ];
  });
  const evidence = evidenceTable(state);
  const published = state.publication?.publishedAt ?? null;
  return {
    office: `${names.region}人民政府教育督导室`,
    number: state.publication?.number ?? '',
    title: evaluationReportTitle(names.government, state.year),
    subtitle: state.publication ? (state.publication.scope === 'public' ? '向社会公开' : '内部发布') : '未发布（预览）',
    blocks: [
      { kind: 'heading', text: '一、基本情况' },
      {
        kind: 'fields',
        rows: [
          ['被评价单位', names.government],
          ['评价年度', `${state.year}年`],
          ['评价指标体系', `${framework.name}（第${framework.version}版，满分100分）`],
          ['自评得分', `${selfEvaluation.total}分，自评等级：${selfEvaluation.grade}`],
          ['评定得分', `${conclusion.total}分，评定等级：${conclusion.grade}`],
          ['作出结论日期', chineseDate(beijing(conclusion.concludedAt, true))],
        ],
      },
      ...(conclusion.summary.trim() ? [{ kind: 'paragraph' as const, text: conclusion.summary.trim() }] : []),
      { kind: 'heading', text: '二、各项指标得分' },
      ...areas,
      { kind: 'heading', text: '三、发现的主要问题' },
      ...(conclusion.findings.length ? list(conclusion.findings) : [{ kind: 'paragraph' as const, text: '无。' }]),
      ...(selfEvaluation.problems.length ? [{ kind: 'paragraph' as const, text: `自评中查找的问题：${selfEvaluation.problems.join('；')}` }] : []),
      { kind: 'heading', text: '四、整改措施' },
      ...(selfEvaluation.measures.length ? list(selfEvaluation.measures) : [{ kind: 'paragraph' as const, text: '—' }]),
      ...(conclusion.findings.length ? [{ kind: 'paragraph' as const, text: `以上${conclusion.findings.length}个问题已列入督导问题整改闭环，由被评价单位限期整改，督导室跟踪复查。` }] : []),
      { kind: 'heading', text: '五、自评佐证材料' },
      ...(evidence ? [evidence] : [{ kind: 'paragraph' as const, text: '未提交佐证材料。' }]),
    ],
    signature: [`${names.region}人民政府教育督导室`, published ? chineseDate(beijing(published, true)) : ''],
  };
}

/**
 * The files the government gave with its self-evaluation, per indicator: name, size and the start of the SHA-256
 * the service stored them under (a reader holding a copy can check it is the same file).
 */
function evidenceTable(state: ConcludedEvaluation): DocumentBlock | null {
  const names = new Map(state.framework.areas.flatMap((area) => area.indicators.map((i) => [i.code, i.name] as const)));
  const rows = state.selfEvaluation.scores.flatMap((s) =>
    (s.evidence ?? []).map((file) => [`${s.indicator} ${names.get(s.indicator) ?? ''}`.trim(), file.name, size(file.size), file.sha256.slice(0, 16)]),
  );
  if (rows.length === 0) return null;
  return { kind: 'table', columns: ['指标', '材料名称', '大小', 'SHA-256（前16位）'], widths: [34, 34, 10, 22], rows };
}

const size = (bytes: number | undefined) =>
  bytes === undefined ? '—' : bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${round(bytes / 1024)} KB` : `${round(bytes / 1024 / 1024)} MB`;

/** The report's title, as printed and as listed on the public page. */
export const evaluationReportTitle = (government: string, year: number) => `${government}${year}年度履行教育职责督导评价报告`;

const round = (n: number) => Math.round(n * 10) / 10;
