import { at, codeOf, coordinator, scenario } from '../testing/given';
import type { BulletinCommand } from './bulletin.commands';
import { decideBulletin } from './bulletin.decide';
import type { BulletinEvent } from './bulletin.events';
import { evolveBulletin, foldBulletin } from './bulletin.evolve';
import type { BulletinItem } from './bulletin-snapshot';
import { BulletinState, initialBulletinState } from './bulletin.state';

const givenBulletin = scenario<BulletinCommand, BulletinEvent, BulletinState>({
  decide: decideBulletin,
  evolve: evolveBulletin,
  initialState: initialBulletinState,
});
const NOW = '2026-03-31T02:00:00Z';
const PERIOD = { from: '2026-03-01', to: '2026-03-31' };
const BODY = '现将3月督导发现的问题通报如下。';
const draft = (issueIds = ['i-1', 'i-2', 'i-1'], overrides: Partial<BulletinCommand> = {}): BulletinCommand => ({
  type: 'DraftBulletin', bulletinId: 'b-1', kind: 'problems', title: '2026年3月督导通报', period: PERIOD, body: BODY, issueIds, regionId: 'county-a', ...overrides,
} as BulletinCommand);
const revise = (overrides: object = {}): BulletinCommand => ({
  type: 'ReviseBulletin', kind: 'rectification', title: '关于3月问题整改情况的通报', period: { from: '2026-03-01', to: '2026-04-15' }, body: '修改后的正文', issueIds: ['i-2'], ...overrides,
} as BulletinCommand);
const drafted = () => givenBulletin([]).when(draft(), at(NOW, coordinator)).events!;
const item = (issueId: string, issueVersion = 3): BulletinItem => ({
  issueId, issueVersion, number: null, unitId: 'unit-1', unitName: '第一小学', regionId: 'county-a', category: 'safety', severity: 'general',
  safetyHazard: false, title: '消防通道堵塞', status: 'awaiting_recheck', deadline: '2026-03-09T15:59:59.000Z', overdue: false,
  rectificationSummary: '已清理', reportedLate: false, recheckOutcome: null, recheckMethod: null, recheckedAt: null,
  accountabilityMeasures: [], accountabilityUnits: [],
});
const publish: BulletinCommand = { type: 'PublishBulletin', scope: 'public', items: [item('i-2', 4), item('i-1')] };

describe('DraftBulletin', () => {
  it('drafts with deduplicated issues', () => {
    const outcome = givenBulletin([]).when(draft(), at(NOW, coordinator));
    expect(outcome.events).toEqual([
      {
        type: 'BulletinDrafted',
        data: { bulletinId: 'b-1', kind: 'problems', title: '2026年3月督导通报', period: PERIOD, body: BODY, issueIds: ['i-1', 'i-2'], regionId: 'county-a', draftedAt: NOW, draftedBy: 'coordinator' },
      },
    ]);
    expect(outcome.after).toMatchObject({ status: 'draft', version: 1 });
  });

  it('ALREADY_EXISTS on a second draft', () => {
    expect(codeOf(givenBulletin(drafted()).when(draft(), at(NOW)))).toBe('ALREADY_EXISTS');
  });
});

describe('BULLETIN_EMPTY', () => {
  it('refuses a bulletin without issues', () => {
    expect(codeOf(givenBulletin([]).when(draft([]), at(NOW)))).toBe('BULLETIN_EMPTY');
    expect(codeOf(givenBulletin([]).when(draft([], { kind: 'rectification' }), at(NOW)))).toBe('BULLETIN_EMPTY');
  });
  it('lets a commendation praise in its body alone, but not say nothing', () => {
    expect(givenBulletin([]).when(draft([], { kind: 'commendation' }), at(NOW)).events).toHaveLength(1);
    expect(codeOf(givenBulletin([]).when(draft([], { kind: 'commendation', body: '  ' }), at(NOW)))).toBe('BULLETIN_EMPTY');
  });
});

describe('BULLETIN_PERIOD_INVALID', () => {
  it('takes a period of two real dates, the first not after the second', () => {
    for (const period of [{ from: '2026-04-01', to: '2026-03-31' }, { from: '2026-02-30', to: '2026-03-31' }, { from: '2026-03', to: '2026-03-31' }]) {
      expect(codeOf(givenBulletin([]).when(draft(undefined, { period }), at(NOW)))).toBe('BULLETIN_PERIOD_INVALID');
    }
    expect(givenBulletin([]).when(draft(undefined, { period: { from: '2026-03-31', to: '2026-03-31' } }), at(NOW)).events).toHaveLength(1);
  });
});

