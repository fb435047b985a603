import { at, codeOf, leader, scenario, supervisor } from '../testing/given';
import type { RecordVisit, VisitCommand } from './visit.commands';
import { decideVisit } from './visit.decide';
import type { VisitEvent } from './visit.events';
import { evolveVisit, foldVisit } from './visit.evolve';
import { initialVisitState, VisitState } from './visit.state';

const givenVisit = scenario<VisitCommand, VisitEvent, VisitState>({ decide: decideVisit, evolve: evolveVisit, initialState: initialVisitState });
const NOW = '2026-03-02T08:00:00Z';
const record = (matters = ['safety', 'curriculum']): RecordVisit => ({
  type: 'RecordVisit', visitId: 'v-1', unitId: 'unit-1', regionId: 'county-a', kind: 'routine', date: '2026-03-02', matters, notes: '挂牌督导',
});

describe('RecordVisit', () => {
  it('records a visit by the acting supervisor', () => {
    const outcome = givenVisit([]).when(record(), at(NOW, supervisor));
    expect(outcome.events).toEqual([
      {
        type: 'VisitRecorded',
        data: { visitId: 'v-1', unitId: 'unit-1', regionId: 'county-a', kind: 'routine', date: '2026-03-02', matters: ['safety', 'curriculum'], notes: '挂牌督导', supervisorId: 'sup01', recordedAt: NOW,
          methods: [], durationDays: 1, onSiteFeedback: '', highlights: '', problems: '', suggestions: '', reportDueAt: '2026-03-05T15:59:59.000Z' },
      },
    ]);
    expect(outcome.after).toMatchObject({ status: 'recorded', version: 1 });
  });

  it('UNKNOWN_CATEGORY for a matter that is not a category', () => {
    expect(codeOf(givenVisit([]).when(record(['safety', 'astrology']), at(NOW)))).toBe('UNKNOWN_CATEGORY');
  });

  it('ALREADY_EXISTS when recorded twice', () => {
    const recorded = givenVisit([]).when(record(), at(NOW)).events!;
    expect(codeOf(givenVisit(recorded).when(record(), at(NOW)))).toBe('ALREADY_EXISTS');
    expect(foldVisit(recorded).status).toBe('recorded');
  });
});

describe('RecordVisit: no future dates (decided on the Shanghai date of context.now)', () => {
  const on = (date: string): RecordVisit => ({ ...record(), date });

  it('VISIT_DATE_IN_FUTURE for a date after today in Asia/Shanghai', () => {
    const outcome = givenVisit([]).when(on('2027-08-15'), at('2026-11-30T08:00:00Z'));
    expect(codeOf(outcome)).toBe('VISIT_DATE_IN_FUTURE');
    expect(outcome.error!.errors).toEqual([{ field: 'date', message: expect.stringContaining('2026-11-30') }]);
  });

  it('accepts today in Shanghai even when UTC is still on the day before', () => {
    // 2026-11-30T16:30Z is 00:30 on 1 December in Shanghai
    expect(codeOf(givenVisit([]).when(on('2026-12-01'), at('2026-11-30T16:30:00Z')))).toBe('ACCEPTED');
    expect(codeOf(givenVisit([]).when(on('2026-12-01'), at('2026-11-30T15:59:59Z')))).toBe('VISIT_DATE_IN_FUTURE');
  });

  it('accepts a date in the past', () => {
    expect(codeOf(givenVisit([]).when(on('2026-02-27'), at(NOW)))).toBe('ACCEPTED');
  });
});

