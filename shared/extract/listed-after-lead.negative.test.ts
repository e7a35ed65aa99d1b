import { describe, expect, it } from 'vitest';
import { listedBodies } from './listed-after-lead';
import { readResponsibility } from './responsibility';

describe('listed-after-lead: no list, or no lead before it', () => {
  it.each(['与相关专业和合作企业的教授、专家等共同建立有效的管理与咨询组织', '2025年底前完成', '各试点学院等', '加强宣传和引导'])('%s is no list of bodies', (clause) => {
    expect(listedBodies(clause)).toBeNull();
  });

  it('a list after a clause that names no lead assigns nothing', () => {
    expect(readResponsibility('加快推进项目建设，经济管理学院以及试点学院等，共同建立管理组织。').text).toBeNull();
  });
});
