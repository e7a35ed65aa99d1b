import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

const cut = (piece: string) => {
  const at = headingBodyStart(piece);
  return at === null ? null : [piece.slice(0, at), piece.slice(at)];
};

// point-openers: a heading run into a paragraph that opens on the first of its points (一是) or on a request to each
// place's bodies (请各…) ends where they begin (沪民养老发〔2024〕11号 read from one line).
describe('point-openers: 一是 and 请各 open the paragraph under a heading', () => {
  it.each([
    ['二、推进重点问题整改一是针对消防控制室值班人员持证人员不足问题。各区民政局要对辖区内养老机构进行排摸。', '二、推进重点问题整改'],
    ['一、开展自查自纠请各区民政局、消防救援局对照《典型问题清单》，督促指导辖区内养老机构进行自查自纠。', '一、开展自查自纠'],
  ])('%s', (piece, heading) => {
    expect(cut(piece)?.[0]).toBe(heading);
  });
});
