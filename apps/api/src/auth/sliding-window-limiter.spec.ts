import { SlidingWindowLimiter } from './sliding-window-limiter';

describe('SlidingWindowLimiter', () => {
  it('allows `limit` hits per window and says when the next is allowed', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter(3, 60_000, 100, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfterSeconds('a')).toBe(0);
      limiter.hit('a');
      now += 1000;
    }
    expect(limiter.retryAfterSeconds('a')).toBe(57);
    expect(limiter.retryAfterSeconds('b')).toBe(0);
    now = 60_001;
    expect(limiter.retryAfterSeconds('a')).toBe(0);
    limiter.reset('a');
    expect(limiter.retryAfterSeconds('a')).toBe(0);
  });

  it('keeps at most maxKeys keys', () => {
    const limiter = new SlidingWindowLimiter(1, 60_000, 2, () => 0);
    limiter.hit('a');
    limiter.hit('b');
    limiter.hit('c');
    expect(limiter.retryAfterSeconds('a')).toBe(0); // evicted
    expect(limiter.retryAfterSeconds('c')).toBe(60);
  });
});
