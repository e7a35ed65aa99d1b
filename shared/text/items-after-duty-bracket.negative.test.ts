import { describe, expect, it } from 'vitest';
import { itemsAfterDutyBracket } from './items-after-duty-bracket';

describe('items-after-duty-bracket: negative cases', () => {
  it.each([
    // a bracket that names no duty
    '(一)实施购房补贴(试行)(二)类的措施另行制定。',
    '1.新建住房面积90平方米(含)2.以上的按标准执行。',
    // the number after the bracket does not follow on
    '(一)推进改革。(县财政局负责)(三)另见附件。',
    '1.推进改革。(县财政局负责)5.另见附件。',
    // a label of another kind after the bracket
    '(一)推进改革。(县财政局负责)2.建设平台。',
    // the block does not open on an item
    '推进改革。(县财政局负责)(二)建设平台。(县商务局负责)',
  ])('leaves %s whole', (text) => {
    expect(itemsAfterDutyBracket(text)).toEqual([]);
  });
});
