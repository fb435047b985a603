/**
 * A feature's labels in both languages side by side, so neither can be forgotten: `{ key: [中文, English] }`.
 * Each feature keeps its own file under ./features and is listed once in ./features/index.ts.
 */
export type BilingualMessages = Record<string, readonly [zh: string, en: string]>;

export function defineMessages<const M extends BilingualMessages>(messages: M): M {
  return messages;
}

export function languageOf<M extends BilingualMessages>(messages: M, index: 0 | 1): Record<keyof M, string> {
  const out = {} as Record<keyof M, string>;
  for (const key of Object.keys(messages) as (keyof M)[]) out[key] = messages[key][index];
  return out;
}
