import { describe, expect, it } from 'vitest';
import { officeLeads, officeParagraphs } from './office-paragraphs';
import { readResponsibility } from './responsibility';

// town-offices, negative cases: kinds of enterprise and every office are no names, a 牵头 later in a paragraph leads
// only its part, and offices none of which opens on 牵头 still share the work.
describe('town-offices: what divides nothing, or names no lead', () => {
  it.each([
    // enterprises of a kind, and every office of the town
    '保险公司负责理赔工作。\n物业公司负责日常巡查。',
    '各处室负责本处室的排查。\n各所负责本所的排查。',
    // one name alone is an ordinary sentence with a subject
    '房管所负责牵头组织排查整治工作。\n各居村要加强巡查。',
  ])('%s', (text) => {
    expect(officeParagraphs(text)).toEqual([]);
  });

  it('reads no lead where 牵头 comes later in a paragraph', () => {
    expect(officeLeads('安监所负责消防安全宣传，牵头石油化工行业的排查。\n财政所负责经费保障。')).toEqual([]);
  });

  it('keeps offices that none leads sharing the measure', () => {
    const r = readResponsibility('工作分工\n房管所负责规模租赁场所的排查。\n安监所负责人员密集场所的排查。');
    expect([r.lead, r.support, r.joint]).toEqual([['房管所', '安监所'], [], true]);
  });
});
