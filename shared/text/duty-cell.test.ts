import { describe, expect, it } from 'vitest';
import { dutyCellText } from './duty-cell';
import { isDutyCellLine } from './repair';

// duty-cell-line, read over the places a body may end: the same cells as before, and a line of any length in time.
describe('duty-cell-line: a cell of bodies closing on who leads', () => {
  it('reads one body, several one after another or apart by 、, and 分别 before who leads', () => {
    expect(dutyCellText('市发改委牵头落实')).toBe(true);
    expect(dutyCellText('市金融办、人民银行潍坊市中心支行、潍坊银监分局分别牵头落实')).toBe(true);
    expect(dutyCellText('市政府办公室牵头')).toBe(true);
    expect(dutyCellText('区财政局区教育局负责')).toBe(true);
    expect(isDutyCellLine('  市人社局牵头落实 ')).toBe(true);
  });

  it('a line of thousands of bodies ends (a pattern trying every cut of the names did not)', () => {
    // every 局 may close a body or stand inside a name: a backtracking pattern tried each way of cutting them
    expect(dutyCellText(`${'局'.repeat(60)}牵头x`)).toBe(false);
    expect(dutyCellText(`${'区财政局'.repeat(50_000)}牵头x`)).toBe(false);
    expect(dutyCellText(`${'区财政局'.repeat(50_000)}牵头`)).toBe(true);
  }, 60_000);
});
