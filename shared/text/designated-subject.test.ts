import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// designated-subject: a heading run into its paragraph ends where the places a pilot falls on, named by their part
// (试点地区, 试点城市, 示范县), open its first sentence with what they are to do.
describe('designated-subject: the pilot places open the paragraph under a heading', () => {
  it.each([
    // 国务院办公厅关于印发《政府网站集约化试点工作方案》的通知 (国办函〔2018〕71号), read from one line
    ['三、试点任务试点地区要认真组织实施，推进数据融通、服务融通、应用融通，重点做好以下工作：', '试点地区要'],
    ['二、组织实施试点城市政府要制定具体方案，明确时间表。', '试点城市政府要'],
    ['（三）加强指导示范县应建立工作台账。', '示范县应'],
  ])('%s', (piece, body) => {
    const at = headingBodyStart(piece);
    expect(at === null ? null : piece.slice(at, at + body.length)).toBe(body);
  });
});
