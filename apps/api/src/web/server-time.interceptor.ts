import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import type { Observable } from 'rxjs';
import { CLOCK, type Clock } from '@app/application';

/**
 * Every answer says what time the service thinks it is (`X-Server-Time`): the UI computes "days left", today's date and
 * the deadline preview from the service's clock, not the browser's, so both always agree (and tests can move it).
 */
@Injectable()
export class ServerTimeInterceptor implements NestInterceptor {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') context.switchToHttp().getResponse<Response>().setHeader('X-Server-Time', this.clock.now());
    return next.handle();
  }
}
