import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

describe('there-should-be: a body before its modal is still the subject', () => {
  it.each([
    ['应急管理局负责组织演练。', '应急管理局'],
    ['教务处应负责审核培养方案。', '教务处'],
    ['应用技术学院负责组织申报。', '应用技术学院'],
  ])('%s', (text, name) => {
    expect(proseDuties(text).map((d) => d.name)).toEqual([name]);
  });
});
