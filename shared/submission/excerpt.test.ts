import { describe, expect, it } from 'vitest';
import { EXCERPT_MAX, excerptAround } from './excerpt';

describe('excerptAround', () => {
  it('quotes the sentence holding the match', () => {
    const text = '前言一句。我局牵头第21条，已完成改革。后面一句。';
    const at = text.indexOf('第21条');
    expect(excerptAround(text, at, at + 5)).toBe('我局牵头第21条，已完成改革。');
  });
  it('cuts a long sentence to a window around the match', () => {
    const text = '甲'.repeat(200) + '第6条' + '乙'.repeat(200);
    const at = text.indexOf('第6条');
    const excerpt = excerptAround(text, at, at + 3);
    expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_MAX);
    expect(excerpt).toContain('第6条');
  });
});
