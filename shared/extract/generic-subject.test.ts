import { describe, expect, it } from 'vitest';
import { isGenericActor } from './departments';
import { genericSubjects } from './generic-subject';
import { readResponsibility } from './responsibility';

const subjects = (text: string) => genericSubjects(text, (n) => isGenericActor(n));

describe('genericSubjects', () => {
  it.each([
    ['各县（市、区）人民政府要加强组织领导，确保任务落实。', ['各县（市、区）人民政府']],
    ['各有关部门要密切配合，形成工作合力。', ['各有关部门']],
    ['各地区各部门各高校要以习近平新时代中国特色社会主义思想为指导。', ['各地区各部门各高校']],
    ['加强督查。各镇街要按月报送进展；各有关单位应及时反馈。', ['各镇街', '各有关单位']],
  ])('%s', (text, expected) => {
    expect(subjects(text)).toEqual(expected);
  });

  it('gives a measure with such a subject a generic duty and no department', () => {
    const read = readResponsibility('各县（市、区）人民政府要加强组织领导，确保任务落实。');
    expect([read.lead, read.support, read.generic]).toEqual([[], [], ['各县（市、区）人民政府']]);
  });
});

describe('genericSubjects: negative cases', () => {
  it.each([
    // a department as the subject is no generic duty
    '区财政局要加强资金保障。',
    // a generic actor that is not the subject
    '加强对各乡镇的指导，帮助解决困难。',
    // a generic word not followed by a duty
    '各项任务完成情况纳入考核。',
    // things, not actors, as the subject
    '各项任务要按期完成。',
    '各类资金要专款专用。',
  ])('%s', (text) => {
    expect(subjects(text)).toEqual([]);
  });

  it('leaves a measure that names its departments as it is', () => {
    expect(readResponsibility('各乡镇要做好宣传。（区财政局牵头，区税务局配合）').generic).toEqual([]);
  });
});
