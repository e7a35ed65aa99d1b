import { describe, expect, it } from 'vitest';
import { issuerLevel } from './issuer-level';

// town-issuer, negative cases: a district's, a county's or a city's own government keeps its level, a city whose name
// opens on 镇 or 乡 included.
describe('town-issuer: governments of a level still give theirs', () => {
  it.each([
    ['闵行区人民政府', '区'],
    ['上海市闵行区人民政府办公室', '区'],
    ['镇江市人民政府', '市'],
    ['乡宁县人民政府办公室', '县'],
    ['镇巴县人民政府', '县'],
  ])('%s → %s', (issuer, level) => {
    expect(issuerLevel(issuer)).toBe(level);
  });
});
