import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsibility';

describe('role-comma: negative cases', () => {
  it('keeps a list of bodies before one role whole', () => {
    const r = readResponsibility('加强规范性文件管理。(市发展改革委、市财政局牵头)');
    expect(r.lead).toEqual(['市发展改革委', '市财政局']);
  });
});
