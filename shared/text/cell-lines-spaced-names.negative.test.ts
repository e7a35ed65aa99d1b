import { describe, expect, it } from 'vitest';
import { spacedNames } from './cell-lines';

describe('spaced-names-cell: negative cases', () => {
  it.each([
    // a name broken by a space: one name, the space dropped
    ['县 教体局', '县教体局'],
    ['伏羲 山管委 会', '伏羲山管委会'],
    // one name alone
    ['县教体局', '县教体局'],
    // a part that ends as no body's name
    ['县教体局 负责', '县教体局负责'],
  ])('%s', (cell, read) => {
    expect(spacedNames({ text: cell, start: 0, end: cell.length })).toBe(read);
  });
});
