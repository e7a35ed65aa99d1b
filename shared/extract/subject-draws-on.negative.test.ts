import { describe, expect, it } from 'vitest';
import { proseResponsibility } from './prose-duty';

// subject-draws-on, negative cases: 结合 joining two kinds of work, or after a verb, names no subject.
describe('subject-draws-on: 结合 with no body before it', () => {
  it.each(['坚持线上与线下相结合,及时发布各类信息。', '把政务公开与日常工作结合起来,做好信息发布。', '结合实际制定具体措施。'])('%s', (text) => {
    expect(proseResponsibility(text)).toBeNull();
  });
});
