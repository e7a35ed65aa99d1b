import { describe, expect, it } from 'vitest';
import { highlightTerms, makeSnippet, MARK_END, MARK_START } from './snippet';

const m = (s: string) => MARK_START + s + MARK_END;

describe('highlightTerms', () => {
  it.each([
    ['推进养老机构改革', ['养老'], `推进${m('养老')}机构改革`],
    ['养老机构与养老服务', ['养老机构', '养老'], `${m('养老机构')}与${m('养老')}服务`],
    ['没有命中', ['养老'], '没有命中'],
  ])('%s', (text, terms, expected) => {
    expect(highlightTerms(text, terms)).toBe(expected);
  });
});

describe('makeSnippet', () => {
  it('centres on the first match and marks cut ends', () => {
    const text = '甲'.repeat(100) + '信用信息' + '乙'.repeat(100);
    const s = makeSnippet(text, ['信用'], 10);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain(m('信用'));
  });
});
