import { describe, expect, it } from 'vitest';
import { authorInOpening, contactBody, nameInOwnPlan, subjectOfYear } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('authorInOpening with 开展 and 现通报如下: negative cases', () => {
  it.each([
    // work a body did, with no announcement of the report after it
    '县政府督查室对全县重点项目开展了专项督查。各乡镇要认真整改。',
    // 我局 is no name
    '我局对全县养老机构开展了安全检查，现通报如下。',
    // the subject is a whole place, not a body
    '全县上下对标对表开展了大排查，现通报如下。',
  ])('%s', (text) => {
    expect(authorInOpening(lines(text))).toEqual([]);
  });
});

describe('subjectOfYear: negative cases', () => {
  it.each([
    // a place or everyone as the subject
    '2023年，全区上下以习近平新时代中国特色社会主义思想为指导，…。',
    '2022年，留下街道在区委、区政府的正确领导下，…。',
    // a body named after the year but not as the subject of how it worked
    '2023年，在区委区政府的坚强领导下，区财政局…。',
    '2022年，面对复杂多变的外部环境，我们坚持…。',
    // the year's line comes far down the report, under other work
    '一、基本情况\n二、主要做法\n三、存在问题\n四、下一步打算\n五、其他\n六、附件\n七、说明\n八、附表\n2023年，区民政局坚持…。',
    // a date inside a sentence, not the opening of the overview
    '根据2023年，市卫生健康委以…为指导的安排。',
  ])('%s', (text) => {
    expect(subjectOfYear(lines(text))).toEqual([]);
  });
});

describe('a contact line: negative cases', () => {
  it.each([
    // 我局 is no name; a place or people are no body
    '如对本报告有疑问，请与我局办公室联系。',
    '如有疑问，请与各乡镇联系。',
    '请与会代表审议',
    // 联系 in the body, not whom to contact about the report
    '各部门要加强与区财政局的联系，形成合力。',
  ])('%s', (text) => {
    expect(authorInOpening(lines(text))).toEqual([]);
  });

  it.each([
    // a government's office is a body of its own; a name without an office stays as it is
    ['县政府办公室', '县政府办公室'],
    ['区人民政府办公室', '区人民政府办公室'],
    ['区民政局', '区民政局'],
    ['中心学校办公室', '中心学校办公室'],
  ])('%s stays %s', (name, body) => expect(contactBody(name)).toBe(body));
});

describe('a 督查 office in the opening: negative cases', () => {
  it.each([
    // the office inspected the reporting body: the report is the inspected body's
    '4月，市政府督查室组成督查组对我局重点工作落实情况进行了督查，现将整改情况报告如下。',
    '县委督查室到我镇督查人居环境整治工作，现将有关情况报告如下。',
    // the report is on putting the office's findings right
    '市委督查室组成督查组对全县项目建设进行了督查，现将整改落实情况报告如下。',
    // no announcement of the report: a news item about the office's work
    '7月9日，县委督查办组成两个督查组，对全县重点项目进行了督查。督查组一行先后深入5个项目现场。',
    // the office is named later, not at work in the opening sentence
    '根据县委安排，各单位认真落实。县委督查办将适时开展督查。现将有关情况汇报如下。',
  ])('%s', (text) => {
    expect(authorInOpening(lines(text))).toEqual([]);
  });
});

describe('a body named only in the title of its own plan: negative cases', () => {
  it.each([
    // a plan it followed, not one it adopted
    '我局认真贯彻落实。根据《龙岩市卫生健康局关于开展法治宣传的通知》要求，开展普法宣传。',
    // a plan of a body of another kind than the one speaking (我局, 《…卫生健康委…》)
    '我局坚持依法行政。审议并通过了《区卫生健康委员会法治建设实施方案》。',
    // no body speaking as 我局 (我们 is everyone)
    '我们坚持依法行政。审议并通过了《区民政局法治建设实施方案》。',
    // a plan whose title opens on no body
    '我局坚持依法行政。审议并通过了《2025年法治政府建设工作要点》。',
  ])('%s', (text) => {
    expect(nameInOwnPlan(lines(text))).toEqual([]);
  });
});
