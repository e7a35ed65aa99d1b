import { describe, expect, it } from 'vitest';
import { withLabelColons } from './label-semicolon';

// label-semicolon, where it must not fire: a semicolon after a label's words in running prose, or in a bracket that
// does not open on the label.
describe('label-semicolon: negative cases', () => {
  it.each([
    '各镇要明确责任单位；建立工作台账。',
    '(各村要落实责任单位;按时上报)',
    '明确牵头部门；细化工作措施。',
  ])('%s', (text) => {
    expect(withLabelColons(text)).toBe(text);
  });
});
