import { workingDaysAfter, workingDaysBefore, type DeadlineRule } from '@app/domain';
import type { DemoStage } from '../demo-stage';
import { demoEvidence } from '../demo-ids';
import type { DemoCounty } from './demo-county';

export interface StoryDef {
  key: string;
  unitId: string;
  category: string;
  severity: 'general' | 'serious' | 'major';
  hazard?: boolean;
  title: string;
  detail: string;
}

/** One issue's steps through the loop, scheduled on the stage as its people would take them. */
export class IssueStory {
  readonly id: string;
  readonly supervisor: string;
  readonly school: string;
  private orders = 0;
  /** the instant of its latest passed recheck or accountability decision (what a bulletin must come after) */
  resultAt: string | null = null;

  constructor(
    private readonly stage: DemoStage,
    private readonly county: DemoCounty,
    readonly def: StoryDef,
  ) {
    this.id = stage.id(`issue|${def.key}`);
    this.supervisor = county.supervisorOf(def.unitId);
    this.school = county.unitUser(def.unitId);
  }

  register(at: string, source: 'visit' | 'complaint' = 'visit'): this {
    const { unitId, category, severity, hazard, title, detail } = this.def;
    this.stage.at(at, this.supervisor, `register ${this.def.key}`, (send) =>
      send.registerIssue(this.id, {
        unitId, category, severity, safetyHazard: hazard ?? false, title, description: detail, source: { kind: source },
        evidence: [demoEvidence(`${title}-现场照片.jpg`)],
      }),
    );
    return this;
  }

  feedback(at: string): this {
    return this.step(at, this.supervisor, 'feedback', { type: 'FeedBackIssue', note: '已当场向学校反馈问题，要求立即研究整改措施。', channel: 'on_site' });
  }

  /** Orders rectification and answers the deadline the decider will compute. */
  order(at: string, rule: DeadlineRule, requirements = '按要求限期整改到位，并报送整改情况及佐证材料。'): string {
    this.orders += 1;
    const deadline = this.stage.deadline(at, rule);
    this.step(at, this.supervisor, `order${this.orders}`, { type: 'OrderRectification', requirements, deadline: rule });
    return deadline;
  }

  escalate(deadline: string, level: 'due_soon' | 'overdue' | 'urge' | 'supervise'): this {
    const orderNo = this.orders;
    const calendar = this.stage.calendar;
    if (level === 'due_soon') return this.step(this.stage.plusHours(workingDaysBefore(deadline, 3, calendar), 1), 'system', `due-soon${orderNo}`, { type: 'MarkDueSoon', orderNo });
    if (level === 'overdue') return this.step(this.stage.plusHours(deadline, 1), 'system', `overdue${orderNo}`, { type: 'MarkOverdue', orderNo });
    if (level === 'urge') return this.step(this.stage.plusHours(deadline, 1.1), 'system', `urge${orderNo}`, { type: 'IssueReminder', orderNo, level: 'urge' });
    return this.step(this.stage.plusHours(workingDaysAfter(deadline, 5, calendar), 1), 'system', `supervise${orderNo}`, { type: 'IssueReminder', orderNo, level: 'supervise' });
  }

  report(at: string, measures = '已制定整改方案，落实责任人，问题已整改到位，相关制度已建立并上墙。'): this {
    return this.step(at, this.school, `report${this.orders}`, {
      type: 'ReportRectification', measures, evidence: [demoEvidence(`${this.def.title}-整改后照片.jpg`), demoEvidence(`${this.def.title}-整改报告.pdf`)],
    });
  }

  recheck(at: string, outcome: 'passed' | 'failed'): this {
    if (outcome === 'passed') this.resultAt = at;
    const findings = outcome === 'passed' ? '实地查看，整改措施落实到位，同意销号前通报。' : '实地查看，整改不彻底，需重新整改。';
    return this.step(at, this.supervisor, `recheck${this.orders}`, { type: 'ConductRecheck', method: 'on_site', outcome, findings, evidence: [demoEvidence(`${this.def.title}-复查记录.jpg`)] });
  }

  requestExtension(at: string, proposedDeadline: string): this {
    return this.step(at, this.school, `extension${this.orders}`, { type: 'RequestExtension', proposedDeadline, reason: '所需设备采购周期较长，申请适当延期。' });
  }

  decideExtension(at: string, approved: boolean): this {
    return this.step(at, this.supervisor, `extension-decision${this.orders}`, { type: 'DecideExtension', approved, note: approved ? '同意延期，请按期完成。' : '不同意延期。' });
  }

  decideAccountability(at: string, measures: string[], basis: string): this {
    this.resultAt = at;
    return this.step(at, 'leader', 'accountability', {
      type: 'DecideAccountability', targets: [{ kind: 'unit', name: this.county.unitName(this.def.unitId), unitId: this.def.unitId }], measures, basis,
    });
  }

  close(at: string): this {
    return this.step(at, this.supervisor, 'close', { type: 'CloseIssue', note: '三项条件均已满足，予以销号。' });
  }

  lookBack(at: string): this {
    return this.step(at, this.supervisor, 'look-back', { type: 'ConductLookBack', outcome: 'sustained', findings: '回头看：整改成效保持良好。' });
  }

  withdraw(at: string): this {
    return this.step(at, 'coordinator', 'withdraw', { type: 'WithdrawIssue', reason: '经核实，该问题系误报，予以撤销。' });
  }

  private step(at: string, user: string, name: string, command: Record<string, unknown> & { type: string }): this {
    this.stage.at(at, user, `${name} ${this.def.key}`, (send) => send.issue(this.id, command));
    return this;
  }
}
