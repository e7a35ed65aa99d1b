// Department knowledge as data: the one table of the names of government bodies, the names they had before the
// institutional reforms of 2018–2019 (机构改革), and the actors that stand for "whoever is concerned".
//
// Names carry no place and no level: one row serves the district (区人社局), the county (县人社局) and the city
// (市人社局) alike; the reader puts the level character in front. Policy extraction folds a body's short forms
// and the former names marked `folded` into one body (shared/extract/department-table); report reading lets a
// report signed with any former name count for the bodies that took its work over (shared/submission/former-names).

export interface BodyNames {
  /** The body's names today, the full formal name first, then the short forms policies and reports write. */
  names: readonly string[];
  /** Names of bodies whose work it took over in the reforms; a report may still be signed with them. */
  former?: readonly string[];
  /** The former names a policy uses for this very body (工商局 for 市场监督管理局): folded into it. */
  folded?: readonly string[];
}

export const BODIES: readonly BodyNames[] = [
  { names: ['人力资源和社会保障局', '人社局', '人力社保局'] },
  { names: ['发展和改革委员会', '发展改革委员会', '发展改革委', '发改委', '发展和改革局', '发展改革局', '发改局'] },
  {
    names: ['市场监督管理局', '市场监管局'],
    former: ['工商行政管理局', '工商局', '食品药品监督管理局', '食药监局', '质量技术监督局', '质监局'],
    folded: ['工商行政管理局', '工商局', '食品药品监督管理局', '食药监局', '质量技术监督局', '质监局'],
  },
  { names: ['教育和体育局', '教育体育局', '教体局'] },
  { names: ['医疗保障局', '医保局'] },
  { names: ['工业和信息化局', '工信局', '经济和信息化局', '经信局'] },
  { names: ['住房和城乡建设局', '住房城乡建设局', '住建局'] },
  {
    names: ['卫生健康局', '卫健局', '卫生健康委员会', '卫健委'],
    former: ['卫生和计划生育局', '卫生计生局', '卫计局', '卫生和计划生育委员会', '卫生计生委', '卫计委'],
    folded: ['卫生和计划生育局', '卫生计生局', '卫计局'],
  },
  { names: ['文化和旅游局', '文化旅游局', '文旅局'], former: ['文化广电新闻出版局', '文广新局', '旅游局'] },
  // where culture, broadcasting and tourism merged, two ways of writing it; neither folds into the other
  { names: ['文化广电和旅游局'], former: ['文化广电新闻出版局', '文广新局', '旅游局'] },
  { names: ['文化广电旅游局'], former: ['文化广电新闻出版局', '文广新局', '旅游局'] },
  { names: ['行政审批服务局', '行政审批局', '审批服务局', '审批局'] },
  { names: ['地方金融监督管理局', '地方金融监管局', '金融监督管理局', '金融监管局'], former: ['金融工作办公室', '金融办'] },
  {
    names: ['自然资源和规划局', '自然资源局', '自规局'],
    former: ['国土资源局', '国土局', '国土资源和规划局', '城乡规划局', '规划局'],
    folded: ['国土资源局', '国土局'],
  },
  { names: ['交通运输局', '交通局'] },
  { names: ['生态环境局'], former: ['环境保护局', '环保局'], folded: ['环境保护局', '环保局'] },
  { names: ['生态环境分局'], former: ['环境保护局', '环保局'] },
  { names: ['退役军人事务局', '退役军人局'] },
  { names: ['应急管理局', '应急局'], former: ['安全生产监督管理局', '安监局'], folded: ['安全生产监督管理局', '安监局'] },
  { names: ['农业农村局'], former: ['农业局', '农业委员会', '农委'], folded: ['农业局'] },
  { names: ['科学技术局', '科技局'] },
  { names: ['综合行政执法局', '综合执法局'], former: ['城市管理行政执法局', '城管执法局'] },
  { names: ['税务局'], former: ['国家税务局', '地方税务局', '国税局', '地税局'] },
  { names: ['司法局'], former: ['法制办公室', '法制办'] },
  { names: ['乡村振兴局'], former: ['扶贫开发办公室', '扶贫办'] },
  { names: ['残疾人联合会', '残联'] },
  // 府办: the short form a page's source line writes (信息来源: 市府办, 县府办)
  { names: ['人民政府办公室', '政府办公室', '政府办', '府办'] },
];

