import { describe, expect, it } from 'vitest';
import { coverLineEnds } from './cover-lines';

// form-name, where it must not fire: a title closing on 通知 before a document number opening on 单 (单县's 单政发)
// stays cut there.
describe('form-name: negative cases', () => {
  it('still ends a title on 通知 before its document number', () => {
    const text = '关于开展环境卫生整治的通知单政发〔2019〕7号县直有关单位:';
    const cuts = coverLineEnds(text, text.length);
    expect(cuts).toContain(text.indexOf('通知') + 2);
  });
});
