import { describe, expect, it } from 'vitest';
import { closingParagraphStart } from './closing-paragraph';
import { repairParagraphs } from './repair';

// A bracket that names no duty, one the measure goes on after with punctuation or another bracket, or a few words after
// it, opens no closing paragraph.
describe('closing-paragraph: brackets the measure goes on after', () => {
  it.each([
    ['三、推进改革（试行）工作，落实各项要求。'],
    ['三、推进改革。（责任单位：市财政局）（2023年底前完成）'],
    ['三、推进改革。（市财政局负责），并定期报告。'],
    ['三、推进改革。（市财政局负责）持续推进'],
    ['三、推进改革，落实各项要求。'],
  ])('%s', (piece) => {
    expect(closingParagraphStart(piece)).toBeNull();
  });

  it('leaves a paragraph of a document with its breaks whole', () => {
    const text = '三、丙项工作。（责任单位：市税务局）本措施自2022年6月1日起实行，有效期至2023年12月31日止。';
    expect(repairParagraphs([{ text, start: 0, end: text.length }]).map((p) => p.text)).toEqual([text]);
  });
});