/**
 * Actors that stand for "whoever is concerned", never one body, in their district, county and city forms. Names
 * that open with 各 or say 有关/相关 are caught by rule as well (shared/extract/departments); these are the common
 * ones to show users.
 */
export const GENERIC_ACTORS: readonly string[] = [
  '区政府有关部门',
  '区政府各部门',
  '区直有关部门',
  '县政府有关部门',
  '县政府各部门',
  '县直有关部门',
  '县直各部门',
  '市政府有关部门',
  '市政府各部门',
  '市直有关部门',
  '市直各部门',
  '各镇街',
  '各镇（街道）',
  '各镇人民政府',
  '各街道办事处',
  '各乡镇',
  '各乡镇人民政府',
  '各乡（镇）',
  '各县（市、区）',
  '各县（市、区）人民政府',
  '各区县',
  '各级各部门',
  '各部门',
  '各单位',
  '有关部门',
  '相关部门',
  '有关单位',
  // the residents' and villagers' committees of a town or a street, written without a name: every one of them
  '居委会',
  '居委',
  '村委会',
  '村居委会',
  '村（居）委会',
  // estate-parties: the parties of each housing estate and the sanitation company serving it, written as a kind in a
  // street's or a town's rules (「3．物业公司：…」「4．业委会：…」「5．环卫公司：…」, 友谊路街道生活垃圾定时定点分类投放工作
  // 实施细则, 2019): every estate's, never one body
  '物业公司',
  '物业服务企业',
  '业委会',
  '业主委员会',
  '环卫公司',
  // (the cleaning company a town hires for its villages, 「由保洁公司负责组织各村保洁人员」, 高庄镇, 2021)
  '保洁公司',
  // every party and government organ, every public institution of the level, written as a kind (「区党政机关、公共机构」,
  // 宝山区生活垃圾分类工作任务清单, 2019)
  '党政机关',
  '市党政机关',
  '区党政机关',
  '县党政机关',
  '公共机构',
];

/**
 * Endings of a town's or a street's own body (乡镇, 街道): it has its own place name, so a report's 新华街道办事处 is
 * never the district's 区新华街道办事处, whatever the policy's level.
 */
export const TOWN_BODY_ENDINGS: readonly string[] = ['街道办事处', '街道办', '街道', '镇人民政府', '镇政府', '乡人民政府', '乡政府', '苏木', '镇', '乡'];

/**
 * How the name of a body's own office or unit ends, when a division of the work writes it bare (办公室, 法规处,
 * 综合科, 信息中心; a town's 房管所, 安监所, 农业服务站, 综合行政执法队 and its company, 新吴泾投资经营有限公司).
 * internal-units: a ministry's 司 and its 办公厅 (政策法规司, 办公厅), a court's 庭 (立案庭, 民一庭) and a university's or a
 * hospital's 院 (经济管理学院, 本科生院, 研究生院) are its own units the same way.
 */
export const OFFICE_NAME_ENDINGS: readonly string[] = ['处', '室', '科', '股', '办', '部', '局', '中心', '所', '站', '队', '司', '厅', '庭', '院', '有限公司', '集团'];

/** Whether a name is a town's or a street's body (严集镇人民政府, 新华街道办事处). */
export function isTownBody(name: string): boolean {
  return name.length > 2 && TOWN_BODY_ENDINGS.some((e) => name.endsWith(e) && name.length > e.length);
}

