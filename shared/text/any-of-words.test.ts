import { describe, expect, it } from 'vitest';
import { anyOfWords, anyOfWordsOnce } from './any-of-words';

describe('anyOfWords', () => {
  it('finds any of the words', () => {
    const any = anyOfWords(['区财政局', '区民政局']);
    expect(any.test('会同区民政局开展检查')).toBe(true);
    expect(any.test('会同区商务局开展检查')).toBe(false);
  });

  it('reads every character as written', () => {
    const any = anyOfWords(['1+1帮扶', 'a.b平台', '（试行）(一)', '[x]|y']);
    expect(['推行1+1帮扶', '建设a.b平台', '办法（试行）(一)', '[x]|y'].map((t) => any.test(t))).toEqual([true, true, true, true]);
    expect(['推行11帮扶', '建设axb平台', '办法试行一', 'x', 'y'].map((t) => any.test(t))).toEqual([false, false, false, false, false]);
  });

  it('matches nowhere without words', () => {
    expect(anyOfWords([]).test('任何文字')).toBe(false);
    expect(anyOfWords([]).test('')).toBe(false);
  });
});

describe('anyOfWordsOnce', () => {
  it('builds the pattern of a list once', () => {
    const list = ['证照分离'];
    let built = 0;
    const words = (l: string[]) => (built++, l);
    expect(anyOfWordsOnce(list, words).test('推进证照分离改革')).toBe(true);
    expect(anyOfWordsOnce(list, words)).toBe(anyOfWordsOnce(list, words));
    expect(built).toBe(1);
  });
});
