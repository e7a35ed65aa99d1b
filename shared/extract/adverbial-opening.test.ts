import { describe, expect, it } from 'vitest';
import { officeLeads, officeParagraphs } from './office-paragraphs';

// The adverbial-opening rule: an office's paragraph may put what it goes by, closed by a comma, between its name and
// its verb of duty (「城运中心结合全市第一次自然灾害综合风险普查，协同做好…」); 协同 is such a verb.
const TOWN = [
  '房管所、规建生态办负责牵头组织城镇房屋安全隐患排查整治工作；',
  '经发办负责园区、企业的房屋安全隐患排查整治工作；',
  '城运中心结合全市第一次自然灾害综合风险普查，协同做好面上排查整治协调等工作；',
  '安监所按照属地管理要求，负责工业企业的排查工作。',
].join('\n');

describe('adverbial-opening: an office\'s paragraph with what it goes by before its verb', () => {
  it('reads the offices whose paragraphs open so', () => {
    expect(officeParagraphs(TOWN)).toEqual(['房管所', '规建生态办', '经发办', '城运中心', '安监所']);
  });

  it('leaves the lead to the paragraph opening on 牵头', () => {
    expect(officeLeads(TOWN)).toEqual(['房管所', '规建生态办']);
  });
});
