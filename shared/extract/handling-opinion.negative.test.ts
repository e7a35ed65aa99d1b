import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsibility';

// handling-opinion: the request itself, and an opinion no body is named as giving, assign no one.
describe('handling-opinion: only the bodies that give the opinion', () => {
  it('reads no one from the request alone', () => {
    const r = readResponsibility('三、关于建设项目问题。你省请求，国家在重点产业和重大建设项目布局上给予倾斜。');
    expect([r.text, r.lead, r.support]).toEqual([null, [], []]);
  });

  it('names only kinds of department where no body is named', () => {
    const r = readResponsibility('四、关于加强对口支援问题。你省请求，国家继续实施对口支援。\n有关部门研究提出了办理意见：有关移民工作应请地方政府切实抓好实施工作。');
    expect([r.lead, r.support, r.generic]).toEqual([[], [], ['有关部门']]);
  });

  it('leaves the opinion’s own text out of the bodies answering', () => {
    const r = readResponsibility('一、关于机场建设问题。\n发展改革委研究提出了办理意见：国家有关部门已承诺负担原估算投资，民航总局也表示支持。');
    expect([r.lead, r.support]).toEqual([['发展改革委'], []]);
  });
});
