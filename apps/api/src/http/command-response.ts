import type { Response } from 'express';
import type { CommandResult } from '@app/application';

/**
 * `{ id, number?, version, position }` with `ETag: "<version>"`; the position lets a later query wait for the read
 * side; `number` is the document number a creating command was given (DESIGN §3.1).
 */
export function commandResponse(response: Response, result: CommandResult): { id: string; number?: string; version: number; position: string | null } {
  response.setHeader('ETag', `"${result.version}"`);
  if (result.replayed) response.setHeader('Idempotent-Replayed', 'true');
  return { id: result.id, ...(result.number ? { number: result.number } : {}), version: result.version, position: result.position };
}
