import { describe, expect, it } from 'vitest';
import { readConventions } from './lead-convention';

// every-work-item, where it must not fire: work items said to need something that is no duty list (「以下各项工作均需要
// 加强协调」 names no one and says nothing of not listing them again), and a duty without 不再列出 (it holds for its own
// measure only).
describe('every-work-item: negative cases', () => {
  it.each(['以下各项工作均需要加强统筹协调，确保按时完成', '各单位按职责分工负责各项工作'])('%s', (text) => {
    expect(readConventions(text).conventions).toEqual([]);
  });
});
