import { describe, expect, it } from 'vitest';
import { isOpeningFrameTitle } from './opening-frame';
import { extractPolicy } from './policy';

describe('opening-frame: a plan\'s background, guiding thought and aims set no task', () => {
  it.each(['背景', '建设目标与指导思想', '指导思想与基本思路', '总体思路', '指导思想、总体目标', '发展目标。'])('%s', (title) => {
    expect(isOpeningFrameTitle(title)).toBe(true);
  });

  it('items titled so are left out, the tasks after them kept', () => {
    const text = [
      '某大学关于实施培养计划的指导性意见',
      '一、背景',
      '为确保本项计划的顺利实施，教务处制定了实施方案的指导性意见。',
      '二、建设目标与指导思想',
      '该计划的指导思想是面向建设世界一流大学的目标，全面加强学生培养。',
      '三、组织管理',
      '教务处负责制订本科阶段计划，学生处负责学生管理。',
      '四、课程建设',
      '经济管理学院负责确定课程，组织教师进行课程建设。',
    ];
    const e = extractPolicy({ paragraphs: text.map((t, index) => ({ index, text: t })) });
    expect(e.measures.map((m) => m.title)).toEqual(['组织管理', '课程建设']);
  });
});
