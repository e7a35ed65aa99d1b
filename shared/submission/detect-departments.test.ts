import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments, type DepartmentContext } from './detect-departments';

const ctx: DepartmentContext = {
  directory: defaultDirectory(),
  place: { prefixes: ['枣庄市市中区', '市中区'], level: '区' },
  policyDepartments: ['区民政局', '区财政局', '区人力资源和社会保障局', '区发展和改革委员会', '区商务和投资促进局', '区市场监督管理局'],
};

function paragraphs(text: string) {
  return text.split('\n').map((t, index) => ({ index, text: t }));
}

function detect(text: string) {
  return detectDepartments(paragraphs(text), ctx);
}

describe('detectDepartments: where the submitter is named', () => {
  it.each([
    ['title before 关于', '区民政局关于社会救助工作落实情况的报告\n正文。', ['区民政局']],
    ['title with the place prefix', '枣庄市市中区财政局关于惠企政策落实情况的报告\n正文。', ['区财政局']],
    ['title broken after the name', '区民政局\n关于养老服务工作的报告\n正文。', ['区民政局']],
    ['title opening with the name, no 关于', '区市场监管局2021年落实情况报告\n正文。', ['区市场监督管理局']],
    ['short name in brackets', '“放管服”改革落实情况报告（民政）\n正文。', ['区民政局']],
    ['short form folded', '区人社局关于就业工作的报告\n正文。', ['区人力资源和社会保障局']],
    ['name without its level takes the policy\'s', '财政局关于惠企政策落实情况的报告\n正文。', ['区财政局']],
    ['short form without its level', '人社局关于就业工作的报告\n正文。', ['区人力资源和社会保障局']],
    ['header line', '报送单位：区财政局\n关于惠企政策的汇报\n正文。', ['区财政局']],
    ['header line with a date after the name', '报送单位：区财政局 报送日期：2021-11-30\n正文。', ['区财政局']],
    ['signature block', '落实情况报告\n我局开展了检查。\n区民政局\n2021年11月30日', ['区民政局']],
    ['signature with Chinese-numeral date', '落实情况报告\n我局开展了检查。\n区财政局\n二〇二一年十二月八日', ['区财政局']],
    ['signature without a date', '落实情况报告\n我局开展了检查。\n区财政局', ['区财政局']],
    ['signature with a seal mark', '落实情况报告\n我局开展了检查。\n区民政局（盖章）\n2021年11月30日', ['区民政局']],
    ['header line with a seal mark', '填报单位（盖章）：区财政局\n落实情况\n正文。', ['区财政局']],
    ['bare 单位 label on a form', '单位：区财政局　　日期：2021年11月30日\n落实情况\n正文。', ['区财政局']],
    ['seal on a line of its own between name and date', '落实情况报告\n我局开展了检查。\n区民政局\n（盖章）\n2021年11月30日', ['区民政局']],
    ['seal line under an undated signature', '落实情况报告\n我局开展了检查。\n区民政局\n（公章）', ['区民政局']],
    ['代章 after the name', '落实情况报告\n我局开展了检查。\n区民政局（代章）\n2021年11月30日', ['区民政局']],
    ['header line 落款单位', '落款单位：区财政局\n落实情况\n正文。', ['区财政局']],
    ['header value with a seal mark', '填报单位：区财政局（盖章）　　填报日期：2021年11月30日\n落实情况\n正文。', ['区财政局']],
    ['letterhead', '市中区民政局文件\n市中民发〔2021〕12号\n关于养老工作的报告\n正文。', ['区民政局']],
    ['bulletin masthead: compiler and date', '民政工作简报\n第3期\n区民政局办公室编　　2021年11月30日\n全区开展养老机构检查。', ['区民政局']],
    ['masthead run into the first item', '工作简报\n区财政局编印 二〇二一年十一月\n全区惠企资金直达企业。', ['区财政局']],
  ])('%s', (_label, text, expected) => {
    expect(detect(text).departments).toEqual(expected);
  });
});

