import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import { instantMillis } from '../shared/instant';
import { canonicalPopulation, drawSample, SAMPLE_ALGORITHM } from './look-back-sample';
import { isQuarter, nextQuarter, quarterBounds } from './quarter';

/** The default share of a quarter's closed general and serious issues looked back at (DESIGN §3.9). */
export const DEFAULT_SAMPLE_RATE = 0.2;

/** `lookback-<region>-<yyyy>Q<n>`: one quarter's sample per region. */
export const lookBackSampleStream = (regionId: string, quarter: string): string => `lookback-${regionId}-${quarter}`;

export type DrawLookBackSample = {
  type: 'DrawLookBackSample';
  regionId: string;
  quarter: string;
  rate: number;
  seed: string;
  /** the region's general and serious issues closed in the quarter, looked up by the handler */
  population: string[];
};

export type LookBackSampleDrawn = {
  type: 'LookBackSampleDrawn';
  data: {
    sampleId: string;
    regionId: string;
    quarter: string;
    rate: number;
    seed: string;
    algorithm: string;
    population: string[];
    sample: string[];
    /** every sampled issue is looked back at by the end of the next quarter */
    dueAt: string;
    drawnAt: string;
    drawnBy: string;
  };
};

export type LookBackSampleState =
  | { status: 'initial'; version: number }
  | (LookBackSampleDrawn['data'] & { status: 'drawn'; version: number });

export const initialLookBackSampleState: LookBackSampleState = Object.freeze({ status: 'initial', version: 0 }) as LookBackSampleState;

export function evolveLookBackSample(state: LookBackSampleState, event: LookBackSampleDrawn): LookBackSampleState {
  if (!event || event.type !== 'LookBackSampleDrawn' || !event.data || state.status !== 'initial') return state;
  return { ...event.data, status: 'drawn', version: state.version + 1 };
}

/** Draws once per region and quarter, after the quarter ended, with a rate in (0, 1] and a non-empty seed. */
export function decideLookBackSample(command: DrawLookBackSample, state: LookBackSampleState, context: DecisionContext): LookBackSampleDrawn[] {
  if (!isQuarter(command.quarter)) throw new DomainError('QUARTER_INVALID', `'${command.quarter}' is not a quarter (YYYYQn)`, [{ field: 'quarter', message: 'must be YYYYQ1…YYYYQ4' }]);
  const sampleId = lookBackSampleStream(command.regionId, command.quarter);
  if (state.status !== 'initial') throw new DomainError('ALREADY_EXISTS', `the sample of ${command.quarter} was drawn already`);
  if (instantMillis(context.now) <= instantMillis(quarterBounds(command.quarter).to)) {
    throw new DomainError('QUARTER_INVALID', `${command.quarter} has not ended yet`, [{ field: 'quarter', message: 'draw a quarter that has ended' }]);
  }
  if (!(command.rate > 0 && command.rate <= 1)) throw new DomainError('SAMPLE_RATE_INVALID', `rate ${command.rate} is not in (0, 1]`, [{ field: 'rate', message: 'must be more than 0 and at most 1' }]);
  if (!command.seed || command.seed.length > 200) throw new DomainError('SAMPLE_RATE_INVALID', 'the seed must be 1–200 characters', [{ field: 'seed', message: '1–200 characters' }]);
  const population = canonicalPopulation(command.population);
  return [
    {
      type: 'LookBackSampleDrawn',
      data: {
        sampleId, regionId: command.regionId, quarter: command.quarter, rate: command.rate, seed: command.seed, algorithm: SAMPLE_ALGORITHM,
        population, sample: drawSample(population, command.rate, command.seed), dueAt: quarterBounds(nextQuarter(command.quarter)).to,
        drawnAt: context.now, drawnBy: context.actor.id,
      },
    },
  ];
}
