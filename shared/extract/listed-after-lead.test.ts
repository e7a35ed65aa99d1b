import { describe, expect, it } from 'vitest';
import { listedBodies } from './listed-after-lead';
import { readResponsibility } from './responsibility';

// listed-after-lead: bodies listed right after the lead's clause work with it.
describe('listed-after-lead: 「A牵头，B以及C等，与…共同…」 names B supporting A', () => {
  it('reads the listed school as supporting, the pilots as generic', () => {
    const read = readResponsibility('教务处牵头，经济管理学院以及试点学院等，与相关专业和合作企业的教授、专家等共同建立有效的管理与咨询组织。');
    expect(read.lead).toEqual(['教务处']);
    expect(read.support).toEqual(['经济管理学院']);
  });

  it.each([
    ['经济管理学院以及试点学院等', ['经济管理学院', '试点学院']],
    ['学生处、人事处和科技处', ['学生处', '人事处', '科技处']],
  ])('%s is a list of bodies', (clause, names) => {
    expect(listedBodies(clause)).toEqual(names);
  });
});
