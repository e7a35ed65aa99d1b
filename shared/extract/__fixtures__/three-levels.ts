// A policy numbered 一、 → （一） → 1., 1. starting again under each （一） (middle-level-restart, README's Numbering
// policy), as lines of text: the example the extraction, citation, linking and stored-workspace tests share.
export const threeLevels = [
  '关于进一步优化营商环境的实施方案',
  '一、主要任务',
  '（一）深化商事制度改革。',
  '1.压缩开办时间。压缩企业开办时间至1个工作日以内。（区市场监管局牵头）',
  '2.推行证照分离。推行证照分离改革全覆盖。（区行政审批服务局牵头）',
  '（二）提升政务服务效能。',
  '1.推行全程网办。推进政务服务事项全程网办。（区政务服务中心牵头）',
  '2.快速回应诉求。建立企业诉求快速响应机制。（区发展改革局牵头）',
  '二、强化落实',
  '（一）优化监管。',
  '1.推行信用监管。建立信用分级分类监管制度。（区市场监管局牵头）',
];
