import { badText, shapeProblem } from './request-shape.guard';

describe('request shape: text PostgreSQL cannot store', () => {
  it('finds lone surrogates, high or low, anywhere in a string', () => {
    expect(badText('ok 督导 \ud83d\ude00')).toBeNull();
    expect(badText('\ud800')).toMatch(/surrogate/);
    expect(badText('a\udc00b')).toMatch(/surrogate/);
    expect(badText('\ude00\ud83d')).toMatch(/surrogate/); // a pair in the wrong order is two lone halves
    expect(badText('end \ud83d')).toMatch(/surrogate/);
    expect(badText('a\u0000b')).toMatch(/NUL/);
  });

  it('names the field, in values and in field names, at any depth', () => {
    expect(shapeProblem({ a: { b: ['x', 'y\ud800'] } }, 'body')).toEqual({ field: 'body.a.b.1', message: expect.stringContaining('surrogate') });
    expect(shapeProblem({ a: { ['k\udfff']: 1 } }, 'body')).toEqual({ field: 'body.a', message: expect.stringContaining('a field name must not contain') });
    expect(shapeProblem({ q: 'fine' }, 'query')).toBeNull();
  });
});
