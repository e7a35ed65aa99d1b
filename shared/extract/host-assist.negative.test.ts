import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsibility';

describe('host-assist: negative cases', () => {
  it('reads no duty from 主办 inside a phrase', () => {
    expect(readResponsibility('举办展会。(主办方另行通知)').lead).toEqual([]);
  });

  it('reads no duty from a bracket where 主办 only qualifies the words after it', () => {
    expect(readResponsibility('举办博览会。(省商务厅主办的展会除外)').lead).toEqual([]);
  });

  it('keeps a clause that assigns the work to its host as one assignment, not two', () => {
    const read = readResponsibility('推进项目建设。(省发改委主办)');
    expect([read.lead, read.support]).toEqual([['省发改委'], []]);
  });
});
