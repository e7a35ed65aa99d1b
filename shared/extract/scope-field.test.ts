import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsibility';

// scope-field: a field saying where a measure holds (适用范围：…) ends the list of bodies answering before it.
describe('scope-field: the zones a measure holds in answer for nothing', () => {
  it.each([
    // 国务院关于支持自由贸易试验区深化改革创新若干措施的通知 (国发〔2018〕38号)
    ['（十六）加强顶层设计，在自贸试验区探索创新政府储备与企业储备相结合的石油储备模式。（负责部门：发展改革委、粮食和储备局，适用范围：浙江自贸试验区）', ['发展改革委', '粮食和储备局'], true],
    ['（三十）在对外航权谈判中支持郑州机场利用第五航权。（负责部门：民航局，适用范围：河南自贸试验区）', ['民航局'], false],
    ['（一）放宽人才中介机构限制。（负责部门：人力资源社会保障部、住房城乡建设部、商务部；适用范围：所有自贸试验区，以下除标注适用于特定自贸试验区的措施外，适用范围均为所有自贸试验区）', ['人力资源社会保障部', '住房城乡建设部', '商务部'], true],
    ['3.开展试点。（责任单位：市商务局；试点地区：高新区、经开区）', ['市商务局'], false],
  ])('%s', (text, lead, joint) => {
    const r = readResponsibility(text);
    expect([r.lead, r.support, r.joint]).toEqual([lead, [], joint]);
  });
});
