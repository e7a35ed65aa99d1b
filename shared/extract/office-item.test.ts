import { describe, expect, it } from 'vitest';
import { officeOfTitle } from './office-item';

// office-item: an item headed by an office's name alone is that office's; a generic actor so heading it makes it theirs.
describe('office-item: the office an item is headed by', () => {
  it.each([
    ['街道消委办', { lead: '街道消委办' }],
    ['派出所', { lead: '派出所' }],
    ['城运中心', { lead: '城运中心' }],
    ['区住建局', { lead: '区住建局' }],
    ['建管中心（房办）', { lead: '建管中心（房办）' }],
    ['居委会', { generic: '居委会' }],
    ['各有关部门', { generic: '各有关部门' }],
  ])('%s', (title, expected) => {
    expect(officeOfTitle(title)).toEqual(expected);
  });
});
