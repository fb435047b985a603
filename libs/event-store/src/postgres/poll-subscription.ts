import type { EventStore, SubscribeOptions, Subscription, SubscriptionHandler } from '../event-store.port';

/**
 * Reads batches with readAll and hands them to the handler in order. It advances only after the handler
 * resolves, so a failing handler sees the same batch again after `onError` (at-least-once, in order).
 */
export function pollSubscription(store: EventStore, handler: SubscriptionHandler, options: SubscribeOptions): Subscription {
  let stopped = false;
  let after = options.after;
  let wake: (() => void) | null = null;
  const idle = options.pollIntervalMs ?? 100;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => { wake = null; resolve(); }, ms);
      wake = () => { clearTimeout(timer); wake = null; resolve(); };
    });

  const loop = (async () => {
    while (!stopped) {
      try {
        const { events, next } = await store.readAll({ after, limit: options.batchSize ?? 500, streamPrefixes: options.streamPrefixes });
        if (events.length === 0) {
          // Nothing for us, but a filtered read may still have moved past other streams' events.
          const moved = next !== after;
          after = next;
          if (!moved) await sleep(idle);
          continue;
        }
        await handler(events);
        after = next;
      } catch (error) {
        options.onError?.(error);
        if (!stopped) await sleep(Math.max(idle, 500));
      }
    }
  })();

  return {
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
