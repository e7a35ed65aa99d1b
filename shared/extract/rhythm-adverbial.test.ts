import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// rhythm-adverbial: 不定期, 定期, 每月 between a subject and its verb are the rhythm of its duty, no part of its name.
describe('rhythm-adverbial', () => {
  it.each([
    ['镇市容管理领导小组办公室不定期组织成员单位对各村进行检查考核。', '镇市容管理领导小组办公室'],
    ['区住建局定期组织开展专项检查。', '区住建局'],
  ])('%s', (text, name) => {
    expect(proseDuties(text).map((d) => d.name)).toEqual([name]);
  });
});
