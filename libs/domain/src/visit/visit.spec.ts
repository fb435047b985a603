import { at, codeOf, scenario, supervisor } from '../testing/given';
import type { VisitCommand } from './visit.commands';
import { decideVisit } from './visit.decide';
import type { VisitEvent } from './visit.events';
import { evolveVisit, foldVisit } from './visit.evolve';
import { initialVisitState, VisitState } from './visit.state';

const givenVisit = scenario<VisitCommand, VisitEvent, VisitState>({ decide: decideVisit, evolve: evolveVisit, initialState: initialVisitState });
const NOW = '2026-03-02T08:00:00Z';
const record = (matters = ['safety', 'curriculum']): VisitCommand => ({
  type: 'RecordVisit', visitId: 'v-1', unitId: 'unit-1', regionId: 'county-a', kind: 'routine', date: '2026-03-02', matters, notes: '挂牌督导',
});

describe('RecordVisit', () => {
  it('records a visit by the acting supervisor', () => {
    const outcome = givenVisit([]).when(record(), at(NOW, supervisor));
    expect(outcome.events).toEqual([
      {
        type: 'VisitRecorded',
        data: { visitId: 'v-1', unitId: 'unit-1', regionId: 'county-a', kind: 'routine', date: '2026-03-02', matters: ['safety', 'curriculum'], notes: '挂牌督导', supervisorId: 'sup01', recordedAt: NOW,
          methods: [], durationDays: 1, onSiteFeedback: '', highlights: '', problems: '', suggestions: '' },
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
  const on = (date: string): VisitCommand => ({ ...record(), date });

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
  const full: VisitCommand = {
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
