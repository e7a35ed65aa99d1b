import { describe, expect, it } from 'vitest';
import { officeOfTitle, officePartners } from './office-item';

// office-item: an item headed by an office's name alone is that office's; a generic actor so heading it makes it theirs.
describe('office-item: the office an item is headed by', () => {
  it.each([
    ['街道消委办', { lead: '街道消委办' }],
    ['派出所', { lead: '派出所' }],
    ['城运中心', { lead: '城运中心' }],
    ['区住建局', { lead: '区住建局' }],
    ['建管中心（房办）', { lead: '建管中心（房办）' }],
    // bracketed-note: an office under two names is still an office
    ['县发改局（粮食局）', { lead: '县发改局（粮食局）' }],
    ['居委会', { generic: '居委会' }],
    ['各有关部门', { generic: '各有关部门' }],
  ])('%s', (title, expected) => {
    expect(officeOfTitle(title)).toEqual(expected);
  });
});

describe('office-item: the bodies an office works with support its item', () => {
  it.each([
    ['消委办负责加强微型消防站基础建设，协同建管中心（房办）推动增设电动自行车集中充电场所。', '街道消委办', ['建管中心']],
    ['负责项目监管，会同区财政局、区审计局开展检查。', '区住建局', ['区财政局', '区审计局']],
  ])('%s', (text, office, expected) => {
    expect(officePartners(text, office)).toEqual(expected);
  });
});