describe('detectDepartments: joint reports count for each department', () => {
  it('names joined by 、 in the title', () => {
    const r = detect('区发改委、区商务局关于物流工作的联合报告\n正文。');
    expect(r.rawDepartments).toEqual(['区发改委', '区商务局']);
    expect(r.departments[0]).toBe('区发展和改革委员会');
    expect(r.departments).toHaveLength(2);
  });
  it('two signatures on one line, spaced out', () => {
    const r = detect('联合报告\n两部门共同推进。\n区发展和改革委员会    区商务和投资促进局\n2021年12月20日');
    expect(r.departments).toEqual(['区发展和改革委员会', '区商务和投资促进局']);
  });
  it('two names run together in the title, their separator lost', () => {
    const r = detect('区财政局区民政局关于惠企资金直达工作的联合报告\n正文。');
    expect(r.departments).toEqual(['区财政局', '区民政局']);
    expect(r.warnings).toEqual([]);
  });
  it('two known names without their level run together', () => {
    const r = detect('财政局人社局关于创业担保贷款工作的报告\n正文。');
    expect(r.departments).toEqual(['区财政局', '区人力资源和社会保障局']);
  });
  it('an unknown name with a known name inside is not split', () => {
    const r = detect('区统计局财政处关于统计工作的报告\n正文。');
    expect(r.departments).toEqual(['区统计局财政处']);
  });
  it('two signatures on two lines', () => {
    const r = detect('联合报告\n两部门共同推进。\n区财政局\n区民政局\n2021年12月20日');
    expect(r.departments).toEqual(['区财政局', '区民政局']);
  });
  it('the same body in title and signature counts once, each spelling kept as written', () => {
    const r = detect('区人社局关于就业工作的报告\n正文。\n区人力资源和社会保障局\n2021年12月1日');
    expect(r.departments).toEqual(['区人力资源和社会保障局']);
    expect(r.rawDepartments).toEqual(['区人社局', '区人力资源和社会保障局']);
  });
});

describe('detectDepartments: a masthead is a bulletin\'s, not any line with 编', () => {
  it('does not take a compiled volume or a name in the body for a masthead', () => {
    expect(detect('惠企政策汇编 2021年版\n正文。').departments).toEqual([]);
    expect(detect('工作简报\n区民政局编制了养老服务规划，2021年11月印发。').departments).toEqual([]);
  });
});

describe('detectDepartments: what is not a submitter', () => {
  it('ignores bodies named in the body text', () => {
    const r = detect('区民政局关于养老工作的报告\n我局会同区财政局、区人社局开展检查。\n区民政局\n2021年11月30日');
    expect(r.departments).toEqual(['区民政局']);
  });
  it("ignores a table's unit of measure", () => {
    const r = detect('落实情况\n单位：万元\n项目 | 金额\n区民政局\n2021年11月30日');
    expect(r.departments).toEqual(['区民政局']);
  });
  it('ignores a responsibility label in a table', () => {
    const r = detect('落实情况\n配合部门：区财政局\n责任单位：区人社局\n区民政局\n2021年11月30日');
    expect(r.departments).toEqual(['区民政局']);
  });
  it('keeps an unknown body with a warning, never drops it', () => {
    const r = detect('区统计局关于统计工作的报告\n正文。');
    expect(r.departments).toEqual(['区统计局']);
    expect(r.warnings.join('')).toContain('区统计局');
  });
  it('warns when no submitter is found', () => {
    const r = detect('关于有关工作的报告\n我们开展了检查。');
    expect(r.departments).toEqual([]);
    expect(r.warnings).toContain('未能识别报送单位');
  });
  it('does not read the addressee line as the submitter', () => {
    const r = detect('关于养老工作的报告\n区政府办公室：\n现将情况报告如下。\n区民政局\n2021年11月30日');
    expect(r.departments).toEqual(['区民政局']);
  });
});

