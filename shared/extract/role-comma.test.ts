import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsibility';

describe('role-comma: 、 after a role\'s verb closes that role\'s clause', () => {
  it('reads the lead before 、 and the supporters after it', () => {
    const r = readResponsibility('加强规范性文件管理。(厅政策法规处牵头、厅规划处配合)');
    expect(r.lead).toHaveLength(1);
    expect(r.lead[0]).toMatch(/政策法规处$/);
    expect(r.support).toHaveLength(1);
    expect(r.support[0]).toMatch(/规划处$/);
  });

  it('takes every office of the department after it for generic', () => {
    const r = readResponsibility('加强规范性文件管理。(厅政策法规处牵头、厅机关各处室配合)');
    expect(r.support).toEqual([]);
    expect(r.generic).toHaveLength(1);
  });
});
