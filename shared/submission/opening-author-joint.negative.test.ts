// Negative cases of joint-speakers (see opening-author-joint.test.ts).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { jointSpeakers } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('joint-speakers: negative cases', () => {
  it.each([
    ['the pair heading one sentence only', '市委、市政府高度重视审计整改工作。市审计局及时印发整改清单,督促整改。'],
    ['under the pair’s leadership, others working', '2023年,在市委、市政府的正确领导下,市卫生健康委坚持以人民为中心。在市委、市政府的坚强领导下,全系统扎实推进各项工作。'],
    ['following the pair’s arrangements', '按照市委、市政府部署,各部门全力推进。根据市委、市政府要求,全市开展专项整治。'],
    ['the pair’s leaders, not the pair', '市委、市政府主要领导多次听取汇报。市委、市政府领导多次深入一线调研。'],
    ['a report speaking as a body of its own', '市委、市政府高度重视该项工作。市委、市政府多次作出部署,我局认真抓好落实。'],
    ['committee and government of different levels', '省委、市政府高度重视。省委、市政府坚持问题导向。'],
    ['a pair inside a sentence, not heading it', '全市上下在市委、市政府坚持推动下取得成效。各区认真落实市委、市政府把生态放在首位的要求。'],
  ])('not %s', (_what, text) => {
    expect(jointSpeakers(lines(text))).toEqual([]);
  });

  it('a report whose title names its body keeps it, the pair it speaks of notwithstanding', () => {
    const text = '广东省人民政府关于2020年度审计查出问题整改情况的报告\n省人大常委会:\n省委、省政府高度重视审计整改工作,多次作出部署。省委、省政府坚持把整改作为重要政治任务。';
    const found = detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.rawDepartments).toEqual(['广东省人民政府']);
  });
});
