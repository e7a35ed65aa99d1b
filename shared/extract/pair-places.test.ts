import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { pairPlaces, withPairPlaces } from './pair-places';

const read = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) });

describe('pair-places: 两市X names the X of each of the two governments issuing together', () => {
  it.each([
    ['济南市人民政府办公厅临沂市人民政府办公室', ['济南市', '临沂市']],
    ['中共济南市委办公厅、中共临沂市委办公室', ['济南市', '临沂市']],
    ['兰考县人民政府杞县人民政府', ['兰考县', '杞县']],
  ])('finds the two places of %s', (issuer, places) => {
    expect(pairPlaces(issuer)).toEqual(places);
  });

  it('gives each 两市 name, and the names after it in its run, once for each place', () => {
    const words = '(两市市委宣传部牵头,两市市委组织部、文化和旅游局、临沂市沂蒙精神研究中心分工负责)';
    expect(withPairPlaces(['两市市委组织部', '文化和旅游局', '临沂市沂蒙精神研究中心'], words, ['济南市', '临沂市'])).toEqual([
      '济南市委组织部',
      '临沂市委组织部',
      '济南市文化和旅游局',
      '临沂市文化和旅游局',
      '临沂市沂蒙精神研究中心',
    ]);
  });

  it('reads a division two cities issue together', () => {
    const policy = read(
      '济南市人民政府办公厅 临沂市人民政府办公室关于印发重点任务分工方案的通知',
      '济南市、临沂市各区县人民政府:',
      '一、弘扬传承红色文化',
      '1.组织开展红色文化论坛等系列活动。(两市市委宣传部牵头,两市市委组织部、文化和旅游局分工负责)',
      '2.共建红色文化传承发展示范区。(两市市委宣传部牵头,临沂市沂蒙精神研究中心分工负责)',
    );
    expect(policy.measures.map((m) => [m.lead, m.support])).toEqual([
      [['济南市委宣传部', '临沂市委宣传部'], ['济南市委组织部', '临沂市委组织部', '济南市文化和旅游局', '临沂市文化和旅游局']],
      [['济南市委宣传部', '临沂市委宣传部'], ['临沂市沂蒙精神研究中心']],
    ]);
  });
});
