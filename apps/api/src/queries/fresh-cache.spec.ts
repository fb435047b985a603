import { FreshCache } from './fresh-cache';

describe('FreshCache', () => {
  beforeEach(() => jest.useFakeTimers({ now: Date.UTC(2026, 5, 1), doNotFake: ['nextTick', 'setImmediate'] }));
  afterEach(() => jest.useRealTimers());
  const flush = () => new Promise((r) => setImmediate(r));

  it('answers a crowd from one load while fresh, and loads again once stale', async () => {
    const cache = new FreshCache<number>(5_000);
    let loads = 0;
    const load = async () => ++loads;
    const answers = await Promise.all(Array.from({ length: 200 }, () => cache.get('page-1', load)));
    expect(new Set(answers)).toEqual(new Set([1]));
    jest.advanceTimersByTime(4_999);
    expect(await cache.get('page-1', load)).toBe(1);
    jest.advanceTimersByTime(1);
    expect(await cache.get('page-1', load)).toBe(2);
    expect(await cache.get('page-2', load)).toBe(3);
  });

  it('keeps neither an answer it refuses (not found yet) nor a failure', async () => {
    const cache = new FreshCache<string | null>(60_000, (found) => found !== null);
    expect(await cache.get('b', async () => null)).toBeNull();
    await flush();
    expect(await cache.get('b', async () => 'published')).toBe('published');
    await expect(cache.get('c', async () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    await flush();
    expect(await cache.get('c', async () => 'back')).toBe('back');
    expect(await cache.get('b', async () => 'again')).toBe('published');
  });
});
