// Default folding table: the usual short forms of district and city bodies, and the names bodies had before
// the 2018–2019 institutional reform (工商局, 食药监局 and 质监局 became the 市场监督管理局; 安监局 the
// 应急管理局; 国土资源局 the 自然资源局; 卫计局 the 卫生健康局), which policies and reports keep using.
// Entries carry no place or level prefix, so one row serves 区人社局, 市人社局 and 县人社局 alike. The first
// name of a group is the full formal name; a policy that writes another form of the body keeps the form it writes.

/** Groups of names for one kind of body; the first is the formal name. */
export const BODY_NAME_GROUPS: readonly (readonly string[])[] = [
  ['人力资源和社会保障局', '人社局', '人力社保局'],
  ['发展和改革委员会', '发展改革委员会', '发展改革委', '发改委', '发展和改革局', '发展改革局', '发改局'],
  ['市场监督管理局', '市场监管局', '工商行政管理局', '工商局', '食品药品监督管理局', '食药监局', '质量技术监督局', '质监局'],
  ['教育和体育局', '教育体育局', '教体局'],
  ['医疗保障局', '医保局'],
  ['工业和信息化局', '工信局', '经济和信息化局', '经信局'],
  ['住房和城乡建设局', '住房城乡建设局', '住建局'],
  ['卫生健康局', '卫健局', '卫生健康委员会', '卫健委', '卫生和计划生育局', '卫生计生局', '卫计局'],
  ['文化和旅游局', '文化旅游局', '文旅局'],
  ['行政审批服务局', '行政审批局', '审批服务局', '审批局'],
  ['地方金融监督管理局', '地方金融监管局', '金融监督管理局', '金融监管局'],
  ['自然资源和规划局', '自然资源局', '自规局', '国土资源局', '国土局'],
  ['交通运输局', '交通局'],
  ['生态环境局', '环境保护局', '环保局'],
  ['退役军人事务局', '退役军人局'],
  ['应急管理局', '应急局', '安全生产监督管理局', '安监局'],
  ['农业农村局', '农业局'],
  ['科学技术局', '科技局'],
  ['综合行政执法局', '综合执法局'],
  ['残疾人联合会', '残联'],
  ['人民政府办公室', '政府办公室', '政府办'],
];

/**
 * Actors that stand for "whoever is concerned", never one body. Names that start with 各 or say
 * 有关/相关 are caught by rule as well (see isGenericActor); these are the common ones to show users.
 */
export const DEFAULT_GENERIC_ACTORS: readonly string[] = [
  '区政府有关部门',
  '区政府各部门',
  '区直有关部门',
  '各镇街',
  '各镇（街道）',
  '各镇人民政府',
  '各街道办事处',
  '各级各部门',
  '各部门',
  '各单位',
  '有关部门',
  '相关部门',
  '有关单位',
];
