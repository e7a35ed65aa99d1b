import { describe, expect, it } from 'vitest';
import { isDutyCellLine } from '../text/repair';

// duty-cell-line: what is no cell of bodies.
describe('duty-cell-line: negative cases', () => {
  it.each([
    ['各地要切实负责'], // a sentence's subject is no body
    ['市发改委牵头落实，各部门配合。'], // a sentence, not a cell
    ['加强财政政策信息公开'], // a step
    ['市发改委'], // a body without its duty
    ['由市发改委牵头落实有关工作'], // the duty goes on
  ])('%s is no cell of bodies', (line) => {
    expect(isDutyCellLine(line)).toBe(false);
  });
});
