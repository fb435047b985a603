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
const draft = (issueIds = ['i-1', 'i-2', 'i-1']): BulletinCommand => ({
  type: 'DraftBulletin', bulletinId: 'b-1', title: '2026年3月督导通报', period: '2026-03', issueIds, regionId: 'county-a',
});
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
        data: { bulletinId: 'b-1', title: '2026年3月督导通报', period: '2026-03', issueIds: ['i-1', 'i-2'], regionId: 'county-a', draftedAt: NOW, draftedBy: 'coordinator' },
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