describe('ReviseBulletin', () => {
  it('rewrites a draft as a whole, keeping its number', () => {
    const numbered = givenBulletin([]).when(draft(undefined, { number: '督通〔2026〕3号' }), at(NOW, coordinator)).events!;
    const outcome = givenBulletin(numbered).when(revise(), at('2026-04-16T02:00:00Z', coordinator));
    expect(outcome.events).toEqual([
      {
        type: 'BulletinRevised',
        data: { bulletinId: 'b-1', kind: 'rectification', title: '关于3月问题整改情况的通报', period: { from: '2026-03-01', to: '2026-04-15' }, body: '修改后的正文', issueIds: ['i-2'], revisedAt: '2026-04-16T02:00:00Z', revisedBy: 'coordinator' },
      },
    ]);
    expect(outcome.after).toMatchObject({ status: 'draft', number: '督通〔2026〕3号', kind: 'rectification', issueIds: ['i-2'], body: '修改后的正文', version: 2 });
  });
  it('refuses revising a published bulletin, and the same rules as drafting', () => {
    const published = [...drafted(), ...givenBulletin(drafted()).when(publish, at(NOW, coordinator)).events!];
    expect(codeOf(givenBulletin(published).when(revise(), at(NOW)))).toBe('BULLETIN_ALREADY_PUBLISHED');
    expect(codeOf(givenBulletin(drafted()).when(revise({ issueIds: [] }), at(NOW)))).toBe('BULLETIN_EMPTY');
    expect(codeOf(givenBulletin([]).when(revise(), at(NOW)))).toBe('NOT_FOUND');
  });
  it('publishes the issues of the latest revision', () => {
    const revised = [...drafted(), ...givenBulletin(drafted()).when(revise(), at(NOW)).events!];
    const outcome = givenBulletin(revised).when({ type: 'PublishBulletin', scope: 'public', items: [item('i-2', 4)] }, at(NOW));
    expect(outcome.events![0].data).toMatchObject({ issueIds: ['i-2'], items: [item('i-2', 4)] });
  });
});

describe('bulletins drafted before documents (upcast)', () => {
  const legacy = (period: unknown) => ({ type: 'BulletinDrafted', data: { bulletinId: 'b-0', title: 't', period, issueIds: ['i-1'], regionId: 'county-a', draftedAt: NOW, draftedBy: 'c' } }) as unknown as BulletinEvent;
  it('reads a month as its dates, other text as a label, and the kind as a problems bulletin without body', () => {
    expect(foldBulletin([legacy('2026-02')])).toMatchObject({ kind: 'problems', body: '', period: { from: '2026-02-01', to: '2026-02-28' } });
    expect(foldBulletin([legacy('2024-02')])).toMatchObject({ period: { from: '2024-02-01', to: '2024-02-29' } });
    expect(foldBulletin([legacy('第一季度')])).toMatchObject({ period: null, periodLabel: '第一季度' });
    expect(foldBulletin([legacy(null)])).toMatchObject({ period: null });
    expect(foldBulletin([legacy(null)])).not.toHaveProperty('periodLabel');
  });
});

describe('BULLETIN_ALREADY_PUBLISHED', () => {
  it('publishes once, with its issues', () => {
    const outcome = givenBulletin(drafted()).when(publish, at('2026-04-01T02:00:00Z', coordinator));
    expect(outcome.events).toEqual([
      {
        type: 'BulletinPublished',
        data: { bulletinId: 'b-1', scope: 'public', issueIds: ['i-1', 'i-2'], items: [item('i-1'), item('i-2', 4)], publishedAt: '2026-04-01T02:00:00Z', publishedBy: 'coordinator' },
      },
    ]);
    expect(outcome.after).toMatchObject({ status: 'published', scope: 'public', version: 2 });
    expect(codeOf(givenBulletin([...drafted(), ...outcome.events!]).when(publish, at(NOW)))).toBe('BULLETIN_ALREADY_PUBLISHED');
  });

  it('NOT_FOUND when publishing a bulletin never drafted', () => {
    expect(codeOf(givenBulletin([]).when(publish, at(NOW)))).toBe('NOT_FOUND');
  });

  it('evolve ignores what does not apply', () => {
    expect(foldBulletin([{ type: 'Nope', data: {} } as unknown as BulletinEvent])).toBe(initialBulletinState);
  });
});
