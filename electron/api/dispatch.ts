// One entry point for both hosts: check the channel, validate the input, run the handler, return a value.
import { isChannelName, parseInput } from '../../shared/api/contract';
import { fail, ok, type ApiResult } from '../../shared/api/result';
import { toApiError } from './errors';
import type { Handlers } from './handlers';

export type Dispatch = (channel: string, input: unknown) => Promise<ApiResult<unknown>>;

export function createDispatch(handlers: Handlers, onError?: (channel: string, err: unknown) => void): Dispatch {
  return async (channel, input) => {
    if (!isChannelName(channel)) return fail('unknown-channel', `未知的接口：${String(channel).slice(0, 80)}`);
    const parsed = parseInput(channel, input);
    if (!parsed.ok) return fail('bad-input', parsed.message);
    try {
      const handler = handlers[channel] as (value: unknown) => unknown;
      const value = await handler(parsed.value);
      return ok(value === undefined ? null : value);
    } catch (err) {
      onError?.(channel, err);
      return { ok: false, error: toApiError(err) };
    }
  };
}
