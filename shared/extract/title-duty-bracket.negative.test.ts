import { describe, expect, it } from 'vitest';
import { firstSentence } from './measure-text';

// title-duty-bracket, where it must not fire: a bracket that names no duty (a second name, a scope), and a bracket that
// would leave too little of a title.
describe('title-duty-bracket: negative cases', () => {
  it.each([
    ['建设县发改局（粮食局）', '建设县发改局（粮食局）'],
    ['推进老旧小区改造（含加装电梯）', '推进老旧小区改造（含加装电梯）'],
    ['补短板（县住建局负责）', '补短板（县住建局负责）'],
  ])('%s', (text, title) => {
    expect(firstSentence(text)).toBe(title);
  });
});
