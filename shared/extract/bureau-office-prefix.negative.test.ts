import { describe, expect, it } from 'vitest';
import { carryListLevel, type ListItem } from './list-level-prefix';

const item = (name: string, after: string | null): ListItem => ({ name, after });

// bureau-office-prefix, where it must not fire: a name after the office that is no bare office (a bureau, a team), an
// office after such a name, and a run whose first name writes the city, not the bureau.
describe('bureau-office-prefix: negative cases', () => {
  it.each([
    [[item('市局计量处', null), item('执法总队', '、'), item('认证监督管理处', '，')], ['市局计量处', '执法总队', '认证监督管理处']],
    [[item('市局计量处', null), item('市财政局', '、')], ['市局计量处', '市财政局']],
    [[item('市局计量处', null), item('执法总队', '、')], ['市局计量处', '执法总队']],
    [[item('市民政局', null), item('养老服务处', '、')], ['市民政局', '养老服务处']],
  ])('%j', (items, expected) => {
    expect(carryListLevel(items)).toEqual(expected);
  });
});
