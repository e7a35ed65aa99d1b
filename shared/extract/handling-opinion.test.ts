import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsibility';

// handling-opinion: in the State Council's reply to a province's requests, the bodies that 研究提出了办理意见 on a request
// handle it: the first named lead, those after 会同 support, 有关部门 is generic.
describe('handling-opinion: who studied the request handles it', () => {
  it.each([
    // 国务院办公厅关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函 (国办函〔2004〕71号)
    ['一、关于60万吨乙烯项目问题。你省请求，国家尽快审核60万吨乙烯项目的可行性研究报告。\n发展改革委研究提出了办理意见：发展改革委已向国务院上报了我国乙烯工业中长期发展规划。', ['发展改革委'], [], []],
    ['二、关于亭子口水利枢纽工程问题。你省请求，国家尽快审核亭子口水利枢纽工程项目建议书。\n发展改革委会同水利部研究提出了办理意见：亭子口水库已经列入“十五”期间全国大型水库建设规划。', ['发展改革委'], ['水利部'], []],
    ['四、关于食品加工业问题。你省请求，中央加大对你省农业产业化经营的支持力度。\n发展改革委、农业部会同财政部等有关部门研究提出了办理意见：发展改革委在安排全国农产品深加工项目和资金工作中，一直予以适当倾斜。', ['发展改革委', '农业部'], ['财政部'], ['有关部门']],
    // 国务院办公厅关于湖北省在温家宝总理考察工作时所提问题和建议办理情况的函 (国办函〔2004〕25号): the opinion closing on a full stop
    ['二、关于支持国有企业主辅分离问题。\n国资委会同财政部、劳动保障部研究提出了办理意见。', ['国资委'], ['财政部', '劳动保障部'], []],
  ])('%s', (text, lead, support, generic) => {
    const r = readResponsibility(text);
    expect([r.lead, r.support, r.generic]).toEqual([lead, support, generic]);
  });
});
