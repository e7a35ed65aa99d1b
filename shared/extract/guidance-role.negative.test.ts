import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsibility';

// 指导 that names no one who answers for a task.
describe('guidance role: negative cases', () => {
  it.each([
    // guidance as a thing done, inside the sentence or the bracket
    '加强对各乡镇的业务指导，帮助解决困难。',
    '开展技术帮扶。（在专家指导下实施）',
    '建立示范基地。（加强技术指导）',
    '编制操作手册。（专家指导）',
    // a body that guides, told in a sentence rather than a responsibility
    '省教育厅指导各地开展培训。',
  ])('%s', (text) => {
    const r = readResponsibility(text);
    expect([r.lead, r.support]).toEqual([[], []]);
  });

  it('leaves a bracket that names its lead as it is', () => {
    const r = readResponsibility('推进改革。（区发改局牵头，区财政局配合）');
    expect([r.lead, r.support, r.joint]).toEqual([['区发改局'], ['区财政局'], false]);
  });
});
