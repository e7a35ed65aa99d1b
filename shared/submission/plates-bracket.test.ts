import { describe, expect, it } from 'vitest';
import { splitDepartmentList, withoutPlateBrackets } from './department-names';

// plates-bracket: a body's name followed by a bracket of its other plates is that one body.

describe('plates-bracket: a bracket of the body\'s other plates', () => {
  it.each([
    ['市府办(市外事办、市友协)', ['市府办']],
    ['县政府办（县外事办、县金融办）', ['县政府办']],
    ['区发改局(区粮食局、区物价局)、区财政局', ['区发改局', '区财政局']],
  ])('%s names %j', (source, names) => {
    expect(splitDepartmentList(source)).toEqual(names);
  });

  it('leaves the rest of the line as it was', () => {
    expect(withoutPlateBrackets('信息来源: 市府办(市外事办、市友协) 发布时间: 2024-10-11')).toBe('信息来源: 市府办 发布时间: 2024-10-11');
  });
});
