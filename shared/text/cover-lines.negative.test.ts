import { describe, expect, it } from 'vitest';
import { coverLineEnds } from './cover-lines';
import { repairParagraphs } from './repair';

// Titles, dates and numbers cited inside sentences end no line.
describe('cover-lines: words of a cover inside sentences', () => {
  it.each([
    // a title named inside book-title marks
    ['按照《关于促进消费的若干措施》的要求，各单位要抓好落实。'],
    // a date inside a sentence, before a comma or a word of time
    ['各单位于2023年5月6日前报送材料，逾期不再受理。'],
    ['自2023年5月6日起施行。'],
    // a date after a clause: not a signature
    ['经研究，2023年5月6日召开专题会议。'],
  ])('%s', (text) => {
    expect(coverLineEnds(text, text.length)).toEqual([]);
  });

  it('gives no line of its own to a document number in brackets cited after a title in book-title marks', () => {
    const text = '现将《国务院关于开展全面督查的通知》（国发明电〔2014〕1号）转发你们，请认真执行';
    const ends = coverLineEnds(text, text.length);
    expect(ends).not.toContain(text.indexOf('（'));
    expect(ends).not.toContain(text.indexOf('）') + 1);
  });

  it('leaves a document with its breaks as it is', () => {
    const text = '某市人民政府关于印发若干措施的通知各区人民政府，市直各单位：现将《若干措施》印发给你们，请认真贯彻执行。';
    expect(repairParagraphs([{ text, start: 0, end: text.length }]).map((p) => p.text)).toEqual([text]);
  });
});
