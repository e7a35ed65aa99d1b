import { describe, expect, it } from 'vitest';
import { ownUnitsBody, readOpening } from './division-paragraphs';

// own-units: a body followed by 各 and a kind of its own units answers through them: the body is the one named
// (「区住房保障房屋管理局和区公安分局各辖区派出所负责指导…」, 虹应急〔2026〕2号).
describe('own-units: the body behind its units', () => {
  it.each([
    ['区公安分局各辖区派出所', '区公安分局'],
    ['市公安局各派出所', '市公安局'],
    ['区市场监管局各所', '区市场监管局'],
  ])('%s', (name, body) => {
    expect(ownUnitsBody(name)).toBe(body);
  });

  it('names the body in a division sentence', () => {
    expect(readOpening('区住房保障房屋管理局和区公安分局各辖区派出所', '负责指导')?.bodies).toEqual(['区住房保障房屋管理局', '区公安分局']);
  });
});
