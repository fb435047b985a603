import { Controller, Get, Headers, Inject, Query, Req, Res, Sse, type MessageEvent } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Observable } from 'rxjs';
import { CLOCK, REGISTRY, type Clock } from '@app/application';
import { ALERTS, AlertsReader } from '@app/projections';
import type { RegistryRepository } from '@app/registry';
import { alertColumns } from '../lists/list-columns';
import { answerList, exportName } from '../lists/list-export';
import { registryNames } from '../lists/registry-names';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { StreamSessions } from '../auth/stream-session';
import { AlertsQueryDto } from './query-params.dto';
import { ReadYourWrites } from './read-your-writes';
import { scopeFilter } from './scope-filter';

const POLL_MS = 250;

/** GET /alerts (with webhook delivery state) and GET /alerts/stream (Server-Sent Events, resumable with Last-Event-ID). */
@ApiTags('alerts')
@ApiBearerAuth()
@Controller('alerts')
@Roles('admin', 'leader', 'coordinator', 'auditor', 'supervisor', 'unit')
export class AlertsController {
  constructor(
    private readonly alerts: AlertsReader,
    private readonly freshness: ReadYourWrites,
    private readonly sessions: StreamSessions,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
  ) {}

  @Get()
  async list(@Query() query: AlertsQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(ALERTS, query.minPosition, res);
    const { minPosition: _, format: _f, lang: _l, ...filter } = query;
    const columns = query.format ? alertColumns(await registryNames(this.registry)) : [];
    const reader = { id: actor.id, role: actor.role };
    return answerList(query, (page, pageSize) => this.alerts.list({ ...filter, page, pageSize }, scopeFilter(actor), reader), columns, exportName('alerts', this.clock));
  }

  /**
   * Each alert is one SSE message whose id is its log position; reconnecting with Last-Event-ID resumes after it.
   * The stream ends when its token expires or its account is disabled (re-checked at least every minute).
   */
  @Sse('stream')
  stream(@CurrentActor() actor: AuthenticatedActor, @Req() request: Request, @Headers('last-event-id') lastEventId?: string): Observable<MessageEvent> {
    const scope = scopeFilter(actor);
    return new Observable<MessageEvent>((subscriber) => {
      let closed = false;
      const stopWatching = this.sessions.watch(request, actor, () => {
        closed = true;
        subscriber.complete();
      });
      let last: string | null = lastEventId && /^[\x21-\x7e]{1,100}$/.test(lastEventId) ? lastEventId : null;
      const poll = async () => {
        while (!closed) {
          try {
            const { rows, head } = await this.alerts.after(last, scope, 100, 0, { id: actor.id, role: actor.role });
            if (last === null) last = head ?? '0:0';
            for (const alert of rows) subscriber.next({ id: alert.position, type: 'alert', data: alert });
            if (rows.length) last = rows[rows.length - 1].position;
          } catch {
            // a transient database error: try again on the next tick
          }
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
      };
      void poll();
      return () => {
        closed = true;
        stopWatching();
      };
    });
  }
}
