import { describe, expect, it } from 'vitest';
import { measureCitation, numberingRestarts } from './measure-citation';

const m = (section: string | null, label: string, number: number) => ({ section, label, number });

describe('measureCitation: negative cases', () => {
  it('keeps the label alone where numbering runs on', () => {
    const running = { measures: [m('一', '1.', 1), m('二', '2.', 2)] };
    expect(measureCitation(running, running.measures[1])).toBe('2.');
    expect(numberingRestarts(running.measures)).toBe(false);
  });

  it('keeps the label alone without sections', () => {
    const flat = { measures: [m(null, '1.', 1), m(null, '1.', 2)] };
    expect(measureCitation(flat, flat.measures[1])).toBe('1.');
  });
});
