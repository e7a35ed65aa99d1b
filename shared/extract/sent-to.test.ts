import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// sent-to: papers sent to an office for it to act on name that office, after 至; the sending before it is no part of a
// name (七宝镇限额以下小型建设工程管理的实施意见, 2020, 四、（一）).
describe('sent-to: the office papers are sent to acts on them', () => {
  it.each([
    ['建设单位提交相关资料至镇规建办审核。', ['镇规建办']],
    ['由户管单位与镇投促中心共同签署会签单位意见后交至镇规建办审核。', ['镇规建办']],
    ['申报材料报送至区住房保障中心审核。', ['区住房保障中心']],
  ])('%s', (text, names) => {
    expect(proseDuties(text).map((d) => d.name)).toEqual(names);
  });
});
