import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../electron/import/text';
import { breaksEndParagraphs, repairParagraphs } from './repair';

// paragraph-blocks: a document whose breaks end paragraphs (a page crawled a paragraph a line, a Word file typed so)
// keeps its short lines apart, joining across a break only a sentence visibly cut in two.

const read = (text: string) => repairParagraphs(textBlocks(text)).map((p) => p.text);
const BODY =
  '市委市政府高度重视审计查出问题的整改落实工作，多次作出重要批示，推进审计整改落实；市政府认真贯彻市人大常委会审议意见，专题部署整改工作，明确整改责任和时限要求。';

describe('paragraph-blocks', () => {
  it('tells a document of paragraphs by the share of its text in blocks longer than a printed line', () => {
    expect(breaksEndParagraphs(textBlocks(`关于审计查出问题整改情况的报告\n2018年11月22日在市人大常委会会议上\n${BODY}\n${BODY}`))).toBe(true);
  });

  it('keeps a speech report’s date, speaker and addressees apart', () => {
    const text = `关于2017年度审计查出问题整改情况的报告\n2018年11月22日在慈溪市十七届人大常委会第十六次会议上\n市审计局局长 俞金华\n主任、各位副主任、各位委员:\n${BODY}\n${BODY}`;
    expect(read(text).slice(1, 4)).toEqual(['2018年11月22日在慈溪市十七届人大常委会第十六次会议上', '市审计局局长 俞金华', '主任、各位副主任、各位委员:']);
  });

  it('keeps a byline with no mark at its end off the paragraph after it', () => {
    const text = `${BODY}\n融媒体中心记者王小明通讯员李华报道\n${BODY}`;
    expect(read(text)).toEqual([BODY, '融媒体中心记者王小明通讯员李华报道', BODY]);
  });

  it('joins a sentence the break visibly cut: after a comma or 顿号, before a closing mark, and a row cut on its pipe', () => {
    expect(read(`${BODY}\n${BODY}\n截至目前，已完成整改问题32个，\n整改金额1.2亿元。`).slice(2)).toEqual(['截至目前，已完成整改问题32个，整改金额1.2亿元。']);
    expect(read(`${BODY}\n${BODY}\n按照《审计法》\n》的要求开展`).length).toBe(3);
    expect(read(`${BODY}\n${BODY}\n一、紧扣重点任务 |\n|\n|`).slice(2)).toEqual(['一、紧扣重点任务 | | |']);
    // a paragraph's length stopping short of a sentence's end, the rest after a blank line (a page turn in a copy)
    const cut = `${BODY.slice(0, -1)}，严格规范人力资源招聘`;
    expect(read(`${BODY}\n${cut}\n\n行为，禁止就业性别歧视。`)).toEqual([BODY, `${cut}行为，禁止就业性别歧视。`]);
  });
});
