import { describe, expect, it } from 'vitest';
import { isIssuerSelf } from './issuer-self';

// issuer-self, negative cases: another zone's committee, a committee in a government's plan and a body of the committee
// are bodies of their own.
describe('issuer-self: committees that are not the issuer', () => {
  it.each<[string, string | null]>([
    ['虹桥商务区管委会', '中国（上海）自由贸易试验区临港新片区管理委员会'],
    ['宿马园区管委会', '宿州市人民政府'],
    ['管委会', '宿州市人民政府'],
    ['新片区建设和交通管理处', '中国（上海）自由贸易试验区临港新片区管理委员会'],
    ['管委会', null],
    // a government's office written in full gives itself the work (（国务院办公厅负责）)
    ['国务院办公厅', '国务院办公厅'],
  ])('%s (issuer %s)', (name, issuer) => {
    expect(isIssuerSelf(name, issuer)).toBe(false);
  });
});
