import { describe, expect, it } from 'vitest';
import { isGenericActor } from './departments';
import { readResponsibility } from './responsibility';

// local-government: 当地政府, the government of wherever the work is done, is every place's, never one body.
describe('local-government: the local government is generic', () => {
  it.each(['当地政府', '当地人民政府', '当地县政府', '当地市人民政府'])('%s', (name) => {
    expect(isGenericActor(name)).toBe(true);
  });

  it('names no body where the local government and the departments concerned do the work', () => {
    // 国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知 (国办发〔2019〕3号), 二、3.
    const r = readResponsibility('3.规范小区配套幼儿园使用。办成公办园的，当地政府及有关部门要做好机构编制、教师配备等方面的工作。');
    expect([r.lead, r.support]).toEqual([[], []]);
  });
});
