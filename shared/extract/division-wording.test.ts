import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { firstSentence } from './measure-text';
import { readResponsibility } from './responsibility';

// Wordings of real division notices and work points: "由A会同B等部门研究提出落实意见" (State Council division
// notices), a title quoting words that hold a comma, a section heading of two phrases joined by a comma.
const ledger = (...texts: string[]) =>
  extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) }).measures.map((m) => [m.label, m.title, m.lead, m.support]);

describe('由A会同B等部门研究提出落实意见', () => {
  it.each([
    ['关于“稳定粮食生产”的问题，由发展改革委会同农业部、财政部等部门研究提出落实意见。', ['发展改革委'], ['农业部', '财政部']],
    ['关于“完善补贴政策”的问题，由财政部会同农业部研究提出具体实施办法。', ['财政部'], ['农业部']],
    ['关于“划定永久基本农田”的问题，由国土资源部会同农业部等部门负责落实。', ['国土资源部'], ['农业部']],
  ])('%s', (text, lead, support) => {
    const read = readResponsibility(text);
    expect(read.lead).toEqual(lead);
    expect(read.support).toEqual(support);
  });
});

describe('由A会同B等部门研究提出落实意见: negative cases', () => {
  it.each([
    // a study with no body named
    '要深入研究提出落实意见，确保政策落地。',
    // the words studied are not bodies
    '由专家学者研究提出落实意见。',
  ])('%s', (text) => {
    expect(readResponsibility(text).lead).toEqual([]);
  });
});

describe('a title whose quoted words hold a comma', () => {
  it.each([
    ['关于“严守耕地保护红线，划定永久基本农田”的问题，由国土资源部会同农业部等部门负责落实。', '关于“严守耕地保护红线，划定永久基本农田”的问题'],
    ['落实《关于加快发展现代农业，进一步增强农村发展活力的若干意见》提出的各项政策措施，细化分工。', '落实《关于加快发展现代农业，进一步增强农村发展活力的若干意见》提出的各项政策措施'],
    // no quotation marks: the first comma still cuts a long sentence
    ['全面实施行政许可事项清单管理工作并及时将依法设定的行政许可事项全部纳入清单管理，清单之外一律不得违法实施。', '全面实施行政许可事项清单管理工作并及时将依法设定的行政许可事项全部纳入清单管理'],
  ])('%s', (text, title) => {
    expect(firstSentence(text)).toBe(title);
  });
});

describe('a section heading of two phrases joined by a comma', () => {
  it('keeps the numbered items under it as the measures', () => {
    expect(
      ledger(
        '一、坚持系统集成，推动审批全链条优化',
        '1.全面实施行政许可事项清单管理。编制并公布行政许可事项清单。（市政府办公室牵头，市级各有关部门按职责分工负责）',
      ),
    ).toEqual([['1.', '全面实施行政许可事项清单管理', ['市政府办公室'], []]]);
  });

  it.each([
    // a full sentence closing on 。 is an item, not a heading
    ['（一）加大简政放权力度，承接省下放事项。', '1.下放一批管理审批权限。（州行政审批服务局负责）'],
    // two commas: a sentence
    ['（一）加大简政放权力度，承接省下放事项，下放审批权限', '1.下放一批管理审批权限。（州行政审批服务局负责）'],
  ])('%s', (heading, item) => {
    // the coarser item keeps the measure level on a tie when its line reads as a sentence
    expect(ledger(heading, item).map((m) => m[0])).toEqual(['（一）']);
  });
});
