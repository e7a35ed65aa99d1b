import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.title} ${m.lead.join('、')}`);

// section-coarser-level: a section whose items are all of the level that heads groups of measures elsewhere, each with
// a duty of its own, gives those items as its measures (嘉定区系统化全域推进海绵城市建设的实施方案, 嘉府办发〔2024〕23号).
describe('section-coarser-level: （一）–（三） beside （一） 1.–n.', () => {
  it('reads 三、组织保障’s （一）–（三） as measures', () => {
    const text = [
      '某区推进海绵城市建设的实施方案',
      '二、重点任务',
      '（一）完善海绵城市规划技术体系',
      '1.强化规划管控。适时启动规划修编工作。（责任单位：区建设管理委）',
      '2.编制系统方案。以排水分区为单元编制系统方案。（责任单位：区建设管理委、区水务局，各街镇）',
      '3.加强规划指标衔接。衔接落实核心指标。（责任单位：区规划资源局）',
      '（二）全域推进海绵城市项目建设',
      '1.推进海绵型公园建设。推进口袋公园建设。（责任单位：区绿化市容局，各街镇）',
      '2.推进海绵型地块建设。落实海绵城市建设要求。（责任单位：区住房保障房屋管理局）',
      '3.推进资源化利用。推广雨水收集系统。（责任单位：区水务局）',
      '三、组织保障',
      '（一）加强组织领导。强化统筹协调工作机制。（责任单位：区建设管理委、区发展改革委，各街镇）',
      '（二）强化资金保障。落实资金保障。（责任单位：区财政局）',
    ];
    expect(read(text)).toEqual([
      '二、（一）1. 强化规划管控 区建设管理委',
      '二、（一）2. 编制系统方案 区建设管理委、区水务局',
      '二、（一）3. 加强规划指标衔接 区规划资源局',
      '二、（二）1. 推进海绵型公园建设 区绿化市容局',
      '二、（二）2. 推进海绵型地块建设 区住房保障房屋管理局',
      '二、（二）3. 推进资源化利用 区水务局',
      '三、（一） 加强组织领导 区建设管理委、区发展改革委',
      '三、（二） 强化资金保障 区财政局',
    ]);
  });
});
