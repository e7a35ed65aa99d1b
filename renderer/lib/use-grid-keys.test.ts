import { describe, expect, it } from 'vitest';
import { nextCell } from './use-grid-keys';

describe('nextCell', () => {
  const at = { row: 2, col: 3 };
  it.each([
    ['ArrowRight', false, { row: 2, col: 4 }],
    ['ArrowLeft', false, { row: 2, col: 2 }],
    ['ArrowDown', false, { row: 3, col: 3 }],
    ['ArrowUp', false, { row: 1, col: 3 }],
    ['Home', false, { row: 2, col: 0 }],
    ['End', false, { row: 2, col: 9 }],
    ['Home', true, { row: 0, col: 0 }],
    ['End', true, { row: 19, col: 9 }],
    ['PageDown', false, { row: 12, col: 3 }],
    ['PageUp', false, { row: 0, col: 3 }],
  ])('%s (ctrl %s)', (key, ctrl, to) => {
    expect(nextCell(key, at, 20, 10, ctrl)).toEqual(to);
  });

  it('stops at the edges', () => {
    expect(nextCell('ArrowLeft', { row: 0, col: 0 }, 5, 5)).toEqual({ row: 0, col: 0 });
    expect(nextCell('ArrowDown', { row: 4, col: 4 }, 5, 5)).toEqual({ row: 4, col: 4 });
  });

  it('ignores other keys', () => {
    expect(nextCell('Enter', at, 5, 5)).toBeNull();
    expect(nextCell('a', at, 5, 5)).toBeNull();
  });
});
