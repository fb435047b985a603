import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import type { BulletinItem } from './bulletin-snapshot';
import type { BulletinCommand } from './bulletin.commands';
import type { BulletinEvent } from './bulletin.events';
import type { BulletinState } from './bulletin.state';

export function decideBulletin(command: BulletinCommand, state: BulletinState, context: DecisionContext): BulletinEvent[] {
  switch (command.type) {
    case 'DraftBulletin': {
      if (state.status !== 'initial') throw new DomainError('ALREADY_EXISTS', `bulletin ${state.bulletinId} already exists`);
      const issueIds = [...new Set(command.issueIds ?? [])];
      if (issueIds.length === 0) {
        throw new DomainError('BULLETIN_EMPTY', 'a bulletin must list at least one issue', [{ field: 'issueIds', message: 'must not be empty' }]);
      }
      const { bulletinId, title, regionId } = command;
      return [
        {
          type: 'BulletinDrafted',
          data: { bulletinId, title, period: command.period ?? null, issueIds, regionId, draftedAt: context.now, draftedBy: context.actor.id, ...(command.number ? { number: command.number } : {}) },
        },
      ];
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

/** A bulletin publishes exactly what it lists: one snapshot item for every listed issue, in the listed order. */
function snapshotInOrder(issueIds: readonly string[], items: readonly BulletinItem[]): BulletinItem[] {
  const byId = new Map(items.map((item) => [item.issueId, item]));
  const missing = issueIds.filter((id) => !byId.has(id));
  if (missing.length > 0 || byId.size !== issueIds.length) {
    throw new DomainError('INVALID_TRANSITION', `the snapshot must hold exactly the listed issues (missing: ${missing.join(', ') || 'none'})`);
  }
  return issueIds.map((id) => ({ ...(byId.get(id) as BulletinItem) }));
}
