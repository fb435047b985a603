import type { DemoScene, DemoStage } from '../demo-stage';
import { demoCounty } from './demo-county';
import { IssueStory, type StoryDef } from './issue-story';

type Fate =
  | 'open' | 'rectifying' | 'dueSoon' | 'overdueUrge' | 'overdueSupervise' | 'awaitingRecheck' | 'rectified' | 'closed'
  | 'closedLookBack' | 'failedTwice' | 'overdueDecided' | 'extensionPending' | 'extensionApproved' | 'withdrawn';

/** [unit, category, severity, title, fate, registration day]; hazard for the safety ones. */
const STORIES: [string, string, StoryDef['severity'], string, Fate, number][] = [
  ['u-001', 'safety', 'serious', '消防通道堆放杂物', 'closed', 4],
  ['u-003', 'canteen_hygiene', 'general', '食堂留样记录不完整', 'closed', 6],
  ['u-007', 'student_burden', 'general', '部分班级书面作业量超标', 'closedLookBack', 5],
  ['u-012', 'curriculum', 'general', '未开足开齐音乐美术课程', 'closed', 9],
  ['u-021', 'management', 'general', '财务公示不及时', 'closed', 11],
  ['u-026', 'teachers', 'serious', '教师有偿补课问题线索', 'closed', 14],
  ['u-033', 'safety', 'major', '实验室危化品台账不全', 'overdueDecided', 8],
  ['u-040', 'student_burden', 'general', '课后服务时长超出规定', 'closed', 33],
  ['u-045', 'ethos', 'general', '学风建设计划未落实', 'closed', 36],
  ['u-052', 'canteen_hygiene', 'serious', '学生宿舍消毒记录缺失', 'failedTwice', 7],
  ['u-059', 'safety', 'serious', '校门口隔离护栏破损', 'overdueSupervise', 12],
  ['u-064', 'enrolment_fees', 'general', '违规收取教辅资料费', 'overdueUrge', 30],
  ['u-070', 'curriculum', 'general', '劳动教育课程未落实', 'overdueUrge', 34],
  ['u-077', 'management', 'general', '校务公开栏信息陈旧', 'awaitingRecheck', 52],
  ['u-081', 'policy', 'general', '思政课课时不足', 'awaitingRecheck', 56],
  ['u-002', 'safety', 'serious', '教学楼应急照明损坏', 'awaitingRecheck', 58],
  ['u-005', 'canteen_hygiene', 'general', '饮水设备滤芯未按期更换', 'rectified', 48],
  ['u-015', 'teachers', 'general', '新教师岗前培训记录缺失', 'rectified', 50],
  ['u-024', 'student_burden', 'general', '体育课被其他学科挤占', 'rectifying', 66],
  ['u-030', 'curriculum', 'general', '课表与实际授课不一致', 'rectifying', 70],
  ['u-038', 'management', 'general', '招生简章未按规定报备', 'dueSoon', 77],
  ['u-047', 'safety', 'serious', '校车安全检查记录缺失', 'extensionPending', 62],
  ['u-055', 'ethos', 'general', '校园文化建设滞后', 'extensionApproved', 44],
  ['u-061', 'enrolment_fees', 'general', '择校生登记不规范', 'open', 78],
  ['u-068', 'policy', 'general', '德育工作计划缺失', 'open', 80],
  ['u-004', 'student_burden', 'general', '睡眠管理制度未公示', 'open', 81],
  ['u-085', 'teachers', 'general', '师德考核档案不完整', 'withdrawn', 20],
  ['u-090', 'safety', 'general', '围墙局部开裂未设警示', 'closed', 17],
  ['u-b01', 'safety', 'general', '操场跑道破损', 'rectifying', 60],
  ['u-b03', 'canteen_hygiene', 'general', '食堂从业人员健康证过期', 'closed', 10],
];

const BULLETINS = [
  { key: 'b1', day: 45, title: '关于第一批督导问题整改情况的通报', scope: 'public' as const },
  { key: 'b2', day: 76, title: '关于第二批督导问题整改及问责情况的通报', scope: 'internal' as const },
];

/**
 * The semester's issues in every state of the loop — open, ordered, due soon, overdue and escalated, reported, rechecked,
 * failed twice, held accountable, reported in bulletins and closed, withdrawn — each through the real command path.
 */
