import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// by-owner-offices, negative: a making-up, an approval or an issuing after 由 assigns no one, nor 向 a body alone.
describe('by-owner-offices: negative cases', () => {
  it.each(['小组由区住建局、区财政局组成。', '方案由区政府批准后实施。', '由企业向区住建局申请。'])('%s', (text) => {
    expect(proseDuties(text).map((d) => d.name)).not.toContain('区住建局');
  });
});
