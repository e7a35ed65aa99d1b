import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// adverb-echo: a heading opening on an adverb and its verb, run into a paragraph that says the verb again, ends before
// the verb said again (「（五）积极支持开展燃气相关标准制定支持本市相关单位…」, 沪市监特种〔2023〕414号).
describe('adverb-echo: the verb after an adverb, said again', () => {
  it.each([
    ['（五）积极支持开展燃气相关标准制定支持本市相关单位牵头或参与制修订国家标准。', '支持本市'],
    ['（二）大力推进老旧小区改造推进各区加快实施改造项目。', '推进各区'],
  ])('%s', (piece, body) => {
    const at = headingBodyStart(piece);
    expect(at === null ? null : piece.slice(at, at + body.length)).toBe(body);
  });
});
