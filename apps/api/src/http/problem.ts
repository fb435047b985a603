/** RFC 9457 problem details, with a stable machine-readable `code`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}

export function problem(status: number, code: string, title: string, detail: string, extra: Partial<Problem> = {}): Problem {
  return { type: `https://supervision-loop.example/problems/${code.toLowerCase().replace(/_/g, '-')}`, title, status, code, detail, ...extra };
}

/** A 400 raised by request validation, carrying every field error. */
export class ValidationFailedException extends Error {
  constructor(
    readonly errors: { field: string; message: string }[],
    detail = 'the request is not valid',
  ) {
    super(detail);
  }
}

/** 429 with a Retry-After header (seconds); the problem filter sets the header. */
export class TooManyRequestsException extends Error {
  readonly status = 429;
  readonly expose = true;
  constructor(
    readonly retryAfterSeconds: number,
    detail = 'too many attempts; try again later',
  ) {
    super(detail);
  }
}
