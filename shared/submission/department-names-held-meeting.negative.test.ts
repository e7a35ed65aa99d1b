// Negative cases of held-meeting (see department-names-held-meeting.test.ts): bodies whose names end on 会 stay bodies.
import { describe, expect, it } from 'vitest';
import { looksLikeDepartment } from './department-names';

describe('held-meeting: negative cases', () => {
  it.each([
    ['a commission', '县卫生健康委员会'],
    ['a federation', '市工商业联合会'],
    ['an association', '县个体劳动者协会'],
    ['a chamber of commerce', '市总商会'],
  ])('still a body: %s', (_what, name) => expect(looksLikeDepartment(name)).toBe(true));
});
