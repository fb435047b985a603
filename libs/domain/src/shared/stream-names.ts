export const issueStream = (issueId: string): string => `issue-${issueId}`;
export const bulletinStream = (bulletinId: string): string => `bulletin-${bulletinId}`;
export const visitStream = (visitId: string): string => `visit-${visitId}`;
/** One responsibility supervisor's coverage result for one month (appended once, at the month's end). */
export const coverageStream = (month: string, supervisorId: string): string => `coverage-${month}-${supervisorId}`;
/** The official working-day calendar, year by year (DESIGN §3.3): one stream for the whole country. */
export const CALENDAR_STREAM = 'calendar-cn';
export const matterStream = (matterId: string): string => `matter-${matterId}`;
/** One complaint/report (举报投诉) and its verification (DESIGN §3.9). */
export const complaintStream = (complaintId: string): string => `complaint-${complaintId}`;
export const activityStream = (activityId: string): string => `activity-${activityId}`;
export const supervisorStream = (supervisorId: string): string => `supervisor-${supervisorId}`;
/** One 问责 case under the 教育督导问责办法 (DESIGN §3.6). */
export const accountabilityStream = (caseId: string): string => `accountability-${caseId}`;
