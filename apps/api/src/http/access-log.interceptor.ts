import { Injectable, Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';

/**
 * One structured (JSON) line per request that reached a handler: method, route pattern, status, duration, actor
 * id and role, request id. Never a header value, a query string, a body, a token or a password. Refusals before
 * the handler (401/403/429) are logged by the denied-attempts log as `access_denied`.
 */
@Injectable()
export class AccessLogInterceptor implements NestInterceptor {
  private readonly logger = new Logger('access');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request & { actor?: { id: string; role: string } }>();
    const response = context.switchToHttp().getResponse<Response>();
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      const requestId = request.headers['x-request-id'];
      this.logger.log(
        JSON.stringify({
          event: 'http',
          method: request.method,
          route: (request.route as { path?: string } | undefined)?.path ?? null,
          status: response.statusCode,
          ms: Number((process.hrtime.bigint() - started) / 1_000_000n),
          actor: request.actor?.id ?? null,
          role: request.actor?.role ?? null,
          requestId: typeof requestId === 'string' && /^[\x21-\x7e]{1,100}$/.test(requestId) ? requestId : null,
        }),
      );
    });
    return next.handle();
  }
}
