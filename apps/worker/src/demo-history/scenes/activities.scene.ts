import type { DemoScene, DemoStage } from '../demo-stage';
import { demoCounty } from './demo-county';

const JOINT_SCHOOLS = ['u-001', 'u-002', 'u-003'];
const dateOf = (instant: string) => new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * Supervision work (DESIGN §3.5): zone 1's joint visit (联合视导) of three schools from the plan to its published
 * reports, with the canteen problem found at one ordered rectified before the opinion letter; a special supervision of
 * zone 2's canteens under way (team, written notice, site visit, preliminary opinion); every supervisor's training
 * hours this year (some short of 40) and one declared conflict of interest.
 */
export const activitiesScene: DemoScene = {
  name: 'activities',
  plan(stage: DemoStage) {
    const joint = stage.id('joint');
    const send = (at: string, user: string, label: string, command: Record<string, unknown> & { type: string }, id = joint) =>
      stage.at(at, user, label, (s) => s.activity(id, command));

    demoCounty().data.supervisors.filter((s) => s.regionId === 'r-demo-county').forEach((supervisor, i) => {
      stage.at(stage.day(8 + (i % 5), 15), 'coordinator', `training ${supervisor.id}`, (s) =>
        s.supervisor(supervisor.id, { type: 'RecordTraining', trainingId: stage.id(`training|${supervisor.id}`), date: dateOf(stage.day(6)), course: '责任督学集中培训（市级）', hours: i % 4 === 0 ? 16 : 40 }),
      );
    });
    stage.at(stage.day(9, 11), 'sup07', 'conflict s-07', (s) => s.supervisor('s-07', { type: 'DeclareConflict', unitId: 'u-022', reason: '近亲属任该校校长，申请回避' }));

    // 联合视导: plan, team, three site visits, the problem found, its order, summaries, letters, reports, publication.
    const from = stage.day(20);
    send(stage.day(18, 10), 'coordinator', 'plan joint', {
      type: 'PlanActivity', activityId: joint, regionId: '', kind: 'joint', title: '第一责任区联合视导', matters: ['safety', 'curriculum', 'student_burden', 'canteen_hygiene'],
      targetUnitIds: JOINT_SCHOOLS, from: dateOf(from), to: dateOf(stage.day(24)),
    });
    send(stage.day(18, 11), 'coordinator', 'team joint', {
      type: 'FormTeam', leaderId: 's-01',
      members: [{ supervisorId: 's-01', matters: ['safety', 'canteen_hygiene'] }, { supervisorId: 's-02', matters: ['curriculum', 'student_burden'] }, { supervisorId: 's-03', matters: ['safety'] }],
    });
    JOINT_SCHOOLS.forEach((unitId, i) => {
      const at = stage.day(20 + i, 15);
      send(at, 'sup01', `site ${unitId}`, {
        type: 'RecordSiteVisit', unitId, date: dateOf(at), methods: ['briefing', 'lesson_observation', 'campus_tour', 'document_review', 'interviews', 'team_huddle', 'feedback_session'],
        findings: [
          { supervisorId: 's-01', matter: 'canteen_hygiene', highlights: '食堂证照齐全', problems: unitId === 'u-002' ? '食品留样记录不全' : '', suggestions: '落实留样制度' },
          { supervisorId: 's-02', matter: 'student_burden', highlights: '作业公示到位', problems: '', suggestions: '控制书面作业总量' },
          { supervisorId: 's-03', matter: 'safety', highlights: '安全演练常态化', problems: '', suggestions: '' },
        ],
      });
    });
    const issue = stage.id('joint issue');
    stage.at(stage.day(21, 17), 'sup01', 'joint issue', (s) => s.registerIssue(issue, {
      unitId: 'u-002', category: 'canteen_hygiene', severity: 'general', safetyHazard: false, title: '食品留样记录不全', description: '联合视导发现食堂留样记录缺失三天',
      source: { kind: 'activity', activityId: joint }, evidence: [],
    }));
    stage.at(stage.day(22, 10), 'sup01', 'joint issue order', (s) => s.issue(issue, { type: 'OrderRectification', requirements: '完善食品留样制度并补齐记录', deadline: { kind: 'workingDays', days: 15 } }));
    send(stage.day(24, 16), 'sup02', 'summary s-02', { type: 'SubmitMemberSummary', supervisorId: 's-02', highlights: '课程开齐开足，作业管理规范', problemsAndSuggestions: '建议增加体育活动时间' });
    send(stage.day(24, 17), 'sup03', 'summary s-03', { type: 'SubmitMemberSummary', supervisorId: 's-03', highlights: '安全制度健全', problemsAndSuggestions: '建议加强周边交通安全教育' });
    JOINT_SCHOOLS.forEach((unitId, i) => {
      send(stage.day(26, 10 + i), 'sup01', `letter ${unitId}`, { type: 'IssueOpinionLetter', unitId, evaluation: unitId === 'u-002' ? '总体良好，食堂留样须限期整改' : '总体良好', issueIds: unitId === 'u-002' ? [issue] : [] });
      send(stage.day(28, 10 + i), 'sup01', `report ${unitId}`, { type: 'FinalizeUnitReport', unitId, report: `${demoCounty().unitName(unitId)}视导报告：学校办学行为规范，课程开齐开足，安全管理有序。${unitId === 'u-002' ? '食堂留样记录不全，已下达整改通知。' : ''}` });
    });
    send(stage.day(30, 10), 'coordinator', 'publish joint', { type: 'PublishActivityReport', scope: 'public' });

    // 专项督导 of zone 2's canteens, under way: the team of three, the written notice, the first visit, the opinion.
    const special = stage.id('special');
    send(stage.day(60, 10), 'coordinator', 'plan special', {
      type: 'PlanActivity', activityId: special, regionId: '', kind: 'special', title: '校园食品安全专项督导', matters: ['canteen_hygiene', 'safety'],
      targetUnitIds: ['u-020', 'u-021'], from: dateOf(stage.day(64)), to: dateOf(stage.day(75)),
    }, special);
    send(stage.day(60, 11), 'coordinator', 'team special', { type: 'FormTeam', leaderId: 's-05', members: ['s-05', 's-06', 's-08'].map((supervisorId) => ({ supervisorId, matters: ['canteen_hygiene'] })) }, special);
    send(stage.day(61, 10), 'coordinator', 'notice special', { type: 'SendNotice', content: '根据工作安排，定于近期对你校开展校园食品安全专项督导，请做好准备。' }, special);
    send(stage.day(64, 16), 'coordinator', 'site special', {
      type: 'RecordSiteVisit', unitId: 'u-020', date: dateOf(stage.day(64)), methods: ['briefing', 'campus_tour', 'document_review', 'questionnaire', 'feedback_session'],
      findings: [{ supervisorId: 's-05', matter: 'canteen_hygiene', highlights: '明厨亮灶全覆盖', problems: '', suggestions: '' }],
    }, special);
    send(stage.day(66, 10), 'coordinator', 'preliminary special', { type: 'IssuePreliminaryOpinion', unitId: 'u-020', opinion: '食堂管理规范，未发现突出问题。', issueIds: [] }, special);
  },
};
