import { describe, expect, it } from 'vitest';
import { proseResponsibility, staffBody } from './prose-duty';

describe('staff-team: bodies whose names hold such words stay bodies', () => {
  it.each(['教师发展中心', '专家委员会办公室', '团市委', '共青团区委'])('%s', (name) => {
    expect(staffBody(name)).toBe(name);
  });

  it('a body named beside its experts still carries the work', () => {
    expect(proseResponsibility('教师发展中心负责组织培训。')?.lead).toEqual(['教师发展中心']);
  });
});
