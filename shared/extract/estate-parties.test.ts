import { describe, expect, it } from 'vitest';
import { defaultDirectory, isGenericActor } from './departments';
import { officeOfTitle } from './office-item';

// estate-parties: the parties of each housing estate (物业公司, 业委会) and the sanitation company serving it, written as a
// kind in a street's rules, are every estate's: generic actors, no body.
describe('estate-parties: an estate\'s parties written as a kind are generic actors', () => {
  it.each(['物业公司', '物业服务企业', '业委会', '业主委员会', '环卫公司', '保洁公司'])('%s', (name) => {
    expect(isGenericActor(name, defaultDirectory())).toBe(true);
  });

  it('makes an item headed by one of them no office\'s', () => {
    expect(officeOfTitle('物业公司')).toEqual({ generic: '物业公司' });
    expect(officeOfTitle('业委会')).toEqual({ generic: '业委会' });
  });
});
