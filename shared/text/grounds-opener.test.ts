import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';
import { repairParagraphs } from './repair';

// grounds-opener: a heading run into its paragraph ends where 结合 opens the first sentence with what the work is
// grounded in, up to the sentence's first comma (「结合新片区特色，…」).
describe('grounds-opener: the paragraph under a heading opens on 结合', () => {
  it.each([
    ['（四）专项体检结合新片区特色，开展专项体检。', '结合新片区特色'],
    ['1.全面实施“光伏+”专项工程结合空间资源，分行业推进光伏建设。', '结合空间资源'],
    ['（六）加强综合保障结合全市风险普查的有关工作要求，做好保障。', '结合全市'],
  ])('%s', (piece, body) => {
    const at = headingBodyStart(piece);
    expect(at === null ? null : piece.slice(at, at + body.length)).toBe(body);
  });

  it('gives a one-line plan its headings back', () => {
    const line = '具体任务如下：（一）区级体检结合本区实际，开展区级体检。（二）社区体检结合社区特点，选取试点社区。（三）专项体检结合重点工作，开展专项体检。';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toEqual([
      '具体任务如下：',
      '（一）区级体检',
      '结合本区实际，开展区级体检。',
      '（二）社区体检',
      '结合社区特点，选取试点社区。',
      '（三）专项体检',
      '结合重点工作，开展专项体检。',
    ]);
  });
});
