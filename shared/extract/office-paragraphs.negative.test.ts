import { describe, expect, it } from 'vitest';
import { officeParagraphs } from './office-paragraphs';

describe('officeParagraphs: paragraphs that divide nothing by office', () => {
  it.each([
    // one office alone is an ordinary sentence with a subject
    '工作分工\n办公室负责日常工作。\n各处室要按要求报送材料。',
    // 处 in ordinary words, 办公室 as a place
    '处理群众来信要及时。\n处置突发事件要果断。',
    '好处负责说明。\n到处组织宣传。',
    '在办公室组织学习。\n在会议室组织培训。',
    // no verb of duty after the name
    '办公室的同志要加班。\n法规处的意见已收到。',
  ])('%s', (text) => {
    expect(officeParagraphs(text)).toEqual([]);
  });
});
