import { createHash, randomUUID } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { CommandEnvelope } from '@app/application';
import { canonicalJson } from '@app/event-store';
import type { Actor } from '@app/domain';
import { ValidationFailedException } from './problem';

const KEY = /^[\x21-\x7e]{1,200}$/;

function header(request: Request, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function parseIfMatch(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(value);
  if (!match) throw new ValidationFailedException([{ field: 'If-Match', message: 'must be a version in quotes, e.g. "3"' }]);
  return Number(match[1]);
}

/** Builds the command envelope from the request: actor, Idempotency-Key, If-Match and a body fingerprint. */
export function envelopeFromRequest(request: Request): CommandEnvelope {
  const actor = (request as Request & { actor?: Actor }).actor;
  if (!actor) throw new Error('envelope requested on an unauthenticated route');
  const key = header(request, 'idempotency-key');
  if (key !== undefined && !KEY.test(key)) {
    throw new ValidationFailedException([{ field: 'Idempotency-Key', message: 'must be 1-200 visible ASCII characters' }]);
  }
  const fingerprint = createHash('sha256')
    .update(`${request.method} ${request.route?.path ?? request.path} ${canonicalJson(request.params)} ${canonicalJson(request.body ?? null)}`)
    .digest('hex');
  const requestId = header(request, 'x-request-id');
  const commandId = key ? `${actor.id}:${key}` : randomUUID();
  return {
    commandId,
    fingerprint,
    actor,
    correlationId: requestId && KEY.test(requestId) ? requestId : commandId,
    causationId: null,
    expectedVersion: parseIfMatch(header(request, 'if-match')),
  };
}

export const Envelope = createParamDecorator((_: unknown, context: ExecutionContext) =>
  envelopeFromRequest(context.switchToHttp().getRequest<Request>()),
);

/** A new resource's id: derived from the Idempotency-Key, so a retried create lands on the same stream. */
export function newResourceId(kind: string, request: Request): string {
  const key = header(request, 'idempotency-key');
  const actor = (request as Request & { actor?: Actor }).actor;
  if (!key || !actor) return randomUUID();
  const hex = createHash('sha256').update(`${kind}|${actor.id}|${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
