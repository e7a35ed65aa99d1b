import { describe, expect, it } from 'vitest';
import { dutyCellText } from './duty-cell';

describe('duty-cell-line: what is no cell of bodies', () => {
  it('a sentence, a name without a body ending, a name past 22 characters, a 、 not after a body', () => {
    expect(dutyCellText('各单位要按照要求，由市发改委牵头')).toBe(false);
    expect(dutyCellText('全体居民牵头')).toBe(false);
    expect(dutyCellText(`${'某'.repeat(23)}局牵头`)).toBe(false);
    expect(dutyCellText('市、区财政局牵头')).toBe(false);
    expect(dutyCellText('市发改委牵头落实。')).toBe(false);
    expect(dutyCellText('牵头')).toBe(false);
  });
});
