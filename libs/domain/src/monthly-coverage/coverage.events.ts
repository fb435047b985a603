/**
 * Timers are events: at a month's end the coverage clock appends one `VisitCoverageMissed` per assigned school the
 * responsible supervisor did not visit that month, on the stream `coverage-<YYYY-MM>-<supervisorId>`.
 */
export type VisitCoverageMissed = {
  type: 'VisitCoverageMissed';
  data: {
    month: string;
    supervisorId: string;
    supervisorName: string | null;
    unitId: string;
    unitName: string | null;
    regionId: string;
    zoneId: string | null;
    /** when the month ended (00:00 Asia/Shanghai on the 1st of the next month) */
    monthEnd: string;
    detectedAt: string;
  };
};

export type CoverageEvent = VisitCoverageMissed;
export const COVERAGE_EVENT_TYPES: readonly CoverageEvent['type'][] = ['VisitCoverageMissed'];
