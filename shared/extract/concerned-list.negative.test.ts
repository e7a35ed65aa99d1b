import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';
import { defaultDirectory } from './departments';

// The concerned-list rule: what it leaves alone.
const directory = defaultDirectory();
const duties = (text: string) => proseDuties(text, directory).map((d) => [d.name, d.role]);

describe('prose-duty: the bodies concerned, listed, negative cases', () => {
  it.each([
    // the government's own office alone oversees the work: the issuer speaking
    ['区政府办公室要加强督导调度。', []],
    // beside one specific body only, it is not read as one of a list
    ['由区商务委、区政府办公室负责落实。', [['区商务委', 'lead']]],
    // a kind of bodies alone after 所涉及的 names no one
    ['由所涉及的省级主管部门牵头完成。', []],
  ])('%s', (text, expected) => {
    expect(duties(text)).toEqual(expected);
  });

  it('still reads no run past 60 characters without 、 as a name', () => {
    expect(duties(`由${'城乡'.repeat(30)}管理局负责落实。`)).toEqual([]);
    expect(duties(`由${'城乡'.repeat(20)}管理局负责落实。`)).toEqual([[`${'城乡'.repeat(20)}管理局`, 'lead']]);
  });
});
