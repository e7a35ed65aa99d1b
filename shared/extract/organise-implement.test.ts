import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsibility';

// organise-implement: 「X组织落实」 names X as one who carries the work out, as 「X负责落实」 does (沪市监特种〔2023〕414号).
describe('organise-implement: 组织落实 after a body', () => {
  it('reads the body without the verb', () => {
    const read = readResponsibility('（市局特种设备安全监察处牵头；市财政局组织落实）');
    expect([...read.lead, ...read.support]).toEqual(['市局特种设备安全监察处', '市财政局']);
  });
});
