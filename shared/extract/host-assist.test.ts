import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsibility';

describe('host-assist: 主办 leads as 牵头 does, 协办 supports as 配合 does', () => {
  it.each([
    ['(省财政厅主办,省国税局、地税局协办)', ['省财政厅'], ['省国税局', '省地税局']],
    ['(省发改委主办,省工信委、科技厅协办)', ['省发改委'], ['省工信委', '省科技厅']],
    ['（市商务局主办，市财政局协办）', ['市商务局'], ['市财政局']],
  ])('%s', (text, lead, support) => {
    const read = readResponsibility(`推进项目建设。${text}`);
    expect([read.lead, read.support, read.joint]).toEqual([lead, support, false]);
  });
});
