import { describe, expect, it } from 'vitest';
import { carryListLevel } from './list-level-prefix';
import { extractPolicy } from './policy';
import { repairParagraphs } from '../text/repair';
import { textBlocks } from '../../electron/import/text';

// general-office: a 办公厅 written alone is the general office of a ministry or a government, never a province's 厅.
describe('general-office: 办公厅 takes no province', () => {
  it('leaves 办公厅 bare at the head of a list', () => {
    expect(carryListLevel([{ name: '办公厅', after: null }, { name: '政法司', after: '、' }])).toEqual(['办公厅', '政法司']);
  });

  it('reads a ministry plan’s own 办公厅 and 司 as the leads', () => {
    const text = ['农业农村部办公厅关于印发工作要点的通知', '部机关各司局、派出机构:', '一、加强公开', '1.及时公开部常务会议讨论决定的事项。(办公厅、政法司牵头,各有关司局、派出机构按职责分工负责)', '2.做好建议提案办理结果公开。(办公厅牵头,各有关司局按职责分工负责)'].join('\n');
    const { measures } = extractPolicy({ paragraphs: repairParagraphs(textBlocks(text)) });
    expect(measures.map((m) => m.lead)).toEqual([['办公厅', '政法司'], ['办公厅']]);
  });
});
