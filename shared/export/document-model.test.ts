import { describe, expect, it } from 'vitest';
import { paragraph, withSignature, type Block } from './document-model';

/** The texts of the paragraphs kept with the next block, in order. */
const kept = (blocks: Block[]) =>
  blocks.filter((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph' && b.keepNext === true).map((b) => b.spans.map((s) => s.text).join(''));

describe('withSignature', () => {
  it.each([
    ['特此通知。', ['请你单位高度重视，抓紧推进落实。', '特此通知。']],
    ['特此报告。', ['请你单位高度重视，抓紧推进落实。', '特此报告。']],
    ['特此通报。', ['请你单位高度重视，抓紧推进落实。', '特此通报。']],
  ])('keeps the paragraph before a closing formula (%s) with it and the signature', (closing, expected) => {
    const blocks = withSignature([paragraph('第一段。'), paragraph('请你单位高度重视，抓紧推进落实。'), paragraph(closing)], '某某办公室', '2022年2月1日');
    expect(kept(blocks)).toEqual(expected);
    expect(blocks[blocks.length - 1]).toEqual({ kind: 'signature', office: '某某办公室', date: '2022年2月1日' });
  });

  it.each([
    ['a last paragraph that is not a closing formula', [paragraph('第一段。'), paragraph('现将有关情况报告如下，请审阅。')], ['现将有关情况报告如下，请审阅。']],
    ['a closing formula inside a longer paragraph', [paragraph('第一段。'), paragraph('请抓紧落实。特此通知。')], ['请抓紧落实。特此通知。']],
    ['a closing formula after a table', [{ kind: 'table', columns: [], rows: [] } as Block, paragraph('特此通知。')], ['特此通知。']],
    ['a body ending in a table', [paragraph('第一段。'), { kind: 'table', columns: [], rows: [] } as Block], []],
  ])('keeps only the last paragraph for %s', (_, body, expected) => {
    expect(kept(withSignature(body, null, '2022年2月1日'))).toEqual(expected);
  });

  it('leaves the blocks it was given as they were', () => {
    const body = [paragraph('请抓紧落实。'), paragraph('特此通知。')];
    withSignature(body, null, '2022年2月1日');
    expect(body.every((b) => b.kind !== 'paragraph' || b.keepNext === undefined)).toBe(true);
  });
});
