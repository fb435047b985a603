import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { ValidationFailedException } from './problem';

/** Deeper than any real request (the registry import is 4 levels deep). */
export const MAX_JSON_DEPTH = 32;
/** More values than any real request carries (a full registry import stays far below). */
export const MAX_JSON_NODES = 200_000;

/**
 * Refuses request shapes no route accepts, before any code walks them: nesting deeper than MAX_JSON_DEPTH
 * (recursive code — fingerprints, validation — would overflow its stack), absurd numbers of values, and the NUL
 * character or a lone UTF-16 surrogate (a JSON `\ud800` without its pair) in any string or field name of the body,
 * query or path (PostgreSQL text and jsonb cannot hold either: it would turn a bad request into a 500).
 * Iterative, so the check itself cannot overflow.
 */
@Injectable()
export class RequestShapeGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const problem = shapeProblem(request.body, 'body') ?? shapeProblem(request.query, 'query') ?? shapeProblem(request.params, 'path');
    if (problem) throw new ValidationFailedException([problem]);
    return true;
  }
}

export function shapeProblem(root: unknown, where: string): { field: string; message: string } | null {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value: root, depth: 0, path: where }];
  let nodes = 0;
  while (stack.length) {
    const { value, depth, path } = stack.pop()!;
    if (++nodes > MAX_JSON_NODES) return { field: where, message: `must hold at most ${MAX_JSON_NODES} values` };
    if (typeof value === 'string') {
      const bad = badText(value);
      if (bad) return { field: path, message: `must not contain ${bad}` };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_JSON_DEPTH) return { field: path, message: `must not nest deeper than ${MAX_JSON_DEPTH} levels` };
    for (const key of Object.keys(value)) {
      const bad = badText(key);
      if (bad) return { field: path, message: `a field name must not contain ${bad}` };
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, path: path.length < 200 ? `${path}.${key}` : path });
    }
  }
  return null;
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What PostgreSQL cannot store in text or jsonb, named for the error message; null when the text is fine. */
export function badText(value: string): string | null {
  if (value.includes('\u0000')) return 'the NUL character';
  if (LONE_SURROGATE.test(value)) return 'a lone UTF-16 surrogate (not valid Unicode)';
  return null;
}
