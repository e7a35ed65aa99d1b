import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { proseDuties } from './prose-duty';
import { readResponsibility } from './responsibility';

const labels = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.lead.join('、')}`);

// by-clause: 「…工作由A牵头」 names the work, then 由 the body; frame-kind-duty: a 保障措施 item whose only duty goes to a
// kind of department frames the work; kinds of enterprise and citations in the prose are no body
// (沈阳市城镇房屋安全管理三项制度工作方案, 七、保障措施 and 四、（三）).
describe('by-clause: the work, 由, then the body', () => {
  it.each<[string, string[], string[]]>([
    ['城镇房屋管理三项制度工作由房产部门牵头，财政、城乡建设等行业主管部门按照职责分工，加快出台相关制度规范。', [], ['房产部门']],
    ['该项工作由市财政局牵头，市税务局配合。', ['市财政局'], []],
    ['年度考核事项由县人社局负责。', ['县人社局'], []],
  ])('%s', (text, lead, generic) => {
    const r = readResponsibility(text);
    expect([r.lead, r.generic.filter((g) => generic.includes(g))]).toEqual([lead, generic]);
  });
});

describe('frame-kind-duty: a 保障措施 item giving its duty to a kind of department frames the work', () => {
  it('reads the tasks and leaves the 保障措施 out', () => {
    const text = [
      '某市房屋安全管理工作方案',
      '一、工作内容',
      '（一）定期体检制度。开展体检。（市房产局负责）',
      '（二）养老金制度。建立账户。（市财政局负责）',
      '二、保障措施',
      '（一）加强组织领导。城镇房屋管理三项制度工作由房产部门牵头，财政、城乡建设等行业主管部门按照职责分工，加快出台相关制度规范。',
      '（二）加强宣传培训。要及时开展政策解读和业务培训。',
    ];
    expect(labels(text)).toEqual(['一、（一） 市房产局', '一、（二） 市财政局']);
  });
});

describe('prose: kinds of enterprise and citations are no body', () => {
  it.each([
    '保险责任期内，如发生合同约定的保险事故，保险公司负责维修或赔付。',
    '物业公司要做好巡查工作。',
    '新建房屋工程质量保险按照《住房和城乡建设部关于开展工程质量安全提升行动试点工作的通知》（建质〔2017〕169号）要求，我市已出台实施意见。',
  ])('%s', (text) => {
    expect(proseDuties(text)).toEqual([]);
  });
});
