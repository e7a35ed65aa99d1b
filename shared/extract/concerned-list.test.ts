import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';
import { defaultDirectory } from './departments';

// The concerned-list rule: 「由所涉及的A、B…等省级主管部门（单位）牵头完成」 gives the bodies listed, however long the list;
// the kind after 等 names no one more, and the government's own office listed beside them is one of them.
const directory = defaultDirectory();
const duties = (text: string) => proseDuties(text, directory).map((d) => [d.name, d.role]);

describe('prose-duty: the bodies concerned, listed', () => {
  it('reads a long list after 所涉及的, closing on 等 and a kind of bodies', () => {
    const names = ['省政府办公厅', '省住房城乡建设厅', '省发展改革委', '省环境保护厅', '省民政厅', '省经济和信息化委', '省文化厅', '省政府金融办', '省商务厅', '省科技厅', '省农业厅', '省水利厅', '省扶贫移民局', '省财政厅'];
    expect(duties(`19个方面督查重点，由所涉及的${names.join('、')}等省级主管部门（单位）牵头完成自查报告，其他相关部门（单位）配合。`)).toEqual(names.map((n) => [n, 'lead']));
  });

  it.each([
    ['由市发展改革委、市财政局等有关部门牵头制定。', [['市发展改革委', 'lead'], ['市财政局', 'lead']]],
    ['由涉及的区商务委、区财政局、区政府办公室负责落实。', [['区商务委', 'lead'], ['区财政局', 'lead'], ['区政府办公室', 'lead']]],
  ])('%s', (text, expected) => {
    expect(duties(text)).toEqual(expected);
  });
});
