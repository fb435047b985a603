import fc from 'fast-check';
import { formatDocumentNumber, numberingYear } from './number-format';
import { decideNumbering, evolveNumbering, foldNumbering, type ClaimNumber } from './numbering.decide';
import type { NumberingEvent } from './numbering.events';
import { initialNumberingState, type NumberingState } from './numbering.state';

const NOW = '2026-03-02T02:00:00.000Z';
const claim = (commandId: string): ClaimNumber => ({
  type: 'ClaimNumber', kind: 'issue', regionId: 'r-1', regionName: '示范县', year: 2026, pattern: '{region}督问〔{year}〕{seq}号', streamId: `issue-${commandId}`, commandId,
});
const apply = (state: NumberingState, events: NumberingEvent[]) => foldNumbering(events, state);

describe('document numbers', () => {
  it('formats the pattern and takes the Shanghai year', () => {
    expect(formatDocumentNumber('{region}督问〔{year}〕{seq}号', { region: '示范县', year: 2026, seq: 17 })).toBe('示范县督问〔2026〕17号');
    expect(numberingYear('2026-12-31T16:00:00Z')).toBe(2027); // already 1 January in Shanghai
    expect(numberingYear('2026-12-31T15:59:59Z')).toBe(2026);
  });

  it('hands out 1, 2, 3 and reuses a claim for a retried command', () => {
    let state = initialNumberingState;
    for (const id of ['a', 'b', 'c']) state = apply(state, decideNumbering(claim(id), state, NOW));
    expect(Object.values(state.claims).map((c) => c.number)).toEqual(['示范县督问〔2026〕1号', '示范县督问〔2026〕2号', '示范县督问〔2026〕3号']);
    expect(decideNumbering(claim('b'), state, NOW)).toEqual([]);
  });

  it('gives a released number to the next claim, so no gap remains', () => {
    let state = initialNumberingState;
    for (const id of ['a', 'b']) state = apply(state, decideNumbering(claim(id), state, NOW));
    state = apply(state, decideNumbering({ type: 'ReleaseNumber', commandId: 'b', reason: 'refused' }, state, NOW));
    expect(state.released).toEqual([2]);
    const [next] = decideNumbering(claim('c'), state, NOW);
    expect(next).toMatchObject({ type: 'NumberAssigned', data: { seq: 2 } });
    expect(decideNumbering({ type: 'ReleaseNumber', commandId: 'zzz', reason: 'x' }, state, NOW)).toEqual([]);
  });

  it('evolve never throws on a malformed event', () => {
    expect(evolveNumbering(initialNumberingState, { type: 'Nope' } as unknown as NumberingEvent)).toBe(initialNumberingState);
  });

  it('model: any sequence of claims and releases leaves the live numbers distinct and exactly 1..n', () => {
    const step = fc.oneof(
      fc.record({ op: fc.constant('claim' as const), id: fc.integer({ min: 0, max: 30 }) }),
      fc.record({ op: fc.constant('release' as const), id: fc.integer({ min: 0, max: 30 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 80 }), (steps) => {
        let state = initialNumberingState;
        for (const s of steps) {
          const command = s.op === 'claim' ? claim(`c${s.id}`) : ({ type: 'ReleaseNumber', commandId: `c${s.id}`, reason: 'refused' } as const);
          state = apply(state, decideNumbering(command, state, NOW));
        }
        const live = Object.values(state.claims).map((c) => c.seq).sort((a, b) => a - b);
        // distinct, and together with the released ones exactly 1..highest
        expect(new Set(live).size).toBe(live.length);
        expect([...live, ...state.released].sort((a, b) => a - b)).toEqual(Array.from({ length: state.highest }, (_, i) => i + 1));
        // the next claim closes the lowest gap first
        const [next] = decideNumbering(claim('fresh'), state, NOW) as unknown as [{ data: { seq: number } }];
        expect(next.data.seq).toBe(state.released[0] ?? state.highest + 1);
      }),
    );
  });
});
