import { clockOf, REFERRAL_ONLY_MEASURES, type ActiveCaseState } from '@app/domain';
import { chineseDate } from '../documents/document-format';
import { beijing, word } from '../lists/export-vocabulary';
import { paragraphsOf, type DocumentBlock, type OfficialDocument } from '../documents/official-document.model';

export type DecidedCase = ActiveCaseState & { decision: NonNullable<ActiveCaseState['decision']> };

const POSITIONS: Record<string, string> = { chair: '主任', vice_chair: '副主任' };
const REFERRED_TO: Record<string, string> = { organisation_department: '组织部门', discipline_inspection: '纪检监察机关', judicial_organ: '司法机关', other: '其他有关机关' };

/**
 * The accountability decision document (问责决定书, 《教育督导问责办法》 chapter 4): the subjects, basic facts, facts,
 * basis, measures, effective date, number and the approver's position. Persons' names come revealed through the
 * personal-data vault ([已删除] once erased); units by their registry names.
 */
export function caseDecisionDocument(state: DecidedCase, names: { region: string; unit(id: string): string }): OfficialDocument {
  const { decision } = state;
  const subjectName = (i: number) => {
    const s = state.subjects[i];
    if (!s) return '—';
    return s.kind === 'unit' ? (names.unit(s.unitId) || s.name) : `${s.name}（${[names.unit(s.unitId), s.position].filter(Boolean).join(' ')}）`;
  };
  const office = `${names.region}人民政府教育督导委员会`;
  const date = (instant: string | undefined) => (instant ? chineseDate(beijing(instant, true)) : '—');
  const measureRows = decision.measures.map((m, i) => {
    const status = state.measureStatus[i];
    const how = status?.done === 'referred' ? `已移送${REFERRED_TO[status.to ?? 'other'] ?? ''}` : status?.done === 'executed' ? '已执行' : REFERRAL_ONLY_MEASURES.includes(m.measure) ? '移送有权机关处理' : '待执行';
    return [String(i + 1), subjectName(m.subject), word('zh', 'measure', m.measure), how];
  });
  const section = (heading: string, text: string): DocumentBlock[] => [{ kind: 'heading', text: heading }, ...paragraphsOf(text).map((t) => ({ kind: 'paragraph' as const, text: t }))];
  return {
    office,
    number: decision.docNumber,
    title: '教育督导问责决定书',
    subtitle: state.number ? `案件编号：${state.number}` : undefined,
    blocks: [
      { kind: 'fields', rows: state.subjects.map((_, i) => ['被问责对象', subjectName(i)] as [string, string]) },
      ...section('一、基本情况', decision.basicFacts),
      ...section('二、问责事实', decision.facts),
      ...section('三、问责依据', decision.basis),
      { kind: 'heading', text: '四、问责措施' },
      { kind: 'table', columns: ['序号', '问责对象', '问责措施', '执行方式'], widths: [8, 42, 22, 28], rows: measureRows },
      { kind: 'heading', text: '五、生效日期' },
      { kind: 'paragraph', text: `本决定自${chineseDate(decision.effectiveDate)}起生效。` },
      { kind: 'heading', text: '六、救济途径' },
      {
        kind: 'paragraph',
        text: `被问责对象对本决定不服的，可自收到本决定之日起30日内（${date(clockOf(state, 'review_request')?.dueAt)}前）向本委员会申请复核，`
          + `也可自收到本决定之日起15日内（${date(clockOf(state, 'appeal_filing')?.dueAt)}前）向上一级教育督导机构提出申诉。复核、申诉期间不停止本决定的执行。`,
      },
    ],
    signature: [office, state.approval ? `（经教育督导委员会${POSITIONS[state.approval.position] ?? state.approval.position}批准）` : '', date(decision.issuedAt)],
  };
}
