import { describe, expect, it } from 'vitest';
import { withoutOwnPrefix } from './own-unit-prefix';

// own-unit-prefix, negative cases: a head's office, a body under the bureau, a name with a place or level in front and
// a name that is not an office keep what they write.
describe('own-unit-prefix: names that keep their first character', () => {
  it.each(['局长办公室', '局属单位', '局直机关', '市局办公室', '部门', '局机关党委', '厅长', '局办'])('%s', (name) => {
    expect(withoutOwnPrefix(name)).toBe(name);
  });
});
