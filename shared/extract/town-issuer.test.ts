import { describe, expect, it } from 'vitest';
import { issuerLevel } from './issuer-level';
import { extractPolicy } from './policy';

// town-issuer: a town's or a street's government names its district only as its address; the offices it writes
// bare are its own and take no district's level.
describe('town-issuer: a town or street issues', () => {
  it.each(['闵行区吴泾镇人民政府', '上海市闵行区人民政府古美路街道办事处', '华容县东山镇人民政府', '沙坡头区兴仁镇政府'])('%s gives no level', (issuer) => {
    expect(issuerLevel(issuer)).toBeNull();
  });

  it('keeps the town\'s offices as written', () => {
    const measures = extractPolicy({
      paragraphs: [
        '关于印发《某镇房屋安全隐患排查整治工作方案》的通知',
        '各村（居），机关各办（部门）：',
        '闵行区吴泾镇人民政府',
        '2021年7月2日',
        '某镇房屋安全隐患排查整治工作方案',
        '一、工作任务',
        '（一）摸底排查。平安办负责旅馆业、特种行业的房屋安全隐患排查整治工作。',
        '（二）重点整治。社区办负责居民区的房屋安全隐患排查整治工作。',
      ].map((text, index) => ({ index, text })),
    }).measures;
    expect(measures.flatMap((m) => [...m.lead, ...m.support])).toEqual(['平安办', '社区办']);
  });
});
