// shared
export { DomainError, DOMAIN_ERROR_TITLES, isDomainError } from './shared/domain-error';
export type { DomainErrorCode, FieldError } from './shared/domain-error';
export { ACTOR_ROLES } from './shared/actor';
export type { Actor, ActorRole } from './shared/actor';
export type { DecisionContext } from './shared/decision-context';
export type { UnitFacts } from './shared/unit-facts';
export { DEFAULT_POLICY, DEFAULT_CATEGORIES } from './shared/policy';
export type { Policy } from './shared/policy';
export { issueStream, bulletinStream, visitStream, coverageStream, CALENDAR_STREAM, activityStream, supervisorStream, accountabilityStream, complaintStream } from './shared/stream-names';
export { isInstant, normalizeInstant } from './shared/instant';

// calendar
export { createWorkdayCalendar } from './calendar/workday-calendar';
export type { WorkdayCalendar, CalendarYearInfo, ProvisionalYears } from './calendar/workday-calendar';
export type { CalendarDay, CalendarSource, CalendarYearData } from './calendar/calendar-year';
export { formatCalendarVersion, parseCalendarVersion } from './calendar/calendar-version';
export type { VersionedYear } from './calendar/calendar-version';
export { loadCnWorkdayCalendar, bundledCalendarYears, BUNDLED_SOURCES } from './calendar/cn-workday-calendar.loader';
export { yearContentHash } from './calendar/calendar-content-hash';
export { statutoryHolidays, PROVISIONAL_SOURCE_TITLE } from './calendar/statutory-holidays';
export type { FestivalDates } from './calendar/statutory-holidays';
export { publishedCalendarYears, provisionalCalendarYear } from './calendar/calendar-years';
export { addCalendarDays, isCalendarDate, yearOf } from './calendar/calendar-date';
export { shanghaiDate, endOfShanghaiDay, startOfShanghaiDay } from './calendar/shanghai-time';
export {
  addWorkingDays,
  subtractWorkingDays,
  nextWorkingDayOnOrAfter,
  workingDaysBefore,
  workingDaysAfter,
  workingDaysBetween,
} from './calendar/working-days';
export { computeDeadline, latestAllowedDeadline } from './calendar/deadline';
export type { DeadlineRule, DeadlineRuleRecord, ComputedDeadline } from './calendar/deadline';
export * from './calendar/calendar.events';
export * from './calendar/calendar.commands';
export * from './calendar/calendar.state';
export { decideCalendar } from './calendar/calendar.decide';
export { evolveCalendar, foldCalendar } from './calendar/calendar.evolve';
export { calendarYearErrors, calendarYearWarnings } from './calendar/calendar-year.validate';
export type { CalendarWarning } from './calendar/calendar-year.validate';

// issue
export * from './issue/issue.types';
export * from './issue/accountability-measures';
export * from './issue/issue.events';
export * from './issue/issue.commands';
export * from './issue/issue.state';
export { evolveIssue, foldIssue } from './issue/issue.evolve';
export { decideIssue } from './issue/issue.decide';
export { upcastIssueEvent } from './issue/issue.upcast';
export { needsOnSiteRecheck } from './issue/recheck.decide';
export { deadlineInForceWasComputed } from './issue/deadline-recompute.decide';

// bulletin
export * from './bulletin/bulletin.events';
export * from './bulletin/bulletin.commands';
export * from './bulletin/bulletin.state';
export * from './bulletin/bulletin.types';
export { decideBulletin } from './bulletin/bulletin.decide';
export { evolveBulletin, foldBulletin } from './bulletin/bulletin.evolve';
export { upcastBulletinEvent } from './bulletin/bulletin.upcast';
export { snapshotIssue } from './bulletin/bulletin-snapshot';
export type { BulletinItem, UnitNames } from './bulletin/bulletin-snapshot';

// visit
export * from './visit/visit.types';
export * from './visit/visit.events';
export * from './visit/visit.commands';
export * from './visit/visit.state';
export { decideVisit } from './visit/visit.decide';
export { evolveVisit, foldVisit } from './visit/visit.evolve';

// monthly visit coverage
export * from './monthly-coverage/coverage.events';
export {
  isMonth,
  shanghaiMonth,
  addMonths,
  endOfShanghaiMonth,
  lastEndedMonth,
  coverageMonthsToCheck,
  missedCoverage,
  groupBySupervisor,
} from './monthly-coverage/monthly-coverage';
export type { CoverageAssignment, CoverageVisit, CoverageMonthPlan } from './monthly-coverage/monthly-coverage';
export * from './monthly-coverage/counted-months';

// personal information (PIPL): which fields are personal, and the audit stream of erasures
export * from './personal-data';
// human-readable document numbers (DESIGN §3.1)
export * from './numbering/numbering.events';
export * from './numbering/numbering.state';
export { decideNumbering, evolveNumbering, foldNumbering } from './numbering/numbering.decide';
export type { ClaimNumber, ReleaseNumber, NumberingCommand } from './numbering/numbering.decide';
export { DEFAULT_NUMBER_PATTERNS, formatDocumentNumber, isNumberPattern, numberingStream, numberingYear } from './numbering/number-format';

// 督查事项 (DESIGN §3.7)
export * from './matter';
export { matterStream } from './shared/stream-names';

// 督政: indicator frameworks and evaluations of governments (DESIGN §3.7)
export * from './evaluation';
// complaints (举报投诉, DESIGN §3.9)
export * from './complaint/complaint.types';
export * from './complaint/complaint.events';
export * from './complaint/complaint.commands';
export * from './complaint/complaint.state';
export { decideComplaint } from './complaint/complaint.decide';
export { evolveComplaint, foldComplaint } from './complaint/complaint.evolve';

// 回头看: look-backs scheduled and sampled (DESIGN §3.9)
export { RECHECK_DUE_WORKING_DAYS, MAJOR_LOOK_BACK_MONTHS, monthsAfter } from './issue/look-back.decide';
export { SAMPLE_ALGORITHM, drawSample, seededRandom, sampleSize, canonicalPopulation } from './look-back/look-back-sample';
export { isQuarter, quarterOf, quarterBounds, nextQuarter } from './look-back/quarter';
export * from './look-back/look-back-sample.decide';
// supervision activities (DESIGN §3.5)
export * from './activity/activity.types';
export * from './activity/activity.commands';
export * from './activity/activity.events';
export * from './activity/activity.state';
export type { ActivityContext, ActivityFacts } from './activity/activity-context';
export { decideActivity } from './activity/activity.decide';
export { evolveActivity, foldActivity } from './activity/activity.evolve';

// supervisors' duties (DESIGN §3.5)
export * from './supervisor/supervisor.types';
export * from './supervisor/supervisor.commands';
export * from './supervisor/supervisor.events';
export * from './supervisor/supervisor.state';
export { decideSupervisor } from './supervisor/supervisor.decide';
export { evolveSupervisor, foldSupervisor } from './supervisor/supervisor.evolve';
export * from './supervisor/training-shortfall';
// accountability cases (问责, DESIGN §3.6)
export * from './accountability';
export { assertAccountabilityTargets } from './issue/accountability-targets';
