import { describe, expect, it } from 'vitest';
import { authorInOpening, contactBody, nameInOwnPlan, subjectOfYear, supervisionOffice } from './opening-author';
import { bodyOfOffices } from './detect-departments';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('authorInOpening: the body a report names in its opening sentences', () => {
  it.each([
    ['本报告依据《中华人民共和国政府信息公开条例》要求,结合2022年昌江区民政局政府信息公开工作编制而成。', '昌江区民政局'],
    ['本报告是根据条例要求，结合青阳县卫生健康委员会2023年度政府信息公开工作编制而成。', '青阳县卫生健康委员会'],
    ['2019年县政府工作报告三季度完成情况通报\n按照县政府通知要求,县政府督查室对《政府工作报告》分解的目标任务三季度完成情况进行了专项督查,现将相关情况予以通报。', '县政府督查室'],
    ['根据市委部署，市审计局对全市扶贫资金进行了专项审计，现将审计情况报告如下。', '市审计局'],
    // the work done with 开展, the report announced with 现通报如下
    ['文号 | 督察通报第十七期 |\n近期,县政府督查室对2022年第八次县政府常务会议确定事项落实情况开展了专项督查,现通报如下。', '县政府督查室'],
    ['区审计局就全区惠民资金开展专项审计，现报告如下。', '区审计局'],
    // whom readers are to contact: the body, or its office standing for it
    ['根据《条例》规定，编制发布本报告。如对本报告相关数据存在疑问,请与大冶市自然资源和规划局办公室联系(地址:大冶市新冶大道24号)', '大冶市自然资源和规划局'],
    ['本报告所列数据统计期限为2023年1月1日至12月31日。如有疑问，请联系区民政局（电话：12345678）。', '区民政局'],
    ['如对本报告有任何疑问，请与县人民政府办公室联系。', '县人民政府办公室'],
  ])('%s → %s', (text, expected) => {
    expect(authorInOpening(lines(text))).toEqual([expected]);
  });
});

describe('subjectOfYear: the body a year\'s summary opens its overview on', () => {
  it.each([
    ['根据市政府办公厅通知要求，我们梳理了年度任务完成情况。\n一、总体情况\n2023年，市卫生健康委以习近平新时代中国特色社会主义思想为指导，全面贯彻…。', '市卫生健康委'],
    ['2022年，区民政局坚持以人民为中心，扎实推进…。', '区民政局'],
    ['今年以来，县农业农村局深入贯彻中央一号文件精神…。', '县农业农村局'],
    ['2023年度,市审计局紧紧围绕市委中心工作…。', '市审计局'],
  ])('%s → %s', (text, expected) => {
    expect(subjectOfYear(lines(text))).toEqual([expected]);
  });
});

describe('authorInOpening: negative cases', () => {
  it.each([
    // 我局 is no name; a body named after the work is a subject, not the author
    '我局对全县养老机构进行了安全检查，现将有关情况报告如下。',
    '今年以来，全区各部门认真落实区委部署。区财政局、区发改局积极配合。',
    // the sentence says who did the work only further down the report
    '一、基本情况\n二、主要做法\n三、存在问题\n四、下一步打算\n县住建局对全县危房进行了排查，现将情况报告如下。',
    // a statistics period and the template's words without a body
    '本报告中使用数据统计期限为2022年1月1日至12月31日。',
  ])('%s', (text) => {
    expect(authorInOpening(lines(text))).toEqual([]);
  });
});

describe('bodyOfOffices', () => {
  it.each([
    ['重庆市市场监督管理局机关', '重庆市市场监督管理局'],
    ['区委宣传部机关', '区委宣传部'],
    ['市直机关', '市直机关'],
    ['区民政局', '区民政局'],
  ])('%s → %s', (name, expected) => expect(bodyOfOffices(name)).toBe(expected));
});

describe('contactBody: a body\'s own office stands for the body', () => {
  it.each([
    ['大冶市自然资源和规划局办公室', '大冶市自然资源和规划局'],
    ['区卫生健康委员会办公室', '区卫生健康委员会'],
    ['县发改委综合股', '县发改委'],
    ['街道办事处综合科', '街道办事处'],
  ])('%s → %s', (name, body) => expect(contactBody(name)).toBe(body));
});

describe('a 督查 office at work in the opening, announcing its return', () => {
  it.each([
    ['7月9日至17日，县委督查办组成两个督查组，采取查阅资料、电话核查等方式，对2025年《政府工作报告》主要目标任务上半年落实情况进行了督查。现将有关情况汇报如下。', '县委督查办'],
    ['近期，市政府督查室对全市重点项目推进情况开展了专项督查，现将督查情况通报如下。', '市政府督查室'],
    ['区委督查室会同区纪委监委派出三个督查组，深入各街道开展督查。现通报如下：', '区委督查室'],
    // 我市 is the city the office's own report speaks of, not a body it inspected
    ['市政府督查室对我市民生实事推进情况开展了专项督查，现将督查情况通报如下。', '市政府督查室'],
  ])('%s → %s', (text, office) => {
    expect(authorInOpening(lines(text))).toEqual([office]);
  });
});

describe('supervisionOffice reads the opening sentences it is given', () => {
  it('finds the office in the first sentence and the announcement in a later one', () => {
    expect(supervisionOffice(['7月9日至17日，县委督查办组成两个督查组，对上半年工作落实情况进行了督查。', '现将有关情况汇报如下。'])).toEqual(['县委督查办']);
  });

  it('finds none when the office is named only in a later sentence', () => {
    expect(supervisionOffice(['各单位认真落实年度任务。', '县委督查办组成督查组开展了督查，现将有关情况汇报如下。'])).toEqual([]);
  });
});

describe('a body named only in the title of its own plan', () => {
  it.each([
    ['2025年，在区委、区政府的坚强领导下，我局坚持依法行政。现将主要情况报告如下：\n（一）强化组织领导。年内召开党组会议4次，审议并通过了《龙岩市永定区卫生健康局参与全国法治政府建设示范创建活动实施方案》等文件。', '龙岩市永定区卫生健康局'],
    ['今年以来，我委认真贯彻落实上级部署。\n一是健全机制。制定印发了《区发展和改革委员会重大行政决策程序规定》。', '区发展和改革委员会'],
    ['我办坚持以人民为中心。出台了《县人民政府办公室政务公开工作规则》，规范公开流程。', '县人民政府办公室'],
  ])('%s → %s', (text, body) => {
    expect(nameInOwnPlan(lines(text))).toEqual([body]);
  });
});
