import { describe, expect, it } from 'vitest';
import { headedSubItemStarts } from './headed-sub-items';

describe('headed-sub-items: points of one measure stay points', () => {
  it.each([
    // the item writes text of its own before its sub-items
    [['四、培养方案', '在此基础上实施工程领导力培养计划，主要包括两个环节：', '1. 校内实践', '组建团队，开展训练项目。', '2. 企业实习', '到企业进行实习。']],
    // sub-points written as sentences on their label lines
    [['四、培养方案', '（1）校内实践：组建团队，开展创新创业训练项目。', '（2）企业实习：本科毕业设计阶段到企业进行实习。']],
    [['二、重点工作', '1.加快推进项目建设，确保年底前完工。', '2.强化要素保障，落实用地指标。']],
    // headings with no text under them
    [['五、实施要点', '1. 试点学院', '2. 学生选拔']],
    // one sub-item only
    [['五、实施要点', '1. 试点学院', '本科生院组织专家评审。']],
    // the item's own heading a sentence
    [['五、各学院要按照要求，做好以下工作：', '1. 试点申报', '学院自愿申请。', '2. 学生选拔', '学院组织初选。']],
  ])('%j', (lines) => {
    expect(headedSubItemStarts(lines, 'cn')).toBeNull();
  });
});
