import { describe, expect, it } from 'vitest';
import { isOpeningFrameTitle } from './opening-frame';
import { extractPolicy } from './policy';

describe('opening-frame: other titles are tasks', () => {
  it.each(['基本原则', '组织保障', '培养模式', '背景调查', '明确建设目标', '指导思想教育', '工作目标任务'])('%s', (title) => {
    expect(isOpeningFrameTitle(title)).toBe(false);
  });

  it('an article titled so is kept, and an item titled so with a duty bracket too', () => {
    const text = [
      '某区关于推进工作的实施方案',
      '一、指导思想（责任单位：区发展改革委）',
      '深入贯彻落实有关部署，推动工作取得实效。',
      '二、重点任务',
      '加快项目建设。（责任单位：区住房城乡建设委）',
    ];
    const e = extractPolicy({ paragraphs: text.map((t, index) => ({ index, text: t })) });
    expect(e.measures.map((m) => m.label)).toEqual(['一、', '二、']);
  });
});
