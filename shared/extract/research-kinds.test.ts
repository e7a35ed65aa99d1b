import { describe, expect, it } from 'vitest';
import { proseResponsibility } from './prose-duty';

// research-kinds: 科研院所, 科研机构, 科研单位, 中央高校 are kinds of institution, every one of the kind: no body.
describe('research-kinds: kinds of research institution are no body', () => {
  it.each([
    // 国办发〔2018〕127号 四、（二） and 四、（四）
    '各高校、科研院所要按照《中华人民共和国促进科技成果转化法》的规定，制定本单位转化科技成果的专门管理办法。',
    '中央高校、科研院所要根据科研工作的特点，对科研需要的出差和会议按标准报销相关费用。',
    '科研机构要建立健全内部管理制度。',
  ])('%s', (text) => {
    expect(proseResponsibility(text)?.lead ?? []).toEqual([]);
  });
});
