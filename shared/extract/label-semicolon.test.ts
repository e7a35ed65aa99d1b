import { describe, expect, it } from 'vitest';
import { withLabelColons } from './label-semicolon';
import { readResponsibility } from './responsibility';

// label-semicolon: a duty bracket whose label is closed by a semicolon (「(责任单位;住建局、畜牧局、各乡镇场)」, 扶余市's
// 督办 notice) names its bodies as one closed by a colon does.
describe('label-semicolon: a duty label closed by a semicolon', () => {
  it('closes the label with a colon', () => {
    expect(withLabelColons('提升村屯人居环境质量和水平。(责任单位;住建局、畜牧局、各乡镇场)')).toBe('提升村屯人居环境质量和水平。(责任单位：住建局、畜牧局、各乡镇场)');
    expect(withLabelColons('（牵头单位；市发改委）')).toBe('（牵头单位：市发改委）');
  });

  it('reads the bodies of the bracket', () => {
    const read = readResponsibility('实施改厨、改厕、改圈等工程,提升村屯人居环境质量和水平。(责任单位;住建局、畜牧局、各乡镇场)');
    expect([...read.lead, ...read.support]).toEqual(['住建局', '畜牧局']);
  });
});
