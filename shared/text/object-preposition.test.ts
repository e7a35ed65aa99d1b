import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// object-preposition: a heading whose object opens on 对 or 关于 runs to the noun after its 的; a verb or a noun inside
// the phrase ends nothing.
describe('object-preposition: 「开展对…的…」 is one heading', () => {
  it.each([
    // 国务院办公厅关于抓好赋予科研机构和人员更大自主权有关文件贯彻落实工作的通知 (国办发〔2018〕127号) 五、（一）
    '（一）开展对政策落实情况的自查和督查，加强落实。',
    '（二）加强对重点项目建设的服务保障，加强落实。',
  ])('%s', (piece) => {
    expect(headingBodyStart(piece)).toBeNull();
  });
});
