import { describe, expect, it } from 'vitest';
import { measureCitation, numberingRestarts } from './measure-citation';

const m = (section: string | null, label: string, number: number) => ({ section, label, number });

describe('measureCitation', () => {
  const restarting = { measures: [m('一', '1.', 1), m('一', '2.', 2), m('二', '1.', 3), m('二', '2.', 4)] };
  it.each([
    [restarting.measures[2], '二、1.'],
    [restarting.measures[1], '一、2.'],
  ])('%j → %s', (measure, expected) => {
    expect(measureCitation(restarting, measure)).toBe(expected);
  });

  it('finds numbering that starts again', () => {
    expect(numberingRestarts(restarting.measures)).toBe(true);
  });
});
