/** The words of the domain in both languages, for exported files (the UI has its own copy in apps/web/src/i18n). */
export type Lang = 'zh' | 'en';

/** 问责案件 steps in the inbox (projections/accountability-register/case-to-dos.ts). */
const CASE_TO_DOS: Record<string, [string, string]> = {
  case_investigate: ['问责案件待组成调查组', 'Case: form the investigation group'], case_facts: ['问责案件待认定事实', 'Case: determine the facts'],
  case_notice: ['问责案件待告知', 'Case: serve facts and proposal'], case_statement: ['问责案件待陈述申辩', 'Case: statement and defence'],
  case_opinion: ['问责案件待形成意见', 'Case: form the opinion'], case_approval: ['问责案件待审定', 'Case: approve the decision'],
  case_decision: ['问责案件待作出决定', 'Case: issue the decision'], case_measures: ['问责措施待执行或移送', 'Case: measures to execute or refer'],
  case_review: ['问责复核待决定', 'Case: review to decide'], case_appeal: ['问责申诉待决定', 'Case: appeal to decide'],
  evaluation_self: ['督政评估待自评', 'Evaluation: self-evaluate'], evaluation_review: ['督政评估待复核', 'Evaluation: review'],
  evaluation_publish: ['督政评估报告待发布', 'Evaluation: publish the report'],
};

