import { Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CLOCK, NotFoundError, type Clock } from '@app/application';
import { AlertsReader } from '@app/projections';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { scopeFilter } from './scope-filter';

/** POST /alerts/:id/dismiss and /restore: one person sets an alert aside (or back); others still see it. */
@ApiTags('alerts')
@ApiBearerAuth()
@Controller('alerts')
@Roles('admin', 'leader', 'coordinator', 'auditor', 'supervisor', 'unit')
export class AlertDismissalsController {
  constructor(
    private readonly alerts: AlertsReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':id/dismiss')
  @HttpCode(200)
  async dismiss(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: AuthenticatedActor) {
    await this.assertVisible(id, actor);
    await this.alerts.dismiss(id, actor.id, this.clock.now());
    return { id, dismissed: true };
  }

  @Post(':id/restore')
  @HttpCode(200)
  async restore(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: AuthenticatedActor) {
    await this.assertVisible(id, actor);
    await this.alerts.restore(id, actor.id);
    return { id, dismissed: false };
  }

  /** An alert out of the person's sight answers like one that does not exist. */
  private async assertVisible(id: string, actor: AuthenticatedActor): Promise<void> {
    if (!(await this.alerts.visible(id, scopeFilter(actor), { id: actor.id, role: actor.role }))) throw new NotFoundError(`alert ${id} does not exist`);
  }
}
