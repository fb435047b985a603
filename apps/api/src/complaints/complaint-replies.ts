import type { ComplainantReplied } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { RegistryRepository } from '@app/registry';
import { displayNameOf } from '../web/display-names';

export interface ComplaintReply {
  channel: ComplainantReplied['data']['channel'];
  content: string;
  repliedAt: string;
  /** the user who replied (for the directory) and what they are called on screen: never shown as an id */
  repliedBy: string;
  repliedByName: string;
}

/** The answers to the complainant (事事有回音), oldest first, from the complaint's own (revealed) stream. */
export async function complaintReplies(events: readonly RecordedEvent[], registry: RegistryRepository): Promise<ComplaintReply[]> {
  const replies = events.filter((e) => e.type === 'ComplainantReplied' && e.data).map((e) => e.data as ComplainantReplied['data']);
  if (replies.length === 0) return [];
  const [users, regions, supervisors] = await Promise.all([registry.findUsers([...new Set(replies.map((r) => r.repliedBy))]), registry.listRegions(), registry.listSupervisors()]);
  const names = new Map(users.map((user) => {
    const related = {
      region: regions.find((r) => r.id === user.regionId),
      supervisor: user.supervisorId ? supervisors.find((s) => s.id === user.supervisorId) : undefined,
    };
    return [user.id, displayNameOf(user, related).displayName];
  }));
  return replies.map((r) => ({ channel: r.channel, content: r.content, repliedAt: r.repliedAt, repliedBy: r.repliedBy, repliedByName: names.get(r.repliedBy) ?? '' }));
}
