import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsibility';

// by-work-words, negative cases: 由 inside a word (自由, 理由) opens no assignment, and a list before 由 is no work.
describe('by-work-words: 由 that assigns nothing', () => {
  it('keeps 自由 inside a name', () => {
    expect(readResponsibility('上海自由贸易试验区管委会负责。').lead).toEqual(['上海自由贸易试验区管委会']);
  });

  it('reads no body out of 理由', () => {
    expect(readResponsibility('说明理由由申请人负责。').lead.every((n) => !n.includes('由'))).toBe(true);
  });

  it('keeps a body before 由 a body of its own when the words before are a list of names', () => {
    expect(readResponsibility('市财政局、市税务局由市政府统一协调。').lead.every((n) => !n.includes('由'))).toBe(true);
  });
});