describe('detectDepartments: names the policy does not use for its own bodies', () => {
  const county: DepartmentContext = {
    directory: defaultDirectory(),
    place: { prefixes: ['云溪县'], level: '县' },
    policyDepartments: ['县自然资源局', '县市场监督管理局', '县税务局', '县应急管理局', '县卫生健康局'],
  };
  const detectIn = (text: string, c = county) => detectDepartments(paragraphs(text), c);

  it.each([
    ['县国土资源局关于标准地出让的报告\n正文。', '县自然资源局'],
    ['落实情况报告\n我局开展了检查。\n云溪县工商行政管理局\n2023年12月10日', '县市场监督管理局'],
    ['安监局关于执法工作的报告\n正文。', '县应急管理局'],
    ['县卫计局关于一件事工作的报告\n正文。', '县卫生健康局'],
  ])('a former name counts for the body that took its work over: %s', (text, expected) => {
    const r = detectIn(text);
    expect(r.departments).toEqual([expected]);
    expect(r.warnings.join('')).toContain('机构改革前');
  });

  it('a vertical system written before the place: what follows the place is the body', () => {
    const r = detectIn('国家税务总局云溪县税务局关于企业开办工作的报告\n正文。\n国家税务总局云溪县税务局');
    expect(r.departments).toEqual(['县税务局']);
    expect(r.rawDepartments).toEqual(['国家税务总局云溪县税务局']);
    expect(r.warnings).toEqual([]);
  });

  it.each([
    ['县法制办关于执法监督工作的报告\n正文。', '县司法局'],
    ['县国税局关于发票工作的报告\n正文。', '县税务局'],
  ])('a former name no table folds counts for the body the policy names: %s', (text, expected) => {
    const r = detectIn(text, { ...county, policyDepartments: [...county.policyDepartments, '县司法局'] });
    expect(r.departments).toEqual([expected]);
    expect(r.warnings.join('')).toContain('机构改革前');
  });

  it('leaves a former name alone when the policy names no body that took it over', () => {
    const r = detectIn('县法制办关于执法监督工作的报告\n正文。', { ...county, policyDepartments: ['县市场监督管理局'] });
    expect(r.departments).toEqual(['县法制办']);
    expect(r.warnings.join('')).toContain('不在政策或部门名录中');
  });

  it('leaves a system body the policy does not name as written', () => {
    const r = detectIn('国网云溪县供电公司关于用电报装的报告\n正文。');
    expect(r.departments).toEqual(['国网云溪县供电公司']);
  });

  it('reads a two-plate body as the plate the policy names', () => {
    const c = { ...county, policyDepartments: [...county.policyDepartments, '县商务局'] };
    expect(detectIn('落实情况报告\n我局开展了招商。\n县商务局（县投资促进中心）\n2023年10月25日', c).departments).toEqual(['县商务局']);
    expect(detectIn('落实情况报告\n我局开展了招商。\n云溪县商务局\n（云溪县投资促进中心）\n2023年10月25日', c).departments).toEqual(['县商务局']);
    const both = { ...c, policyDepartments: [...c.policyDepartments, '县投资促进中心'] };
    expect(detectIn('县商务局（县投资促进中心）关于招商引资工作的报告\n正文。', both).departments).toEqual(['县商务局', '县投资促进中心']);
  });

  it('reads an office inside a body as the body', () => {
    expect(detectIn('落实情况报告\n我局开展了检查。\n县市场监督管理局办公室\n2023年10月25日').departments).toEqual(['县市场监督管理局']);
    expect(detectIn('落实情况报告\n我局开展了检查。\n云溪县应急管理局综合科\n2023年10月25日').departments).toEqual(['县应急管理局']);
  });

  it('reads the Party committee or group of a body as the body', () => {
    const signed = detectIn('中共云溪县市场监督管理局委员会\n关于监管工作的报告\n正文。\n中共云溪县市场监督管理局委员会    云溪县市场监督管理局\n2023年10月25日');
    expect(signed.departments).toEqual(['县市场监督管理局']);
    expect(signed.warnings).toEqual([]);
    expect(detectIn('落实情况报告\n我局开展了检查。\n县应急管理局党组\n2023年10月25日').departments).toEqual(['县应急管理局']);
  });

  it('keeps the committee of a body the policy does not name, and a 委员会 that is itself a body', () => {
    expect(detectIn('落实情况报告\n我局开展了检查。\n中共云溪县统计局委员会\n2023年10月25日').departments).toEqual(['县统计局委员会']);
    expect(detectIn('落实情况报告\n正文。\n云溪县发展和改革委员会\n2023年10月25日').departments).not.toContain('县发展和改革');
  });

  it('leaves a unit under a body the policy does not name, and a known office, as they are', () => {
    expect(detectIn('落实情况报告\n我局开展了检查。\n县统计局综合科\n2023年10月25日').departments).toEqual(['县统计局综合科']);
    const office = { ...county, policyDepartments: [...county.policyDepartments, '县人民政府'] };
    expect(detectIn('落实情况报告\n现转发如下。\n县人民政府办公室\n2023年10月25日', office).departments).toEqual(['县人民政府办公室']);
  });

  it('keeps a bracketed name that is the only submitter', () => {
    const r = detectIn('落实情况报告（县统计局）\n正文。');
    expect(r.departments).toEqual(['县统计局']);
  });

  it('does not rename a body the policy names under its own name', () => {
    const r = detectIn('县市场监督管理局关于企业开办的报告\n正文。');
    expect(r.departments).toEqual(['县市场监督管理局']);
    expect(r.warnings).toEqual([]);
  });
});

describe('detectDepartments: a town or a street signs with its own place name', () => {
  // as a policy naming the towns folds them: each name form the policy wrote is an alias of itself
  const towns = ['新华街道办事处', '严集镇人民政府'];
  const withTowns: DepartmentContext = {
    ...ctx,
    directory: { ...ctx.directory, aliases: [...ctx.directory.aliases, ...towns.map((t) => ({ alias: t, canonical: t }))] },
    policyDepartments: [...ctx.policyDepartments, ...towns],
  };
  it.each([
    ['a street office in the title', '新华街道办事处关于惠企政策落实情况的报告\n正文。', ['新华街道办事处']],
    ['a town government in the signature', '落实情况报告\n我镇开展了检查。\n严集镇人民政府\n2021年11月30日', ['严集镇人民政府']],
  ])('%s', (_what, text, expected) => {
    expect(detectDepartments(paragraphs(text), withTowns).departments).toEqual(expected);
  });

  it('still gives a bureau named without its level the policy\'s level', () => {
    expect(detectDepartments(paragraphs('财政局关于惠企政策落实情况的报告\n正文。'), withTowns).departments).toEqual(['区财政局']);
  });
});
