import type { Response } from 'express';
import type { CommandResult } from '@app/application';

/** `{ id, version, position }` with `ETag: "<version>"`; the position lets a later query wait for the read side. */
export function commandResponse(response: Response, result: CommandResult): { id: string; version: number; position: string | null } {
  response.setHeader('ETag', `"${result.version}"`);
  if (result.replayed) response.setHeader('Idempotent-Replayed', 'true');
  return { id: result.id, version: result.version, position: result.position };
}