export const issuesScene: DemoScene = {
  name: 'issues',
  plan(stage: DemoStage) {
    const county = demoCounty();
    const toReport: { story: IssueStory; fate: Fate; region: string }[] = [];
    STORIES.forEach(([unitId, category, severity, title, fate, day], index) => {
      const story = new IssueStory(stage, county, {
        key: `${index + 1}`, unitId, category, severity, hazard: category === 'safety', title,
        detail: `${title}。经督学现场查看核实，情况属实，需限期整改。`,
      });
      plan(stage, story, fate, day);
      if (['closed', 'closedLookBack', 'overdueDecided', 'rectified'].includes(fate)) toReport.push({ story, fate, region: unitId.startsWith('u-b') ? 'nb' : 'demo' });
    });
    // Bulletins report each result after it was reached; the closed ones close the day after publication.
    for (const region of ['demo', 'nb']) {
      const author = region === 'demo' ? 'coordinator' : 'coordinatorb';
      let previous = '';
      for (const bulletin of BULLETINS) {
        const publishAt = stage.day(bulletin.day, 15);
        const period = { from: (previous || stage.day(0, 9)).slice(0, 10), to: stage.day(bulletin.day - 1, 9).slice(0, 10) };
        const listed = toReport.filter(({ story, fate, region: r }) => r === region && fate !== 'rectified' && story.resultAt && story.resultAt > previous && story.resultAt < stage.day(bulletin.day - 1, 9));
        previous = stage.day(bulletin.day - 1, 9);
        if (listed.length === 0) continue;
        const bulletinId = stage.id(`bulletin|${region}|${bulletin.key}`);
        stage.at(stage.day(bulletin.day, 10), author, `draft ${region} ${bulletin.key}`, (send) =>
          send.draftBulletin(bulletinId, {
            kind: 'rectification', title: bulletin.title, period, issueIds: listed.map((l) => l.story.id),
            body: `根据督导工作安排，现将${period.from}至${period.to}期间督导发现问题的整改情况通报如下。请各相关学校对照通报内容，举一反三，健全长效机制，确保整改到位。`,
          }),
        );
        stage.at(publishAt, author, `publish ${region} ${bulletin.key}`, (send) => send.publishBulletin(bulletinId, bulletin.scope));
        stage.at(stage.plusHours(publishAt, 0.05), 'system', `results ${region} ${bulletin.key}`, (send) => send.reportResults(bulletinId));
        for (const { story, fate } of listed) {
          story.close(stage.day(bulletin.day + 1, 10));
          if (fate === 'closedLookBack') story.lookBack(stage.day(bulletin.day + 20, 10));
        }
      }
    }
    // A draft listing the results still to report: the coordinator's 待通报 stays true.
    const pending = toReport.filter(({ fate }) => fate === 'rectified').map(({ story }) => story.id);
    const draftId = stage.id('bulletin|demo|b3');
    stage.at(stage.day(82, 16), 'coordinator', 'draft demo b3', (send) => send.draftBulletin(draftId, {
      kind: 'rectification', title: '关于第三批督导问题整改情况的通报（草稿）', period: null, issueIds: pending, body: '（草稿）现将近期复查通过的问题整改情况通报如下。',
    }));
  },
};

function plan(stage: DemoStage, story: IssueStory, fate: Fate, day: number): void {
  const at = (d: number, hour = 10) => stage.day(day + d, hour);
  story.register(at(0, 9)).feedback(at(0, 11));
  if (fate === 'open') return;
  if (fate === 'withdrawn') {
    story.withdraw(at(3));
    return;
  }
  const deadline = story.order(at(1), { kind: 'workingDays', days: fate === 'dueSoon' ? 6 : fate.startsWith('overdue') ? 5 : 10 });
  // A step `days` after registration, but at the latest the working day before the deadline.
  const beforeDeadline = (days: number) => (at(days) < stage.dayOf(deadline, -1) ? at(days) : stage.dayOf(deadline, -1, 15));
  switch (fate) {
    case 'rectifying':
      return;
    case 'dueSoon':
      story.escalate(deadline, 'due_soon');
      return;
    case 'overdueUrge':
      story.escalate(deadline, 'overdue').escalate(deadline, 'urge');
      return;
    case 'overdueSupervise':
      story.escalate(deadline, 'overdue').escalate(deadline, 'urge').escalate(deadline, 'supervise');
      return;
    case 'extensionPending':
      story.requestExtension(beforeDeadline(5), stage.plusHours(deadline, 24 * 14));
      return;
    case 'extensionApproved': {
      const extended = stage.plusHours(deadline, 24 * 10);
      story.requestExtension(beforeDeadline(5), extended).decideExtension(beforeDeadline(6), true);
      story.report(stage.dayOf(deadline, 7));
      return;
    }
    case 'overdueDecided': {
      story.escalate(deadline, 'overdue').escalate(deadline, 'urge');
      const late = stage.dayOf(deadline, 4);
      story.report(late).recheck(stage.dayOf(deadline, 6, 15), 'passed');
      story.decideAccountability(stage.dayOf(deadline, 7, 16), ['interview', 'public_criticism'], '逾期未完成整改，依据《教育督导问责办法》第七条，对学校予以约谈并公开批评。');
      return;
    }
    case 'failedTwice': {
      story.report(beforeDeadline(6)).recheck(beforeDeadline(8), 'failed');
      const second = story.order(at(16), { kind: 'workingDays', days: 10 });
      story.report(stage.dayOf(second, -3)).recheck(stage.dayOf(second, -1, 15), 'failed');
      story.decideAccountability(stage.dayOf(second, 2, 16), ['interview'], '两次复查不合格，依据《教育督导问责办法》对学校进行约谈。');
      story.order(stage.dayOf(second, 3), { kind: 'workingDays', days: 15 });
      return;
    }
    default: {
      // awaitingRecheck, rectified, closed, closedLookBack: the school reports in time
      const reported = beforeDeadline(6);
      story.report(reported);
      if (fate !== 'awaitingRecheck') story.recheck(stage.dayOf(reported, 2, 15), 'passed');
    }
  }
}
