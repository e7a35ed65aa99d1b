import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsibility';

// organise-implement, where it must not fire: 组织 before another verb (组织开展) is no verb of duty a body closes on.
describe('organise-implement: negative cases', () => {
  it('leaves 组织开展 inside the text unread as a body', () => {
    const read = readResponsibility('（组织开展专项检查）');
    expect([...read.lead, ...read.support]).toEqual([]);
  });
});
