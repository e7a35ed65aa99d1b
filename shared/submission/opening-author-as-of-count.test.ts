// as-of-count-subject: the day a count runs to, then the body and what it received or closed (截止到11月29日10时,邵阳县人民
// 政府共收到…交办的群众信访举报件22件), has the body as its subject (opening-author.ts, subjectOfYear). Lines adapted from
// the real report of __fixtures__/real (shaoyang-county-complaints).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { subjectOfYear } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('as-of-count-subject', () => {
  it.each([
    ['截止到11月29日10时,邵阳县人民政府共收到中央第四生态环境保护督察组交办的群众信访举报件22件。', '邵阳县人民政府'],
    ['截至6月底,县生态环境局已办结交办件11件。', '县生态环境局'],
    ['截至2023年12月31日,市住房和城乡建设局共承办人大代表建议25件。', '市住房和城乡建设局'],
  ])('reads %s', (text, name) => expect(subjectOfYear(lines(text))).toEqual([name]));

  it('reads a county’s account of the complaints it closed as the county government’s', () => {
    const text = [
      '分门别类 精准处置',
      '确保督察交办件又好又快完成',
      '截止到11月29日10时,邵阳县人民政府共收到中央第四生态环境保护督察组交办的群众信访举报件22件,其中重点件3件。',
      '截止发稿前,邵阳县人民政府已办结交办件11件,办结率为50%。',
    ].join('\n');
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['邵阳县人民政府']);
  });
});
