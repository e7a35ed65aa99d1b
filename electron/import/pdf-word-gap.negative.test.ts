import { describe, expect, it } from 'vitest';
import { line, read } from './__fixtures__/pdf-runs';

// word-space in a PDF, negative cases: narrower gaps (a justified line, runs a generator cut) and letter-spacing
// (a spaced-out heading, whatever its gaps) close up as before.


describe('word-space in a PDF: gaps that part no words', () => {
  it.each([0.3, 0.5, 0.8])('closes up a gap of %s of a character inside a name', (gap) => {
    expect(read(line(['区市场', '监管局'], gap))).toEqual(['区市场监管局']);
  });

  it('closes up a heading spaced out a character apart', () => {
    expect(read(line(['工', '作', '报', '告'], 1))).toEqual(['工作报告']);
  });

  it('closes up a full character’s gap beside digits', () => {
    expect(read(line(['2021', '年'], 1))).toEqual(['2021年']);
  });
});
