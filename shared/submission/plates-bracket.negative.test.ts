import { describe, expect, it } from 'vitest';
import { withoutPlateBrackets } from './department-names';

// plates-bracket, negative cases: members listed after a collective, one name in brackets, or words that are no names.

describe('plates-bracket: what is no bracket of plates', () => {
  it.each([
    // a collective's members are bodies of their own
    '各成员单位(区发改局、区财政局)',
    '有关部门(市发改委、市财政局)',
    // one name in brackets: a second plate, read by other rules
    '县发改局(县粮食局)',
    // a bracket of words, not names
    '市府办(2024年10月、第三季度)',
    // the head is no body
    '前三季度完成情况(发改局、财政局)',
  ])('%s stays as written', (text) => {
    expect(withoutPlateBrackets(text)).toBe(text);
  });
});
