// Names bodies carried before the institutional reforms of 2018–2019 (机构改革), and the bodies that took
// their work over. Reports are still signed with the old name now and then (an old seal, a template
// kept from year to year); such a report counts for the body the policy names today.
// Stems carry no level character, so one row serves 县国土资源局, 区国土资源局 and 市国土资源局 alike.

const SUCCESSORS: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['国土资源局', '国土局', '国土资源和规划局'], ['自然资源局', '自然资源和规划局']],
  [['城乡规划局', '规划局'], ['自然资源和规划局']],
  [['工商行政管理局', '工商局', '质量技术监督局', '质监局', '食品药品监督管理局', '食药监局'], ['市场监督管理局']],
  [['安全生产监督管理局', '安监局'], ['应急管理局']],
  [['卫生和计划生育局', '卫生计生局', '卫计局', '卫生和计划生育委员会', '卫生计生委', '卫计委'], ['卫生健康局', '卫生健康委员会']],
  [['文化广电新闻出版局', '文广新局', '旅游局'], ['文化和旅游局', '文化广电和旅游局', '文化广电旅游局']],
  [['农业局', '农业委员会', '农委'], ['农业农村局']],
  [['国家税务局', '地方税务局', '国税局', '地税局'], ['税务局']],
  [['法制办公室', '法制办'], ['司法局']],
  [['金融工作办公室', '金融办'], ['地方金融监督管理局', '地方金融监管局']],
  [['扶贫开发办公室', '扶贫办'], ['乡村振兴局']],
  [['城市管理行政执法局', '城管执法局'], ['综合行政执法局']],
  [['环境保护局', '环保局'], ['生态环境局', '生态环境分局']],
];

const byFormer = new Map<string, readonly string[]>(SUCCESSORS.flatMap(([formers, successors]) => formers.map((f) => [f, successors] as const)));

/** The stems that may have taken over a body of this stem (国土资源局 → 自然资源局, …); empty when none. */
export function successorStems(stem: string): readonly string[] {
  return byFormer.get(stem) ?? [];
}
