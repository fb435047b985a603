import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '@app/config';
import {
  accountabilityStream, evolveIssue, foldCase, initialIssueState, issueStream, subjectKey,
  type ActiveCaseState, type Actor, type CaseEvent, type CaseHistoryFacts, type IssueEvent, type IssueState,
} from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import type { RegistryRepository } from '@app/registry';
import { PG_POOL, REGISTRY } from '../infrastructure/tokens';
import { PersonalDataVault } from '../personal-data/personal-data.vault';

/** What case steps look up before deciding: the approver's committee position, the subjects' history, issues' states. */
@Injectable()
export class CaseLookups {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly vault: PersonalDataVault,
  ) {}

  /** chair / vice_chair of the education supervision committee (ACCOUNTABILITY_COMMITTEE), else undefined. */
  async committeePosition(actor: Actor): Promise<'chair' | 'vice_chair' | undefined> {
    if (actor.role !== 'leader') return undefined;
    const user = await this.registry.findUser(actor.id);
    return user ? this.config.accountabilityCommittee[user.username] : undefined;
  }

  /** A case folded with its persons' names revealed (or [已删除]). */
  async revealedCase(caseId: string): Promise<ActiveCaseState | null> {
    const events = await this.vault.reveal(await this.store.readStream(accountabilityStream(caseId)));
    const state = foldCase(events as unknown as CaseEvent[]);
    return state.stage === 'initial' ? null : state;
  }

  async issueState(issueId: string): Promise<IssueState> {
    const events = await this.store.readStream(issueStream(issueId));
    return (events as unknown as IssueEvent[]).reduce(evolveIssue, initialIssueState);
  }

  /** 从重 facts: decisions against the same subjects within the past 365 days (from the register), issues unrectified after one. */
  async history(state: ActiveCaseState, now: string): Promise<CaseHistoryFacts> {
    const unitIds = [...new Set(state.subjects.map((s) => s.unitId))];
    const rows = await this.pool.query(
      `SELECT case_id FROM accountability_cases WHERE case_id <> $1 AND decided_at IS NOT NULL AND decided_at > $2::timestamptz - interval '365 days'
          AND subject_unit_ids && $3::text[] LIMIT 200`,
      [state.caseId, now, unitIds],
    );
    const priorDecisions: CaseHistoryFacts['priorDecisions'][number][] = [];
    for (const { case_id } of rows.rows as { case_id: string }[]) {
      const other = await this.revealedCase(case_id);
      if (!other?.decision) continue;
      for (const subject of other.subjects) priorDecisions.push({ caseId: other.caseId, subjectKey: subjectKey(subject), issuedAt: other.decision.issuedAt, docNumber: other.decision.docNumber });
    }
    const unrectified: string[] = [];
    for (const issueId of state.issueIds) {
      const issue = await this.issueState(issueId);
      if (issue.status !== 'initial' && issue.lastAccountability && issue.accountabilityRequired) unrectified.push(issueId);
    }
    return { priorDecisions, issuesUnrectifiedAfterDecision: unrectified };
  }
}
