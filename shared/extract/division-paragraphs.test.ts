import { describe, expect, it } from 'vitest';
import { isGenericActor, readNameList } from './departments';
import { divisionParagraphs, divisionResponsibility } from './division-paragraphs';
import { extractPolicy } from './policy';

const measures = (lines: string[]) =>
  extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => ({ label: m.label, title: m.title, lead: m.lead, support: m.support, joint: m.joint }));

// division-paragraphs: a 职责分工 section numbering no items, each paragraph opening on who answers and a colon, is one
// measure; the body whose paragraph opens on 牵头 leads, the others support; with none leading, the bodies share it.
describe('division-paragraphs: the work divided in paragraphs headed by who answers', () => {
  it.each([
    // 沈阳市城镇房屋安全管理三项制度工作方案, 六、职责分工 (shortened)
    [
      '市房产局：负责牵头城镇房屋安全管理三项制度组织实施，会同财政、城乡建设等有关部门推动落实。\n市财政局：负责配合市房产局制定资金使用管理制度。\n市城乡建设局：负责提供检测机构名录；牵头制定新建房屋工程质量保险相关制度。',
      { lead: ['市房产局'], support: ['市财政局', '市城乡建设局'], joint: false },
    ],
    // 恩施州, 关于鼓励农村居民进城购房的指导意见（征求意见稿）, 二、职责分工: kinds of department, two bodies sharing
    [
      '发改部门：负责农民进城房源项目立项审批备案。\n教育、卫生、医保、人社部门：负责保障进城购房农民相关公共服务。\n人民银行恩施州中心支行、恩施银保监分局：负责监督执行金融支持政策。\n乡镇人民政府：负责农民宅基地退出建档。\n县市国有企业：负责实施房源建设。',
      { lead: ['人民银行恩施州中心支行', '恩施银保监分局'], support: [], joint: true },
    ],
    // the closing paragraph for many bodies, 市 written once, without the colon
    [
      '市房产局：负责牵头组织实施。\n市公安局：负责查处阻碍公务的行为。\n市发展改革委、国资委、城市管理行政执法局、法院、检察院等其他行业部门按照有关责任分工，负责督促落实房屋定期体检制度。',
      { lead: ['市房产局'], support: ['市公安局', '市发展改革委', '市国资委', '市城市管理行政执法局', '市法院', '市检察院'], joint: false },
    ],
    // a half-width colon, 牵头 opening the duty without 负责, a body written with two names
    ['县发改局（粮食局）:牵头推进项目建设。\n县财政局:负责资金保障。', { lead: ['县发改局'], support: ['县财政局'], joint: false }],
  ])('%s', (text, expected) => {
    const r = divisionResponsibility(text);
    expect(r && { lead: r.lead, support: r.support, joint: r.joint }).toEqual(expected);
  });

  it('keeps the kinds of department and the townships apart as generic actors', () => {
    const r = divisionResponsibility('发改部门：负责立项审批。\n乡镇人民政府：负责受理补贴申请。\n县财政局：负责资金筹集。');
    expect(r?.generic).toEqual(['发改部门', '乡镇人民政府']);
  });

  it.each(['发改部门', '自然资源和规划部门', '市场监管部门', '房产部门', '乡镇人民政府', '街道办事处'])('%s is a kind of actor, no one body', (name) => {
    expect(isGenericActor(name)).toBe(true);
  });

  it('carries the level written once over a court, a procuratorate and a bureau opening on 城市', () => {
    expect(readNameList('市发展改革委、城市管理行政执法局、法院、检察院').map((x) => x.name)).toEqual(['市发展改革委', '市城市管理行政执法局', '市法院', '市检察院']);
  });

  it('reads the section as one measure beside the numbered tasks, labelled by the section', () => {
    const text = [
      '某市房屋安全管理工作方案',
      '一、工作内容',
      '（一）定期体检制度。对房龄超过25年的住宅开展体检。',
      '（二）养老金制度。建立房屋养老金账户。',
      '二、职责分工',
      '市房产局：负责牵头组织实施。',
      '市财政局：负责资金保障。',
      '沈阳住房公积金管理中心：负责建立养老金账户。',
      '三、保障措施',
      '（一）加强组织领导。建立健全工作机制。',
    ];
    expect(measures(text)).toEqual([
      { label: '一、（一）', title: '定期体检制度', lead: [], support: [], joint: false },
      { label: '一、（二）', title: '养老金制度', lead: [], support: [], joint: false },
      { label: '二、', title: '职责分工', lead: ['市房产局'], support: ['市财政局', '沈阳住房公积金管理中心'], joint: false },
    ]);
  });

  it.each(['部门职责', '各部门职责', '任务分工', '责任分工', '工作分工'])('reads a section titled %s so too', (title) => {
    const text = ['某县工作方案', '一、主要任务', '（一）完善机制。建立工作机制。', `二、${title}`, '县教育局：负责学校宣传。', '县卫健局：负责医疗救治。'];
    expect(measures(text).map((m) => `${m.label} ${m.title} ${m.lead.join('、')}`)).toEqual(['（一） 完善机制 ', `二、 ${title} 县教育局、县卫健局`]);
  });

  it('lists the paragraphs in order with their openings', () => {
    expect(divisionParagraphs('市委宣传部：负责宣传。\n市公安局：负责查处违法行为。').map((p) => p.opening)).toEqual(['市委宣传部', '市公安局']);
  });
});
