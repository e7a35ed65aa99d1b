import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../electron/import/text';
import { repairParagraphs } from './repair';

// A paragraph joined from tens of thousands of lines cut mid-sentence (a hostile file, or a copy that lost its
// punctuation) is read in one pass: the rules read the line's worth they need, not the whole paragraph at each line.
const line = (k: number) => `推进第${k}项工作、落实保障${'\uFFFD\u202E\u0301'.repeat(8)}和监督${k % 10}`;

describe('repair: a paragraph of many wrapped lines', () => {
  it('joins fifty thousand lines cut mid-sentence, keeping every character', () => {
    const lines = Array.from({ length: 50_000 }, (_, k) => line(k));
    const paragraphs = repairParagraphs(textBlocks(lines.join('\n')));
    expect(paragraphs.length).toBeLessThan(10);
    expect(paragraphs.map((p) => p.text).join('')).toBe(lines.join(''));
  }, 60_000);

  it('still ends the paragraph at a line that closes a sentence', () => {
    const lines = [...Array.from({ length: 20_000 }, (_, k) => line(k)), '全面完成。', '二、加强保障。'];
    const paragraphs = repairParagraphs(textBlocks(lines.join('\n')));
    expect(paragraphs.at(-1)?.text).toBe('二、加强保障。');
    expect(paragraphs.at(-2)?.text.endsWith('和监督9全面完成。')).toBe(true);
  }, 60_000);
});
