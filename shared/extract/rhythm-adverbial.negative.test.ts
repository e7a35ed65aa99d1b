import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// rhythm-adverbial, negative: a rhythm with no body before it names no one.
describe('rhythm-adverbial: negative cases', () => {
  it.each(['定期组织开展专项检查。', '每月组织成员单位对各村进行检查考核。'])('%s', (text) => {
    expect(proseDuties(text)).toEqual([]);
  });
});
