import { isCalendarDate } from '../calendar/calendar-date';
import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import type { BulletinItem } from './bulletin-snapshot';
import type { BulletinCommand } from './bulletin.commands';
import type { BulletinEvent } from './bulletin.events';
import type { BulletinState } from './bulletin.state';
import { BULLETIN_KINDS, type BulletinContent } from './bulletin.types';

export function decideBulletin(command: BulletinCommand, state: BulletinState, context: DecisionContext): BulletinEvent[] {
  switch (command.type) {
    case 'DraftBulletin': {
      if (state.status !== 'initial') throw new DomainError('ALREADY_EXISTS', `bulletin ${state.bulletinId} already exists`);
      const { bulletinId, regionId } = command;
      return [
        {
          type: 'BulletinDrafted',
          data: { bulletinId, ...content(command), regionId, draftedAt: context.now, draftedBy: context.actor.id, ...(command.number ? { number: command.number } : {}) },
        },
      ];
    }
    case 'ReviseBulletin': {
      if (state.status === 'initial') throw new DomainError('NOT_FOUND', 'no such bulletin');
      if (state.status === 'published') throw new DomainError('BULLETIN_ALREADY_PUBLISHED', `bulletin ${state.bulletinId} was published at ${state.publishedAt}; it can no longer be revised`);
      return [{ type: 'BulletinRevised', data: { bulletinId: state.bulletinId, ...content(command), revisedAt: context.now, revisedBy: context.actor.id } }];
    }
    case 'PublishBulletin': {
      if (state.status === 'initial') throw new DomainError('NOT_FOUND', 'no such bulletin');
      if (state.status === 'published') {
        throw new DomainError('BULLETIN_ALREADY_PUBLISHED', `bulletin ${state.bulletinId} was published at ${state.publishedAt}`);
      }
      const items = snapshotInOrder(state.issueIds, command.items ?? []);
      return [
        {
          type: 'BulletinPublished',
          data: { bulletinId: state.bulletinId, scope: command.scope, issueIds: [...state.issueIds], items, publishedAt: context.now, publishedBy: context.actor.id },
        },
      ];
    }
    default:
      throw new DomainError('INVALID_TRANSITION', `unknown bulletin command '${(command as { type?: string }).type}'`);
  }
}

/**
 * What a draft or revision may say: one of the three kinds, a period of two dates in order, and at least one
 * issue — except a commendation (表扬通报), which may praise in its body alone.
 */
function content(command: BulletinContent): BulletinContent {
  const kind = command.kind ?? 'problems';
  if (!BULLETIN_KINDS.includes(kind)) throw new DomainError('INVALID_TRANSITION', `unknown bulletin kind '${kind}'`);
  const period = command.period ?? null;
  if (period && !(isCalendarDate(period.from) && isCalendarDate(period.to) && period.from <= period.to)) {
    throw new DomainError('BULLETIN_PERIOD_INVALID', `period ${period.from} – ${period.to}`, [{ field: 'period', message: 'two dates, from ≤ to' }]);
  }
  const issueIds = [...new Set(command.issueIds ?? [])];
  const body = command.body ?? '';
  if (issueIds.length === 0 && !(kind === 'commendation' && body.trim())) {
    throw new DomainError('BULLETIN_EMPTY', 'a bulletin must list at least one issue (a commendation may instead praise in its body)', [{ field: 'issueIds', message: 'must not be empty' }]);
  }
  return { kind, title: command.title, period: period ? { from: period.from, to: period.to } : null, body, issueIds };
}

/** A bulletin publishes exactly what it lists: one snapshot item for every listed issue, in the listed order. */
function snapshotInOrder(issueIds: readonly string[], items: readonly BulletinItem[]): BulletinItem[] {
  const byId = new Map(items.map((item) => [item.issueId, item]));
  const missing = issueIds.filter((id) => !byId.has(id));
  if (missing.length > 0 || byId.size !== issueIds.length) {
    throw new DomainError('INVALID_TRANSITION', `the snapshot must hold exactly the listed issues (missing: ${missing.join(', ') || 'none'})`);
  }
  return issueIds.map((id) => ({ ...(byId.get(id) as BulletinItem) }));
}
