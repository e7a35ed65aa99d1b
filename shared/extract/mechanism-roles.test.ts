import { describe, expect, it } from 'vitest';
import { proseResponsibility } from './prose-duty';

// mechanism-roles: bodies taking part in a mechanism another body leads support it.
describe('mechanism-roles: 由A牵头，B、C共同参与的… names A the lead, B and C its supporters', () => {
  it('reads the offices taking part as supporting the lead', () => {
    const read = proseResponsibility('校区将在主管校长的领导下，建立由教务处牵头，学生处、人事处、科技处共同参与的校、院、系三级管理体系。');
    expect(read?.lead).toEqual(['教务处']);
    expect(read?.support).toEqual(['学生处', '人事处', '科技处']);
  });

  it('reads a body taking part in the work as supporting it', () => {
    const read = proseResponsibility('办公室负责统筹协调，财务科参与经费审核。');
    expect(read?.lead).toEqual(['办公室']);
    expect(read?.support).toEqual(['财务科']);
  });
});
