import { describe, expect, it } from 'vitest';
import { officeLeads, officeParagraphs } from './office-paragraphs';
import { readResponsibility } from './responsibility';

// town-offices: a town's division of the work among its offices, stations, teams and company, a paragraph each
// opening on one name or a few; the names whose paragraph opens on 牵头 lead, the others support.
const TOWN = [
  '（二）细化职责分工',
  '房管所、规建生态办负责牵头组织城镇房屋安全隐患排查整治工作；',
  '经发办负责园区、企业的房屋安全隐患排查整治工作；',
  '平安办、公安派出所负责城镇旅馆业、特种行业的房屋安全隐患排查整治工作；',
  '综合行政执法队负责违法建筑的整治等工作；',
  '新吴泾投资经营有限公司负责镇属国有资产的房屋安全隐患排查整治工作；',
  '农业服务站负责农业设施用房的排查工作。',
].join('\n');

describe('town-offices: a town divides the work by office', () => {
  it('reads each paragraph\'s names, lists of them, stations, teams and the company among them', () => {
    expect(officeParagraphs(TOWN)).toEqual(['房管所', '规建生态办', '经发办', '平安办', '公安派出所', '综合行政执法队', '新吴泾投资经营有限公司', '农业服务站']);
  });

  it('takes the names whose paragraph opens on 牵头 for the lead', () => {
    expect(officeLeads(TOWN)).toEqual(['房管所', '规建生态办']);
    expect(officeLeads('职责分工\n综合科牵头做好文稿起草。\n财务科负责经费保障。')).toEqual(['综合科']);
  });

  it('leads with those names and gives the others a supporting share', () => {
    const r = readResponsibility(TOWN);
    expect([r.lead, r.support, r.joint]).toEqual([
      ['房管所', '规建生态办'],
      ['经发办', '平安办', '公安派出所', '综合行政执法队', '新吴泾投资经营有限公司', '农业服务站'],
      false,
    ]);
  });
});
