import { describe, expect, it } from 'vitest';
import { authorInOpening, contactBody, subjectOfYear } from './opening-author';

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
