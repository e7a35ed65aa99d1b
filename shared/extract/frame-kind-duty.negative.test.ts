import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { proseDuties } from './prose-duty';
import { readResponsibility } from './responsibility';

const labels = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${[...m.lead, ...m.generic].join('、')}`);

describe('by-clause: 由 that opens the clause, or sits inside a name', () => {
  it.each([
    ['由县税务局牵头，县财政局配合，于6月底前完成宣传。', ['县税务局'], ['县财政局']],
    ['中国（上海）自由贸易试验区管委会牵头，市商务委配合。', ['中国（上海）自由贸易试验区管委会'], ['市商务委']],
  ])('%s', (text, lead, support) => {
    const r = readResponsibility(text);
    expect([r.lead, r.support]).toEqual([lead, support]);
  });
});

describe('frame-kind-duty: duties that still keep a framing section', () => {
  it('keeps a 保障措施 item naming a body', () => {
    const text = ['某市工作方案', '一、主要任务', '（一）完善机制。建立机制。（市房产局负责）', '二、保障措施', '（一）强化资金保障。统筹安排资金。（市财政局负责）'];
    expect(labels(text)).toEqual(['一、（一） 市房产局', '二、（一） 市财政局']);
  });

  it('keeps an item whose bracket gives the duty to every department', () => {
    const text = ['国务院关于落实重点工作部门分工的意见', '一、落实主要目标', '（一）总体要求和主要预期目标。', '1.在党中央坚强领导下，做好经济社会发展工作。（国务院各部门分别负责，年内持续推进）'];
    expect(labels(text)).toEqual(['1. 国务院各部门']);
  });
});

describe('prose: enterprises with names of their own are still bodies', () => {
  it.each([
    ['市供电公司负责线路改造。', '市供电公司'],
    ['国网宿州供电公司负责电力接入。', '国网宿州供电公司'],
  ])('%s', (text, name) => {
    expect(proseDuties(text).map((d) => d.name)).toEqual([name]);
  });
});
