import { describe, expect, it } from 'vitest';
import { proseResponsibility, staffBody } from './prose-duty';

// staff-subject: a body's staff as the subject of a duty carry that body's duty.
describe('staff-subject: a body named by its staff', () => {
  it.each([
    ['派出所民警', '派出所'],
    ['街道安监所工作人员', '街道安监所'],
    ['区应急局干部', '区应急局'],
    // no staff word: the name as written
    ['城运中心', '城运中心'],
  ])('%s', (name, body) => {
    expect(staffBody(name)).toBe(body);
  });

  it('reads the body from a sentence whose subject is its staff', () => {
    expect(proseResponsibility('派出所民警要结合社区警务工作，定期开展消防宣传培训。')?.lead).toEqual(['派出所']);
  });
});
