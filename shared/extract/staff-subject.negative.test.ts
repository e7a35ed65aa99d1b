import { describe, expect, it } from 'vitest';
import { proseResponsibility, staffBody } from './prose-duty';

describe('staff-subject: negative cases (persons are no body)', () => {
  it.each(['居委老龄干部', '安全干部', '工作人员', '老龄干部', '政府负责人', '有关部门工作人员'])('%s', (name) => {
    expect(staffBody(name)).toBeNull();
  });

  it('reads no body from a sentence whose subjects are persons', () => {
    expect(proseResponsibility('居委老龄干部、安全干部要按照规定落实相关职责。')).toBeNull();
  });

  it('leaves a body whose name ends like a staff word alone when it is no staff word', () => {
    expect(staffBody('区委组织部')).toBe('区委组织部');
  });
});
