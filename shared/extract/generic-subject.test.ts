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