const WORDS: Record<string, Record<string, [string, string]>> = {
  status: {
    open: ['待整改', 'Open'], rectifying: ['限时整改', 'Rectifying'], awaiting_recheck: ['待复查', 'Awaiting recheck'],
    rectified: ['已整改', 'Rectified'], closed: ['已销号', 'Closed'], withdrawn: ['已撤销', 'Withdrawn'],
  },
  severity: { general: ['一般', 'General'], serious: ['较重', 'Serious'], major: ['严重', 'Major'] },
  reminder: { urge: ['催办', 'Urged'], supervise: ['督办', 'Supervised'], none: ['无', 'None'] },
  accountability: { decided: ['已问责', 'Decided'], required: ['待问责', 'Required'], none: ['不涉及', 'Not required'] },
  alertKind: {
    due_soon: ['即将到期', 'Due soon'], overdue: ['逾期', 'Overdue'], reminder: ['催办/督办', 'Reminder'],
    coverage_missed: ['月度督导未覆盖', 'Monthly visit missed'], extension_requested: ['延期申请待审批', 'Extension to decide'],
    recheck_overdue: ['复查超期', 'Recheck overdue'], look_back_overdue: ['回头看超期', 'Look-back overdue'],
    visit_report_overdue: ['督导报告逾期', 'Visit report overdue'], training_short: ['培训学时不足', 'Training hours short'],
    interview_due: ['应予约谈', 'Interview due'], accountability_proposed: ['建议通报批评并问责', 'Criticism and accountability proposed'],
    deadline_recomputed: ['期限重算', 'Deadline recomputed'], clock_failed: ['期限时钟故障', 'Deadline clock failed'],
    complaint_due_soon: ['举报投诉即将到核实期限', 'Complaint verification due soon'], complaint_overdue: ['举报投诉核实逾期', 'Complaint verification overdue'],
    matter_overdue: ['督查事项逾期', 'Matter overdue'], matter_reminder: ['督查事项催办/督办', 'Matter reminder'],
  },
  visitKind: {
    routine: ['经常性督导（挂牌）', 'Routine'], special: ['专项督导', 'Special'], comprehensive: ['综合督导', 'Comprehensive'],
    unannounced: ['暗访', 'Unannounced'], complaint: ['举报核实', 'Complaint check'],
  },
  visitMethod: {
    briefing: ['听取汇报', 'Briefing'], lesson_observation: ['随机听课', 'Lesson observation'], campus_tour: ['巡视校园', 'Campus tour'],
    document_review: ['查阅资料', 'Document review'], meeting_attendance: ['列席会议', 'Sitting in on a meeting'], interviews: ['座谈走访', 'Discussions and visits'],
    questionnaire: ['问卷调查', 'Questionnaire'], team_huddle: ['小组碰头', 'Team huddle'], feedback_session: ['集中反馈', 'Feedback to the school'],
  },
  scope: { internal: ['内部通报', 'Internal'], public: ['公开通报', 'Public'] },
  reportScope: { internal: ['内部发布', 'Internal'], public: ['向社会公开', 'Public'] },
  measure: {
    public_criticism: ['公开批评', 'Public criticism'], interview: ['约谈', 'Interview'], bulletin_notice: ['督导通报', 'Bulletin notice'],
    resource_adjustment: ['资源调整', 'Resource adjustment'], administrative_penalty: ['行政处罚', 'Administrative penalty'],
    ordered_self_examination: ['责令检查', 'Ordered self-examination'], notified_criticism: ['通报批评', 'Notified criticism'],
    organisational_handling: ['组织处理', 'Organisational handling'], disciplinary_sanction: ['处分', 'Disciplinary sanction'], referral: ['移交', 'Referral'],
  },
  recheckOutcome: { passed: ['复查通过', 'Passed'], failed: ['复查未通过', 'Failed'] },
  bulletinStatus: { draft: ['草稿', 'Draft'], published: ['已发布', 'Published'] },
  bulletinKind: { problems: ['问题通报', 'Problems'], rectification: ['整改情况通报', 'Rectification status'], commendation: ['表扬通报', 'Commendation'] },
  yesNo: { yes: ['是', 'Yes'], no: ['否', 'No'] },
  numberKind: {
    issue: ['问题', 'Issue'], order: ['整改通知', 'Rectification order'], bulletin: ['督导通报', 'Bulletin'],
    activity: ['督导活动', 'Supervision activity'], notice: ['督导通知书', 'Notice'], letter: ['督导意见书', 'Opinion letter'],
    evaluation: ['督政评价报告', 'Evaluation report'],
  },
  caseStage: {
    opened: ['已立案', 'Opened'], investigating: ['调查中', 'Investigating'], facts_determined: ['已认定事实', 'Facts determined'],
    notice_served: ['已告知，待陈述申辩', 'Notice served'], heard: ['已听取陈述申辩', 'Statement heard'], opinion_formed: ['已形成问责意见', 'Opinion formed'],
    approved: ['已审定', 'Approved'], decided: ['已作出决定', 'Decided'], dismissed: ['不予问责', 'Dismissed'], archived: ['已归档', 'Archived'],
  },
  caseClock: {
    investigation: ['组成调查组（60日）', 'Investigation group (60 days)'], statement: ['陈述申辩（5个工作日）', 'Statement (5 working days)'],
    review_request: ['申请复核（30日）', 'Review request (30 days)'], review_decision: ['复核决定（30日）', 'Review decision (30 days)'],
    appeal_filing: ['提出申诉（15日）', 'Appeal (15 days)'], appeal_decision: ['申诉决定（60日）', 'Appeal decision (60 days)'], correction: ['纠正（15日）', 'Correction (15 days)'],
  },
  toDo: {
    order: ['待下达整改', 'Order rectification'], rectify: ['待我整改', 'To rectify'], extension: ['待我审批延期', 'Extension to decide'],
    recheck: ['待我复查', 'To recheck'], accountability: ['待问责决定', 'Accountability to decide'], report: ['待通报', 'To report in a bulletin'],
    close: ['待销号', 'Ready to close'],
    matter_to_assign: ['督查事项待交办', 'Matter to assign'], matter_to_handle: ['督查事项待办理', 'Matter to handle'],
    matter_extension: ['督查事项延期待审批', 'Matter extension to decide'], matter_to_review: ['督查事项待审核', 'Matter to review'],
    matter_to_close: ['督查事项待办结', 'Matter to close'], matter_to_assist: ['督查事项待协办', 'Matter to assist'],
    interview: ['待约谈', 'Interview due'], criticism: ['待通报批评', 'Criticism bulletin due'], lookBack: ['待回头看', 'Look-back due'],
    complaint_assign: ['待分派投诉', 'Complaint to assign'], complaint_verify: ['待核实投诉', 'Complaint to verify'],
    complaint_reply: ['待答复投诉人', 'Complainant to answer'], complaint_close: ['待办结投诉', 'Complaint to close'],
    ...CASE_TO_DOS,
  },
  // 督查事项 (DESIGN §3.7)
  matterStatus: {
    registered: ['已立项', 'Registered'], assigned: ['办理中', 'Being handled'], submitted: ['待审核', 'Submitted'],
    returned: ['已退办', 'Sent back'], accepted: ['已审结', 'Accepted'], closed: ['已办结', 'Closed'],
  },
  evaluationStatus: { launched: ['待自评', 'Awaiting self-evaluation'], self_evaluated: ['待复核', 'Under review'], concluded: ['已出结论', 'Concluded'] },
  matterTier: { urgent: ['紧急', 'Urgent'], normal: ['一般', 'Normal'], difficult: ['疑难', 'Difficult'] },
  matterSource: {
    superior_assignment: ['上级交办', 'Assigned by a superior'], meeting_decision: ['会议议定', 'Meeting decision'],
    leader_instruction: ['领导批示', "Leader's instruction"], public_report: ['群众反映', 'Reported by the public'], other: ['其他', 'Other'],
  },
  complaintStatus: { received: ['待分派', 'Received'], assigned: ['核实中', 'Verifying'], verified: ['已核实', 'Verified'], closed: ['已办结', 'Closed'] },
  complaintChannel: { hotline: ['12345热线', '12345 hotline'], mailbox: ['督导信箱', 'Mailbox'], letter: ['来信', 'Letter'], online: ['网上举报', 'Online'], visit: ['来访', 'Visit'] },
  verificationOutcome: { substantiated: ['属实', 'Substantiated'], partly: ['部分属实', 'Partly substantiated'], unsubstantiated: ['不属实', 'Unsubstantiated'] },
};

export function word(lang: Lang, group: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const entry = WORDS[group]?.[value];
  return entry ? entry[lang === 'en' ? 1 : 0] : value;
}

/** An instant as Beijing time, YYYY-MM-DD HH:mm (or the date alone). */
export function beijing(instant: string | Date | null | undefined, dateOnly = false): string {
  if (!instant) return '';
  const ms = instant instanceof Date ? instant.getTime() : Date.parse(instant);
  if (Number.isNaN(ms)) return '';
  const text = new Date(ms + 8 * 3_600_000).toISOString().replace('T', ' ');
  return dateOnly ? text.slice(0, 10) : text.slice(0, 16);
}
