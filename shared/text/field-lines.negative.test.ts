import { describe, expect, it } from 'vitest';
import { fieldLineStarts } from './field-lines';
import { repairParagraphs } from './repair';

// Labels inside brackets or sentences, and a kind of body's paragraph, open no line.
describe('field-lines: labels that stay where they are', () => {
  it.each([
    ['（一）推进改革。（责任单位：市发改委，配合单位：市财政局）'],
    ['（二）落实补贴，由责任单位：市财政局按季度拨付。'],
    ['（三）各地要明确牵头单位、配合单位：以县为主。'],
    ['二、职责分工发改部门：负责项目立项审批备案。财政部门：负责资金筹集。'],
    ['责任单位：市财政局'],
    // 工作要求 and 任务分工 named inside a sentence
    ['（四）按照上级的工作要求：逐项落实到位。'],
    ['（五）明确任务分工，压实责任。'],
  ])('%s', (piece) => {
    expect(fieldLineStarts(piece)).toEqual([]);
  });

  it('leaves a paragraph of a document with its breaks as it is', () => {
    const text = '（一）生产总值增长7%以上责任单位：区发展和改革局';
    expect(repairParagraphs([{ text, start: 0, end: text.length }]).map((p) => p.text)).toEqual([text]);
  });
});