describe('RecordVisit: the visit record (督导记录) — flow, duration, findings', () => {
  const full: RecordVisit = {
    ...record(),
    methods: ['feedback_session', 'briefing', 'lesson_observation', 'briefing'],
    durationDays: 0.5,
    onSiteFeedback: ' 当场反馈：消防通道需清理 ',
    highlights: '课后服务有特色',
    problems: '消防通道堵塞',
    suggestions: '建立巡查台账',
  };

  it('records the flow items once each in the order of the flow, the duration and the findings (trimmed)', () => {
    const [event] = givenVisit([]).when(full, at(NOW)).events!;
    expect(event.data).toMatchObject({
      methods: ['briefing', 'lesson_observation', 'feedback_session'],
      durationDays: 0.5,
      onSiteFeedback: '当场反馈：消防通道需清理',
      highlights: '课后服务有特色',
      problems: '消防通道堵塞',
      suggestions: '建立巡查台账',
    });
  });

  it('VISIT_RECORD_INVALID for a method that is not a flow item', () => {
    expect(codeOf(givenVisit([]).when({ ...full, methods: ['briefing', 'picnic' as never] }, at(NOW)))).toBe('VISIT_RECORD_INVALID');
  });

  it('VISIT_RECORD_INVALID for a duration that is not half a day to ten days in halves', () => {
    for (const durationDays of [0, -1, 0.3, 10.5, Number.NaN]) {
      expect(codeOf(givenVisit([]).when({ ...full, durationDays }, at(NOW)))).toBe('VISIT_RECORD_INVALID');
    }
    expect(codeOf(givenVisit([]).when({ ...full, durationDays: 10 }, at(NOW)))).toBe('ACCEPTED');
  });

  it('folds a visit recorded before the full record existed (no methods, no findings)', () => {
    const old = { type: 'VisitRecorded' as const, data: { visitId: 'v-0', unitId: 'unit-1', regionId: 'county-a', kind: 'routine' as const, date: '2025-10-09', matters: [], notes: '', supervisorId: 'sup01', recordedAt: NOW } };
    expect(foldVisit([old])).toMatchObject({ status: 'recorded', visitId: 'v-0', version: 1 });
  });
});

describe('SubmitVisitReport: due 3 working days after the visit (DESIGN §3.5)', () => {
  const report: VisitCommand = { type: 'SubmitVisitReport', visitId: 'v-1', report: '督导报告：总体良好' };
  // 1–7 October 2026 is the National Day holiday and Saturday 10 October a make-up working day: 8, 9, 10 October
  const recorded = () => givenVisit([]).when({ ...record(), date: '2026-09-30' }, at('2026-09-30T08:00:00Z')).events!;

  it('computes the due time on the working-day calendar and records a report on time', () => {
    const [event] = recorded();
    expect(event.data).toMatchObject({ reportDueAt: '2026-10-10T15:59:59.000Z' });
    expect((event.data as { reportDueAt?: string }).reportDueAt).toBe('2026-10-10T15:59:59.000Z');
    const outcome = givenVisit(recorded()).when(report, at('2026-10-10T15:00:00Z'));
    expect(outcome.events![0].data).toMatchObject({ late: false, dueAt: '2026-10-10T15:59:59.000Z', report: '督导报告：总体良好' });
    expect(outcome.after).toMatchObject({ report: { late: false } });
  });

  it('records a report after the due time as late', () => {
    expect(givenVisit(recorded()).when(report, at('2026-10-10T16:00:00Z')).events![0].data).toMatchObject({ late: true });
  });

  it('only the visiting supervisor reports, once', () => {
    expect(codeOf(givenVisit(recorded()).when(report, at('2026-10-09T02:00:00Z', leader)))).toBe('INVALID_TRANSITION');
    const done = [...recorded(), ...givenVisit(recorded()).when(report, at('2026-10-09T02:00:00Z')).events!];
    expect(codeOf(givenVisit(done).when(report, at('2026-10-09T03:00:00Z')))).toBe('ALREADY_EXISTS');
    expect(codeOf(givenVisit([]).when(report, at(NOW)))).toBe('NOT_FOUND');
  });
});

describe('MarkVisitReportOverdue: the clock marks a missing report once, after its due time', () => {
  const mark: VisitCommand = { type: 'MarkVisitReportOverdue', visitId: 'v-1' };
  const recorded = () => givenVisit([]).when({ ...record(), date: '2026-09-30' }, at('2026-09-30T08:00:00Z')).events!;

  it('marks nothing before the due time, once after it, and nothing once the report came', () => {
    expect(givenVisit(recorded()).when(mark, at('2026-10-10T15:59:59Z')).events).toEqual([]);
    const marked = givenVisit(recorded()).when(mark, at('2026-10-10T16:00:00Z'));
    expect(marked.events).toEqual([{ type: 'VisitReportOverdue', data: expect.objectContaining({ visitId: 'v-1', dueAt: '2026-10-10T15:59:59.000Z', supervisorId: 'sup01' }) }]);
    expect(givenVisit([...recorded(), ...marked.events!]).when(mark, at('2026-10-12T00:00:00Z')).events).toEqual([]);
    const reported = [...recorded(), ...givenVisit(recorded()).when({ type: 'SubmitVisitReport', visitId: 'v-1', report: 'r' }, at('2026-10-09T00:00:00Z')).events!];
    expect(givenVisit(reported).when(mark, at('2026-10-12T00:00:00Z')).events).toEqual([]);
  });
});
