import type { CommandEnvelope } from '../command-envelope';
import type { ClaimedNumber, NumberingService } from './numbering.service';

/**
 * Decide first, then claim: the command is decided once without a number (a refusal throws before anything is
 * claimed), then a number is claimed and the command decided again with it. If the command still fails to land,
 * `releaseUnused` gives the number back (unless the stream already carries it), so a refused command never
 * consumes a number.
 */
export class NumberedDecision {
  private readonly claims: ClaimedNumber[] = [];

  constructor(
    private readonly numbering: NumberingService,
    private readonly envelope: CommandEnvelope,
  ) {}

  async decide<E extends { type: string }>(
    request: { kind: string; regionId: string; streamId: string; now: string; creates: string },
    decideWith: (number: string | undefined) => E[],
  ): Promise<E[]> {
    const unnumbered = decideWith(undefined);
    if (!unnumbered.some((event) => event.type === request.creates)) return unnumbered;
    const claim = await this.numbering.claim(request.kind, request.regionId, request.streamId, this.envelope, request.now);
    if (!this.claims.some((c) => c.number === claim.number && c.kind === claim.kind)) this.claims.push(claim);
    return decideWith(claim.number);
  }

  async releaseUnused(reason: unknown): Promise<void> {
    const why = reason instanceof Error ? `${(reason as { code?: string }).code ?? reason.name}: ${reason.message}`.slice(0, 300) : 'refused';
    for (const claim of this.claims) await this.numbering.releaseUnlessUsed(claim, this.envelope, why);
  }

  /** The number the command was given, if it claimed one. */
  get number(): string | undefined {
    return this.claims[this.claims.length - 1]?.number;
  }

  /**
   * Runs `work`, answers with the claimed number (a replay with the number its first run gave), and gives back any
   * number it claimed when it fails.
   */
  async guard<T extends { replayed?: boolean }>(work: () => Promise<T>, streamId: string): Promise<T & { number?: string }> {
    try {
      const result = await work();
      const number = this.number ?? (result.replayed ? await this.numbering.numberOnStream(streamId, this.envelope.commandId) : undefined);
      return number ? { ...result, number } : result;
    } catch (error) {
      await this.releaseUnused(error);
      throw error;
    }
  }
}
