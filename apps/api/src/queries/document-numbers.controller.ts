import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CLOCK, type Clock } from '@app/application';
import { DocumentNumbersReader } from '@app/projections';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { scopeFilter } from './scope-filter';

/** The audit of document numbers claimed but never carried by their stream (a crash between claim and creation). */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('admin/numbers')
@Roles('admin', 'leader', 'coordinator', 'auditor')
export class DocumentNumbersController {
  constructor(
    private readonly numbers: DocumentNumbersReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('unused')
  unused(@CurrentActor() actor: AuthenticatedActor) {
    return this.numbers.unused(scopeFilter(actor), this.clock.now());
  }
}
