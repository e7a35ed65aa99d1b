import { describe, expect, it } from 'vitest';
import { streetShortNames, withFullNames } from './short-names';

// street-short: a street's office written short as its street (「(责任单位:仁兴街、执法局)」 beside 仁兴街道办事处 in the
// addressee line, 铁西区人民政府督查室, 2019) is that 街道.
describe('street-short: X街 beside X街道办事处 is that street', () => {
  it('maps the short form to the street the document names', () => {
    const short = streetShortNames('仁兴街道办事处、北沟街道办事处、区住建局:');
    expect(withFullNames(['仁兴街', '区执法局', '北沟街'], short)).toEqual(['仁兴街道', '区执法局', '北沟街道']);
  });
});
