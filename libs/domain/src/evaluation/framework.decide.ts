import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import { frameworkErrors, type FrameworkDefinition } from './framework.types';

/** `framework-<code>`: each publication is a new version of the whole tree; evaluations copy the version they use. */
export type PublishFramework = { type: 'PublishFramework'; framework: FrameworkDefinition };
/** The demo's framework at first start: nothing when the stream already has one. */
export type SeedFramework = { type: 'SeedFramework'; framework: FrameworkDefinition };
export type FrameworkCommand = PublishFramework | SeedFramework;

export type FrameworkPublished = {
  type: 'FrameworkPublished';
  data: FrameworkDefinition & { version: number; publishedBy: string; publishedAt: string };
};
export type FrameworkEvent = FrameworkPublished;
export const FRAMEWORK_EVENT_TYPES: readonly FrameworkEvent['type'][] = ['FrameworkPublished'];

export type FrameworkState =
  | { status: 'initial'; version: number }
  | { status: 'published'; version: number; current: FrameworkPublished['data'] };

export const initialFrameworkState: FrameworkState = Object.freeze({ status: 'initial', version: 0 }) as FrameworkState;

export function decideFramework(command: FrameworkCommand, state: FrameworkState, context: DecisionContext): FrameworkEvent[] {
  if (command.type === 'SeedFramework' && state.status !== 'initial') return [];
  const errors = frameworkErrors(command.framework);
  if (errors.length) throw new DomainError('FRAMEWORK_INVALID', errors.join('; '), errors.map((message) => ({ field: 'framework', message })));
  if (state.status === 'published' && state.current.code !== command.framework.code) {
    throw new DomainError('FRAMEWORK_INVALID', `this stream holds framework ${state.current.code}`);
  }
  const version = state.status === 'published' ? state.current.version + 1 : 1;
  const { code, name, areas, gradeBands } = command.framework;
  return [{ type: 'FrameworkPublished', data: { code, name, areas, gradeBands, version, publishedBy: context.actor.id, publishedAt: context.now } }];
}

export function evolveFramework(state: FrameworkState, event: FrameworkEvent): FrameworkState {
  if (!event || event.type !== 'FrameworkPublished' || !event.data) return state;
  return { status: 'published', version: state.version + 1, current: event.data };
}

export const frameworkStream = (code: string): string => `framework-${code}`;
