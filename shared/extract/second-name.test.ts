import { describe, expect, it } from 'vitest';
import { splitSecondName } from './second-name';

describe('splitSecondName: one office under two names', () => {
  it.each([
    ['县发改局（粮食局）', '县发改局', '县粮食局'],
    ['县发改局(粮食局)', '县发改局', '县粮食局'],
    ['市发展改革委（市能源局）', '市发展改革委', '市能源局'],
    ['区委组织部（区委老干部局）', '区委组织部', '区委老干部局'],
    ['县应急管理局（县安委办）', '县应急管理局', '县安委办'],
    ['县政府办（县金融办）', '县政府办', '县金融办'],
  ])('%s', (written, name, other) => {
    expect(splitSecondName(written)).toEqual({ name, other });
  });
});
