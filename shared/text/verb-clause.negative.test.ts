import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// Headings of two verb phrases, verbs that set someone to work, and duty verbs inside a sentence cut nothing.
describe('verb-clause: duty verbs that open no sentence', () => {
  it.each([
    // a heading of two verb phrases closing on a full stop: one heading
    ['（一）深化放管服改革优化营商环境。'],
    // the same heading alone, nothing after it
    ['（二）深化放管服改革优化营商环境'],
    // a verb that sets someone to work: the verb after its object is theirs
    ['十四、鼓励企业开展商品房团购活动，对团购给予优惠。'],
    ['（三）支持银行加大信贷投放，满足合理融资需求。'],
    // the verb of those the heading names: 「推动东西部地区建立…」
    ['（八）推动东西部地区建立消费扶贫协作机制，加强对接。'],
    // a comma before the second verb: the heading's own second clause
    ['（四）加强组织领导，健全工作机制，压实责任。'],
    // too little after the second verb before the comma: 「优化升级」 closes the heading's object
    ['（五）推动产业结构优化升级，提高质量效益。'],
    // a sentence opening on no verb of the genre's headings: the item is one sentence
    ['（六）以产业升级推动高质量发展，加快形成新格局。'],
  ])('%s', (piece) => {
    expect(headingBodyStart(piece)).toBeNull();
  });
});
