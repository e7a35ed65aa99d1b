import { describe, expect, it } from 'vitest';
import { withUnheadedSeq } from './spanned-header';

// spanned-header, negative cases: the row must show the 序号 the header leaves out.
describe('spanned-header, negative cases', () => {
  it('leaves a header that names its 序号', () => {
    expect(withUnheadedSeq(['seq', 'task', 'duty', 'deadline'], ['1', '强化公开', '全面清理文件。', '办公室', '年底前'])).toBeNull();
  });

  it('leaves a row as long as the header', () => {
    expect(withUnheadedSeq(['task', 'task', 'duty', 'deadline'], ['强化公开', '全面清理文件。', '办公室', '年底前'])).toBeNull();
  });

  it('leaves a longer row whose second cell is no bare number', () => {
    expect(withUnheadedSeq(['task', 'duty', 'deadline'], ['强化公开', '全面清理文件3件。', '办公室', '年底前'])).toBeNull();
    expect(withUnheadedSeq(['task', 'duty', 'deadline'], ['强化公开', '2023年', '办公室', '年底前'])).toBeNull();
  });

  it('leaves a row whose first cell is itself a number (a 序号 written twice, not a kind)', () => {
    expect(withUnheadedSeq(['task', 'duty', 'deadline'], ['1', '2', '办公室', '年底前'])).toBeNull();
  });
});
