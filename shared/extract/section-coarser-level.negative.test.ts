import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);

// section-coarser-level: items of the heading level that carry no duty of their own give no measures.
describe('section-coarser-level: headings that stay frame', () => {
  it('leaves out 三、保障措施’s （一）（二） when they name no one', () => {
    const text = [
      '某区推进海绵城市建设的实施方案',
      '二、重点任务',
      '（一）完善海绵城市规划技术体系',
      '1.强化规划管控。适时启动规划修编工作。（责任单位：区建设管理委）',
      '2.编制系统方案。以排水分区为单元编制系统方案。（责任单位：区水务局）',
      '3.加强规划指标衔接。衔接落实核心指标。（责任单位：区规划资源局）',
      '三、保障措施',
      '（一）加强组织领导。强化统筹协调工作机制。',
      '（二）强化资金保障。落实资金保障。',
    ];
    expect(read(text)).toEqual(['1.', '2.', '3.']);
  });

  it('keeps （一） as a heading where only some of the section’s items carry a duty', () => {
    const text = [
      '某区推进海绵城市建设的实施方案',
      '二、重点任务',
      '（一）完善海绵城市规划技术体系',
      '1.强化规划管控。适时启动规划修编工作。（责任单位：区建设管理委）',
      '2.编制系统方案。编制系统方案。（责任单位：区水务局）',
      '3.加强规划指标衔接。衔接落实核心指标。（责任单位：区规划资源局）',
      '（二）全域推进海绵城市项目建设',
      '1.推进海绵型公园建设。推进口袋公园建设。（责任单位：区绿化市容局）',
      '2.推进资源化利用。推广雨水收集系统。（责任单位：区水务局）',
      '三、其他事项',
      '（一）加强组织领导。强化统筹协调工作机制。（责任单位：区建设管理委）',
      '（二）做好宣传。加强宣传引导。',
    ];
    expect(read(text).some((l) => l.startsWith('三、（二）'))).toBe(false);
  });
});
