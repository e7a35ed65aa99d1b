import { describe, expect, it } from 'vitest';
import { isGenericActor } from './departments';
import { isEachZone } from './each-zone';

describe('each-zone: a named park or zone is a body', () => {
  it.each(['宿马园区管委会', '市高新区管委会', '宿州经开区管委会', '园区管委会', '北京经济技术开发区管委会', '各园区管委会办公室'])('%s', (name) => {
    expect(isEachZone(name)).toBe(false);
  });

  it.each(['宿马园区管委会', '市高新区管委会', '北京经济技术开发区管委会'])('%s is no generic actor', (name) => {
    expect(isGenericActor(name)).toBe(false);
  });
});
