import { Catch, Logger, Optional, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { outOfJurisdictionReason } from '@app/application';
import { DeniedAttemptsLog } from '../admin/denied-attempts.log';
import { TooManyRequestsException } from './problem';
import { toProblem } from './to-problem';

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  constructor(@Optional() private readonly denied?: DeniedAttemptsLog) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const body = toProblem(exception);
    // Server-side only: the client never sees a stack or SQL.
    if (body.status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    this.recordDenied(request, body.status, body.code, exception);
    if (response.headersSent) return;
    if (exception instanceof TooManyRequestsException) response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    response.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  }

  private recordDenied(request: Request | undefined, status: number, code: string, exception: unknown): void {
    if (!this.denied || !request) return;
    const hidden = outOfJurisdictionReason(exception);
    if (status !== 401 && status !== 403 && status !== 429 && hidden === null) return;
    const actor = (request as Request & { actor?: { id: string; username?: string; role?: string } }).actor;
    const body = request.body as { username?: unknown } | undefined;
    const triedUsername = request.path?.endsWith('/auth/login') && typeof body?.username === 'string' ? body.username : null;
    this.denied.record({
      status,
      code,
      method: request.method,
      path: (request.originalUrl ?? request.url ?? '').split('?')[0],
      route: (request.route as { path?: string } | undefined)?.path ?? null,
      actorId: actor?.id ?? null,
      username: actor?.username ?? triedUsername,
      role: actor?.role ?? null,
      client: request.ip ?? null,
      reason: hidden ?? (exception instanceof Error ? exception.message : null),
    });
  }
}
