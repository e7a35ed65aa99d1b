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

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiFailure) return { code: err.code, message: err.message };
  const text = err instanceof Error ? err.message : String(err);
  // Service errors are written in zh-CN already; anything else gets a plain prefix.
  return { code: 'internal', message: /[\u4e00-\u9fff]/.test(text) ? text : `内部错误：${text}` };
}
