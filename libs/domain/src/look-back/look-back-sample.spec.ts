import fc from 'fast-check';
import { at, codeOf, coordinator, scenario } from '../testing/given';
import { drawSample, sampleSize, seededRandom } from './look-back-sample';
import {
  decideLookBackSample, evolveLookBackSample, initialLookBackSampleState,
  type DrawLookBackSample, type LookBackSampleDrawn, type LookBackSampleState,
} from './look-back-sample.decide';
import { quarterBounds, quarterOf } from './quarter';

const givenSample = scenario<DrawLookBackSample, LookBackSampleDrawn, LookBackSampleState>({ decide: decideLookBackSample, evolve: evolveLookBackSample, initialState: initialLookBackSampleState });
const ids = (n: number) => Array.from({ length: n }, (_, i) => `issue-${String(i).padStart(3, '0')}`);
const draw = (overrides: Partial<DrawLookBackSample> = {}): DrawLookBackSample => ({
  type: 'DrawLookBackSample', regionId: 'county-a', quarter: '2026Q1', rate: 0.2, seed: 'a1b2c3', population: ids(23), ...overrides,
});
const APRIL = '2026-04-02T02:00:00.000Z';

describe('the documented generator', () => {
  it('is fixed: these numbers for this seed, forever (an auditor re-draws with them)', () => {
    const next = seededRandom('a1b2c3');
    const first = [next(), next(), next()];
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    const again = seededRandom('a1b2c3');
    expect([again(), again(), again()]).toEqual(first);
    expect(seededRandom('a1b2c4')()).not.toBe(first[0]);
  });

  it('draws ceil(n × rate) distinct members of the population, whatever order it is given in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 60 }), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.string({ minLength: 1 }), (population, rate, seed) => {
        const sample = drawSample(population, rate, seed);
        expect(sample).toHaveLength(sampleSize(population.length, rate));
        expect(new Set(sample).size).toBe(sample.length);
        expect(sample.every((id) => population.includes(id))).toBe(true);
        expect(drawSample([...population].reverse(), rate, seed)).toEqual(sample);
      }),
    );
  });

  it('20 % of 23 is 5', () => {
    expect(sampleSize(23, 0.2)).toBe(5);
    expect(sampleSize(10, 0.2)).toBe(2);
    expect(sampleSize(0, 0.2)).toBe(0);
  });
});

describe('DrawLookBackSample', () => {
  it('records population, rate, seed, algorithm and sample; the sample re-draws from the seed and the recorded population', () => {
    const [event] = givenSample([]).when(draw(), at(APRIL, coordinator)).events!;
    expect(event.data).toMatchObject({
      sampleId: 'lookback-county-a-2026Q1', quarter: '2026Q1', rate: 0.2, seed: 'a1b2c3', algorithm: 'fnv1a32-mulberry32-fisher-yates/v1',
      dueAt: '2026-06-30T15:59:59.000Z', drawnBy: 'coordinator',
    });
    expect(event.data.population).toEqual(ids(23));
    expect(event.data.sample).toHaveLength(5);
    expect(drawSample(event.data.population, event.data.rate, event.data.seed)).toEqual(event.data.sample);
  });

  it('another seed draws another sample', () => {
    const a = givenSample([]).when(draw(), at(APRIL, coordinator)).events![0].data.sample;
    const b = givenSample([]).when(draw({ seed: 'other' }), at(APRIL, coordinator)).events![0].data.sample;
    expect(a).not.toEqual(b);
  });

  it('QUARTER_INVALID before the quarter ended or for a malformed one; SAMPLE_RATE_INVALID outside (0, 1]; ALREADY_EXISTS the second time', () => {
    expect(codeOf(givenSample([]).when(draw(), at('2026-03-31T15:00:00.000Z', coordinator)))).toBe('QUARTER_INVALID');
    expect(codeOf(givenSample([]).when(draw({ quarter: '2026Q5' }), at(APRIL, coordinator)))).toBe('QUARTER_INVALID');
    expect(codeOf(givenSample([]).when(draw({ rate: 0 }), at(APRIL, coordinator)))).toBe('SAMPLE_RATE_INVALID');
    expect(codeOf(givenSample([]).when(draw({ rate: 1.5 }), at(APRIL, coordinator)))).toBe('SAMPLE_RATE_INVALID');
    const drawn = givenSample([]).when(draw(), at(APRIL, coordinator)).events!;
    expect(codeOf(givenSample(drawn).when(draw(), at(APRIL, coordinator)))).toBe('ALREADY_EXISTS');
  });
});

describe('quarters on the Shanghai calendar', () => {
  it('knows a quarter’s bounds and the quarter of an instant', () => {
    expect(quarterBounds('2026Q1')).toEqual({ from: '2025-12-31T16:00:00.000Z', to: '2026-03-31T15:59:59.000Z' });
    expect(quarterOf('2026-03-31T16:30:00.000Z')).toBe('2026Q2');
  });
});
