import { HttpException, PayloadTooLargeException } from '@nestjs/common';
import { FileRefusedError } from '@app/files';
import { DOMAIN_ERROR_TITLES, DomainError } from '@app/domain';
import { ConcurrencyConflictError, IdempotencyKeyReusedError } from '@app/event-store';
import { ForbiddenError, NotFoundError, PreconditionFailedError } from '@app/application';
import { RegistryImportError } from '@app/registry';
import { problem, TooManyRequestsException, ValidationFailedException, type Problem } from './problem';

const HTTP_CODES: Record<number, [string, string]> = {
  400: ['VALIDATION_FAILED', 'The request is not valid'],
  401: ['UNAUTHENTICATED', 'Authentication required'],
  403: ['FORBIDDEN', 'Not allowed'],
  404: ['NOT_FOUND', 'Not found'],
  405: ['METHOD_NOT_ALLOWED', 'Method not allowed'],
  409: ['CONFLICT', 'Conflict'],
  412: ['PRECONDITION_FAILED', 'Precondition failed'],
  413: ['PAYLOAD_TOO_LARGE', 'The request body is too large'],
  415: ['UNSUPPORTED_MEDIA_TYPE', 'Send JSON (Content-Type: application/json)'],
  429: ['TOO_MANY_REQUESTS', 'Too many requests'],
  503: ['SERVICE_UNAVAILABLE', 'Service unavailable'],
};

/** Maps anything thrown to a problem; unknown errors become a bare 500 (never a stack trace or SQL). */
export function toProblem(error: unknown): Problem {
  if (error instanceof DomainError) {
    const status = error.code === 'NOT_FOUND' ? 404 : error.code === 'ALREADY_EXISTS' ? 409 : 422;
    const title = DOMAIN_ERROR_TITLES[error.code];
    return problem(status, error.code, title?.en ?? error.code, error.detail, {
      titleZh: title?.zh,
      ...(error.errors ? { errors: error.errors } : {}),
    });
  }
  if (error instanceof ValidationFailedException) {
    return problem(400, 'VALIDATION_FAILED', 'The request is not valid', error.message, { titleZh: '请求参数有误', errors: error.errors });
  }
  if (error instanceof ConcurrencyConflictError) {
    return problem(409, 'CONCURRENCY_CONFLICT', 'Changed by someone else', 'the issue changed while this command was decided; retry', { titleZh: '数据已被他人修改' });
  }
  if (error instanceof IdempotencyKeyReusedError) {
    return problem(409, 'IDEMPOTENCY_KEY_REUSED', 'Idempotency key reused', 'this Idempotency-Key was already used with a different request', { titleZh: '幂等键已用于其他请求' });
  }
  if (error instanceof PreconditionFailedError) {
    return problem(412, 'PRECONDITION_FAILED', 'Precondition failed', error.message, { titleZh: '版本不一致', currentVersion: error.actual });
  }
  if (error instanceof RegistryImportError) {
    return problem(400, 'REGISTRY_IMPORT_INVALID', 'The registry file is not valid', `${error.errors.length} error(s); nothing was imported`, {
      titleZh: '导入数据有误，未导入任何数据',
      errors: error.errors.map((e) => ({ field: [e.file, e.row, e.field].filter((p) => p !== null).join(':'), message: e.message })),
      importErrors: error.errors,
    });
  }
  if (error instanceof TooManyRequestsException) {
    return problem(429, 'TOO_MANY_REQUESTS', 'Too many requests', error.message, { titleZh: '请求过于频繁', retryAfterSeconds: error.retryAfterSeconds });
  }
  if (error instanceof FileRefusedError) return problem(error.status, error.code, error.title, error.message, { titleZh: error.titleZh });
  // multer's limit on an upload's size (POST /files)
  if (error instanceof PayloadTooLargeException && /file too large/i.test(error.message)) {
    return problem(413, 'FILE_TOO_LARGE', 'The file is too large', 'the file is larger than the upload limit', { titleZh: '文件过大' });
  }
  if (error instanceof NotFoundError) return problem(404, 'NOT_FOUND', 'Not found', error.message, { titleZh: '对象不存在' });
  if (error instanceof ForbiddenError) return problem(403, 'FORBIDDEN', 'Not allowed', error.message, { titleZh: '无权操作' });
  const status = httpStatusOf(error);
  if (status !== null && status < 500) {
    const [code, title] = HTTP_CODES[status] ?? ['HTTP_' + status, 'Request refused'];
    return problem(status, code, title, detailOf(error) ?? title);
  }
  return problem(500, 'INTERNAL_ERROR', 'Internal error', 'something went wrong on our side; the request may be retried');
}

function httpStatusOf(error: unknown): number | null {
  if (error instanceof HttpException) return error.getStatus();
  // body-parser errors (too large, malformed JSON, bad charset) carry a status and an `expose` flag
  const candidate = error as { status?: unknown; expose?: unknown };
  if (typeof candidate?.status === 'number' && candidate.expose === true) return candidate.status;
  return null;
}

function detailOf(error: unknown): string | null {
  if (error instanceof HttpException) {
    const response = error.getResponse();
    if (typeof response === 'string') return response;
    const message = (response as { message?: unknown }).message;
    return Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : null;
  }
  const type = (error as { type?: string }).type;
  if (type === 'entity.parse.failed') return 'the body is not valid JSON';
  if (type === 'entity.too.large') return 'the request body is too large';
  return null;
}
