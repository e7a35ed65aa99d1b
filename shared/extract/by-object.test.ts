import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// by-object: 由 and the bodies, then the work's object after 对 and its verb (「由镇规建办、安监所对在建…工程履行安全、质量、
// 文明施工监督程序」, 七宝镇, 2020, 三、5.): the bodies carry the work.
describe('by-object: 由A、B对…履行 gives A and B the work', () => {
  it.each([
    ['施工过程中，由镇规建办、安监所对在建工程履行监督程序。', ['镇规建办', '镇安监所']],
    ['由区市场监管局对经营主体进行抽查。', ['区市场监管局']],
  ])('%s', (text, names) => {
    expect(proseDuties(text).map((d) => d.name)).toEqual(names);
  });
});
