import { describe, expect, it } from 'vitest';
import { isGenericActor } from './departments';
import { genericSubjects } from './generic-subject';
import { readResponsibility } from './responsibility';

const subjects = (text: string) => genericSubjects(text, (n) => isGenericActor(n));

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
