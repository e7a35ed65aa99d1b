import { describe, expect, it } from 'vitest';
import { coverLineEnds } from './cover-lines';

// form-name: a form's name closing on 单 (督查通知单, 铁西区人民政府督查室, 2019) runs on to its document number: 通知
// inside it ends no title.
describe('form-name: 通知单 is one name', () => {
  it('cuts the cover after the form\'s document number, not inside 通知单', () => {
    const text = '四平市铁西区人民政府督查通知单四铁西政督字〔2019〕7号签发人:刘中文';
    const cuts = coverLineEnds(text, text.length);
    expect(cuts).not.toContain(text.indexOf('通知单') + 2);
    expect(cuts).toContain(text.indexOf('号') + 1);
  });
});
