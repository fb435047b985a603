/** RFC 9457 problem details as the API sends them. */
export interface Problem {
  type?: string;
  title: string;
  titleZh?: string;
  status: number;
  code: string;
  detail?: string;
  errors?: { field: string; message: string }[];
}

/** A refused or failed request; `problem` is always set (network failures get code NETWORK). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
    readonly path: string,
  ) {
    super(`${problem.code}: ${problem.detail ?? problem.title}`);
    this.name = 'ApiError';
  }

  /** The route does not exist (yet) — a read model not deployed — rather than a missing resource. */
  get routeMissing(): boolean {
    return this.status === 404 && /Cannot (GET|POST)/i.test(this.problem.detail ?? '');
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function toProblem(status: number, body: unknown, fallbackTitle: string): Problem {
  if (body && typeof body === 'object' && 'code' in body) return body as Problem;
  return { title: fallbackTitle, status, code: status >= 500 ? 'INTERNAL_ERROR' : `HTTP_${status}`, detail: typeof body === 'string' ? body.slice(0, 300) : undefined };
}
