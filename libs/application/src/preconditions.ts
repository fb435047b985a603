/** The caller's If-Match named a version the stream is no longer at (HTTP 412). */
export class PreconditionFailedError extends Error {
  readonly code = 'PRECONDITION_FAILED';
  constructor(readonly expected: number, readonly actual: number) {
    super(`the resource is at version ${actual}, not ${expected}`);
  }
}

/** A lookup the command needs found nothing (HTTP 404). */
export class NotFoundError extends Error {
  readonly code = 'NOT_FOUND';
  constructor(detail: string) {
    super(detail);
  }
}

/** The actor may not run this command on this resource (HTTP 403). */
export class ForbiddenError extends Error {
  readonly code = 'FORBIDDEN';
  constructor(detail: string) {
    super(detail);
  }
}
