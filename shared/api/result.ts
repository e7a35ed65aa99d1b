// Every API call resolves to a value or an error value; nothing is thrown across the boundary.

export type ApiErrorCode =
  | 'bad-input'
  | 'unknown-channel'
  | 'not-found'
  | 'exists'
  | 'no-policy'
  | 'unsupported'
  | 'forbidden'
  | 'unauthorized'
  | 'network'
  | 'timeout'
  | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  /** zh-CN, ready to show to the user. */
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): ApiResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ApiErrorCode, message: string): ApiResult<T> {
  return { ok: false, error: { code, message } };
}

/** Loose shape check for values coming back over a transport. */
export function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error?.message === 'string';
}
