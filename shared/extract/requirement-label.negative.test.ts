import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

describe('requirement-label: negative cases', () => {
  it('still reads a body that is to do the work before 要', () => {
    expect(proseDuties('市教委要加强督导检查。').map((d) => d.name)).toEqual(['市教委']);
  });
});
