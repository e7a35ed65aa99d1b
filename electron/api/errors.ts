// Failures the handlers raise on purpose; dispatch turns them (and anything else thrown) into error values.
import type { ApiError, ApiErrorCode } from '../../shared/api/result';

export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

const KNOWN: ReadonlySet<string> = new Set<ApiErrorCode>(['bad-input', 'not-found', 'exists', 'no-policy', 'unsupported']);

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiFailure) return { code: err.code, message: err.message };
  // The workspace service raises its own errors with a code; keep the ones the contract knows.
  const code = (err as { code?: unknown } | null)?.code;
  if (err instanceof Error && typeof code === 'string' && KNOWN.has(code)) {
    return { code: code as ApiErrorCode, message: err.message };
  }
  const text = err instanceof Error ? err.message : String(err);
  // Service errors are written in zh-CN already; anything else is a program's own words, which the user
  // cannot act on (the host logs the original through onError).
  return { code: 'internal', message: /[\u4e00-\u9fff]/.test(text) ? text : '内部错误，操作没有完成。请重试；若仍出现，请把当时的操作告诉维护人员。' };
}
