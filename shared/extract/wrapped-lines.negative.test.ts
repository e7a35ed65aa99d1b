import { describe, expect, it } from 'vitest';
import { policyLines } from './policy-lines';
import { continuesCutName } from './wrapped-lines';

describe('wrapped-lines: negative cases', () => {
  it.each([
    // the field ends on a whole name: the next line is names one a line, or the text
    ['责任单位：区财政局', '区发改局、区住建局'],
    ['牵头单位：区发改局', '完成时限：2024年6月底前'],
    // the field ends on punctuation
    ['责任单位：市财政局、', '市住建局'],
    // not a field line
    ['加快推进园区建设，完善党工', '委工作机制。'],
    // the next line opens an item
    ['责任单位：市发展改革委、市财政局、市住房城乡建', '2.加强项目建设。'],
  ])('%s / %s', (line, next) => {
    expect(continuesCutName(line, next)).toBe(false);
    expect(policyLines([line, next].map((text, index) => ({ index, text })))).toHaveLength(2);
  });
});
