import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';
import { repairParagraphs } from './repair';

// modal-opening: a paragraph opening on a modal (要, 须, 应) before its verb, run on after a heading, begins at the modal
// (「（三）加大…排查整治力度要组织开展…」, 沪市监特种〔2022〕27号).
describe('modal-opening: the paragraph begins at its modal', () => {
  it.each([
    ['（三）加大燃气器具等产品质量安全风险和重大隐患排查整治力度要组织开展生产和流通领域产品质量监督抽查，及时发布抽查结果。', '要组织开展'],
    ['（二）规范液化石油气充装单位管理须开展专项检查和执法查处，严查违法行为。', '须开展专项'],
  ])('%s', (piece, body) => {
    const at = headingBodyStart(piece);
    expect(at === null ? null : piece.slice(at, at + body.length)).toBe(body);
  });

  it('gives a one-line plan its headings back', () => {
    const line = '二、工作任务（一）压实使用单位主体责任各单位要督促使用单位健全安全管理制度。（二）加大燃气器具产品质量安全排查整治力度要组织开展产品质量监督抽查，及时发布抽查结果。';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toContain('（二）加大燃气器具产品质量安全排查整治力度');
  });
});
