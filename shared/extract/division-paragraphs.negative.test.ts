import { describe, expect, it } from 'vitest';
import { isGenericActor, readNameList } from './departments';
import { divisionParagraphs } from './division-paragraphs';
import { extractPolicy } from './policy';

const labels = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.title}`);

describe('division-paragraphs: colons and subjects that divide nothing', () => {
  it.each([
    // one body and a colon alone is a sentence with a subject
    '市政府：统筹推进全市房屋安全管理工作。',
    // a run-in heading closed by a colon is a title, not a body
    '工作目标：到2025年建立房屋养老金制度。\n主要任务：开展房屋定期体检。',
    '工作目标：\n主要任务：',
    '高风险类：每周上门一次。\n低风险类：每月上门一次。',
    // a body as the subject of 负责 with no colon, inside ordinary text
    '市房产局负责牵头组织实施。\n市财政局负责资金保障。',
    // the closing run of many bodies without any paragraph opening on a colon before it
    '市发展改革委、国资委等其他行业部门按照有关责任分工，负责督促落实。',
    // a person heading a body, a leader's role
    '指挥：市长。\n副指挥：分管副市长。',
  ])('%s', (text) => {
    expect(divisionParagraphs(text)).toEqual([]);
  });

  it('leaves a section of another title to the other rules', () => {
    const text = ['某市工作方案', '一、工作内容', '（一）定期体检制度。开展体检。（市房产局负责）', '（二）养老金制度。建立账户。（市财政局负责）', '二、工作机制', '市房产局：负责牵头组织实施。', '市财政局：负责资金保障。'];
    expect(labels(text)).toEqual(['（一） 定期体检制度', '（二） 养老金制度']);
  });

  it('reads a 职责分工 section numbering its own items item by item', () => {
    const text = ['某街道实施方案', '一、职责分工', '1.街道消委办。牵头开展关爱工作。', '2.派出所。负责隐患确认。', '二、工作措施', '（一）动态排查。各居委排摸梳理。'];
    expect(labels(text)).toEqual(['1. 街道消委办', '2. 派出所', '（一） 动态排查']);
  });

  it.each(['市房产局', '市住建局', '沈阳住房公积金管理中心', '万祥镇人民政府', '区政府办公室'])('%s is a body', (name) => {
    expect(isGenericActor(name)).toBe(false);
  });

  it('gives no level to an institute, nor to a bureau written with its own city', () => {
    expect(readNameList('市发改委、规划设计院、深圳市城市管理局').map((x) => x.name)).toEqual(['市发改委', '规划设计院', '深圳市城市管理局']);
  });
});
