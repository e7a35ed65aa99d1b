import { describe, expect, it } from 'vitest';
import { kindNamed } from './prose-duty';

// kind-named, negative cases: a body's second name in brackets stays with it, and brackets after a name that is no
// kind of unit are left as written.
describe('kind-named: brackets that name no body for a kind', () => {
  it.each(['县发改局（粮食局）', '区国动办（人防办）', '市场监管局（知识产权局）', '市财政局', '相关单位（部门）', '实施单位（含企业）'])('%s stays', (name) => {
    expect(kindNamed(name)).toBe(name);
  });
});
