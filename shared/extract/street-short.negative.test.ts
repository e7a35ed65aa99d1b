import { describe, expect, it } from 'vitest';
import { streetShortNames, withFullNames } from './short-names';

// street-short, where it must not fire: a street the document never names in full, and a road named like a street.
describe('street-short: negative cases', () => {
  it('leaves a 街 the document names no 街道 for', () => {
    const short = streetShortNames('仁兴街道办事处、区住建局:大顺路与北仁兴街东南角需加围挡。');
    expect(withFullNames(['北迎宾街', '人民街'], short)).toEqual(['北迎宾街', '人民街']);
  });
});
