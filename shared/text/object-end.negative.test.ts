import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// A first clause short enough to be the item's whole sentence, an object going on past its noun, a verb setting someone
// to work, or too little after the noun cuts nothing.
describe('object-end: nouns that end no heading', () => {
  it.each([
    // a one-sentence item: its first clause is short
    ['（三）加强政策宣传引导工作，提高群众知晓率。'],
    // the object goes on past the noun with 和
    ['（一）推进完善PPP健康运行长效机制和基础性制度建设，加强存量项目管理。'],
    // what follows the noun is the object's own phrase, closing on a noun of its own after 的, or a noun made on it (标准化)
    ['（二）加大净菜上市在标准化菜场和生鲜超市、大型超市等场所的推进力度，扩大覆盖面。'],
    ['（二）全面提升服务质量的监督管理水平和能力，加强考核。'],
    // a verb setting someone to work
    ['（四）鼓励金融机构创新信贷服务产品和融资模式满足企业需求，加大支持。'],
    // a heading opening on no verb
    ['（五）房地产开发项目配套设施建设标准统一由市住建局制定发布，各区执行。'],
  ])('%s', (piece) => {
    expect(headingBodyStart(piece)).toBeNull();
  });
});
