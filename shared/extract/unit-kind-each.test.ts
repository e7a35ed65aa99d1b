import { describe, expect, it } from 'vitest';
import { carryEach } from './list-each';

// unit-kind: after a 各 naming a body's own units, the kinds of unit that follow are every unit of that kind.
describe('unit-kind: 各有关司局、派出机构', () => {
  it.each([
    [['各有关司局', '派出机构'], ['各有关司局', '各派出机构']],
    [['各处室', '直属单位'], ['各处室', '各直属单位']],
    [['各司局', '直属有关单位'], ['各司局', '各直属有关单位']],
  ])('%j', (names, out) => {
    expect(carryEach(names.map((name, k) => ({ name, after: k === 0 ? null : '、' })))).toEqual(out);
  });
});
