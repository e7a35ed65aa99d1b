import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// description-no-name: a run holding 的 describes a thing (…的建筑平面布局), it is no body's name, whatever it ends in.
describe('description-no-name: a description is no subject', () => {
  it('reads no body from a thing described', () => {
    expect(proseDuties('主导用途为工业用地和仓储物流用地的建筑平面布局应严格按照国家和地方有关建筑设计标准进行设计。')).toEqual([]);
  });
});
