import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CALENDAR_STREAM, decideCalendar, evolveCalendar, initialCalendarState, type CalendarEvent, type CalendarState } from '@app/domain';
import type { CommandResult } from '../command-envelope';
import { DecisionContextFactory } from '../decision-context.factory';
import { ForbiddenError } from '../preconditions';
import { StreamCommandRunner } from '../stream-command-runner';
import { CalendarService } from './calendar.service';
import { ExecuteCalendarCommand } from './execute-calendar-command';

/** The generic handler of the calendar-cn stream; this process sees its own publication at once. */
@CommandHandler(ExecuteCalendarCommand)
export class CalendarCommandHandler implements ICommandHandler<ExecuteCalendarCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
    private readonly calendars: CalendarService,
  ) {}

  async execute({ command, envelope }: ExecuteCalendarCommand): Promise<CommandResult> {
    if (envelope.actor.role !== 'admin' && envelope.actor.role !== 'system') throw new ForbiddenError('only an admin publishes the calendar');
    const context = await this.contexts.create(envelope.actor);
    const result = await this.runner.run<CalendarState, CalendarEvent>(envelope, {
      stream: CALENDAR_STREAM,
      id: CALENDAR_STREAM,
      initial: initialCalendarState,
      evolve: evolveCalendar,
      decide: (state) => decideCalendar(command, state, context),
    });
    await this.calendars.refresh();
    return result;
  }
}
