import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// named-owner: a body named the department in charge of the work leads it (「镇规建办为限额以下工程项目管理的主管部门，
// 负责推进…」, 七宝镇限额以下小型建设工程管理的实施意见, 2020, 五、1.).
describe('named-owner: the department in charge leads', () => {
  it.each([
    ['镇规建办为限额以下工程项目管理的主管部门，负责推进、协调工程各环节的相关工作。', '镇规建办'],
    ['区住房保障局为本区公租房工作的牵头部门，负责统筹协调。', '区住房保障局'],
    ['市商务委为本市会展业的责任单位。', '市商务委'],
  ])('%s', (text, name) => {
    expect(proseDuties(text)).toContainEqual({ name, role: 'lead' });
  });
});
