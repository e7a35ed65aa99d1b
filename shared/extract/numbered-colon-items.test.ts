import { describe, expect, it } from 'vitest';
import { divisionParagraphs } from './division-paragraphs';
import { extractPolicy } from './policy';

const read = (lines: string[]) =>
  extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.title} ${m.lead.join('、')}`.trim());

// numbered-colon-items: a 职责分工 section numbering its items, each opening on who answers and a colon, gives an item a
// measure; the lines are no paragraphs of a division read as one measure.
describe('numbered-colon-items: numbered items opening on a name and a colon are measures', () => {
  it('reads no division from numbered lines', () => {
    expect(divisionParagraphs('1．街道垃圾分类工作领导小组：负责组织、协调。\n2．各居民区：承担社区总牵头的责任。')).toEqual([]);
    expect(divisionParagraphs('（1）区房管局：负责牵头。\n（2）区财政局：负责资金保障。')).toEqual([]);
  });

  it('gives each numbered item of the section its own measure', () => {
    const text = [
      '某街道生活垃圾定时定点分类投放工作实施细则',
      '一、职责分工',
      '1．街道垃圾分类工作领导小组：街道党工委书记、办事处主任为组长，分管领导为副组长，下设社区管理办、绿化市容所为成员单位。领导小组负责组织、协调、推进、监督工作的实施。',
      '2．各居民区：居委党组织承担社区总牵头的责任，带领居委、业委会和物业公司共同推进落实。',
      '二、设施配置',
      '1．定时投放点设置。小区可按照每300至500户居民设置1个定时定点投放点。',
      '2．误时投放点设置。严格控制误时投放点设置。',
      '三、实施步骤',
      '（一）推进期',
      '1．配置分类设备。物业按照实施方案配置分类收集容器。',
      '2．广泛宣传告知。绿化市容所组织居委、志愿者进行培训。',
      '（二）维持期',
      '1．定期开展自查评估。居委对本小区定时定点分类投放实效进行记录。',
    ];
    expect(read(text)).toEqual([
      '一、1． 街道垃圾分类工作领导小组 街道垃圾分类工作领导小组',
      '一、2． 各居民区',
      '二、1． 定时投放点设置',
      '二、2． 误时投放点设置',
      '三、（一）1． 配置分类设备',
      '三、（一）2． 广泛宣传告知 绿化市容所',
      '三、（二）1． 定期开展自查评估',
    ]);
  });
});
