import { describe, expect, it } from 'vitest';
import { proseResponsibility, staffBody } from './prose-duty';

// staff-team: teachers, professors and experts and their teams are persons, no body.
describe('staff-team: teachers, professors and their teams are persons', () => {
  it.each(['学院内高水平教授及其团队', '校内指导教师', '企业专家', '科研团队', '高水平教授'])('%s', (name) => {
    expect(staffBody(name)).toBeNull();
  });

  it('reads no body from a clause giving the work to a team', () => {
    expect(proseResponsibility('完成一项训练项目，由学院内高水平教授及其团队指导。')).toBeNull();
  });
});
