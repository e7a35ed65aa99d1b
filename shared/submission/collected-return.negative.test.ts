import { describe, expect, it } from 'vitest';
import { collectedRows } from './collected-return';
import { columnKind } from './return-columns';

const paragraphs = (lines: string[]) => lines.map((text, index) => ({ index, text }));
const asWritten = (names: string[]) => [...new Set(names.filter((n) => /(?:局|委|办|中心)$/.test(n)))];

describe('collectedRows leaves a table that gathers no one else’s rows to its sender', () => {
  it('a department’s own return, whose rows name it among the bodies of its tasks', () => {
    const lines = ['区民政局关于重点任务落实情况的报告', '序号 | 任务 | 责任单位 | 落实情况', '1 | 甲 | 区人社局、区民政局 | 我局培训养老护理员200名。', '2 | 乙 | 区民政局 | 已完成。', '区民政局'];
    expect(collectedRows(paragraphs(lines), ['区民政局'], asWritten).size).toBe(0);
  });

  it('a table whose rows all name one body', () => {
    const lines = ['序号 | 任务 | 责任单位 | 落实情况', '1 | 甲 | 区人社局 | 已完成。', '2 | 乙 | 区人社局 | 已完成。'];
    expect(collectedRows(paragraphs(lines), [], asWritten).size).toBe(0);
  });

  it('the policy’s own division, which has no column of what was done', () => {
    const lines = ['序号 | 任务 | 责任单位 | 完成时限', '1 | 甲 | 区人社局 | 2021年底前', '2 | 乙 | 区发改委 | 2021年底前'];
    expect(collectedRows(paragraphs(lines), [], asWritten).size).toBe(0);
  });

  it('rows whose bodies only support the work', () => {
    const lines = ['序号 | 任务 | 配合单位 | 进展情况', '1 | 甲 | 区人社局 | 已完成。', '2 | 乙 | 区发改委 | 已完成。'];
    expect(collectedRows(paragraphs(lines), [], asWritten).size).toBe(0);
  });

  it('rows with no header above them, and prose that names bodies', () => {
    const lines = ['1 | 甲 | 区人社局 | 已完成。', '2 | 乙 | 区发改委 | 已完成。', '区人社局、区发改委按照分工推进落实。'];
    expect(collectedRows(paragraphs(lines), [], asWritten).size).toBe(0);
  });
});

describe('columnKind is no answering column for a person or a date', () => {
  it.each(['责任领导', '牵头领导', '责任人', '完成时限', '备注'])('%s', (cell) => expect(columnKind(cell)).not.toBe('answering'));
});
