// The genre's standing section headings (「一、总体要求」, 「三、保障措施」, 「五、职责分工」): a plan, an opinion or a
// division of work sets its parts out under these words, whatever it is about. Run into the paragraph under it, such a
// heading ends where the word does (section-word, heading-body), unless the word goes on into a longer heading
// (「组织领导小组」, 「工作目标考核」, 「主要任务和分工」): the words that may go on after one are the second list.
export const SECTION_WORDS: readonly string[] = [
  '总体要求', '指导思想', '基本原则', '工作原则', '主要目标', '工作目标', '发展目标', '目标任务', '主要任务', '重点任务',
  '工作任务', '行动任务', '工作内容', '主要内容', '实施要求', '工作要求', '有关要求', '保障措施', '工作保障', '组织保障',
  '组织领导', '组织实施', '组织机构', '职责分工', '工作分工', '任务分工', '主要职责', '实施步骤', '工作步骤', '推进计划',
  '进度安排', '时间安排', '实施范围', '适用范围', '工作机制', '督促检查', '监督检查', '考核制度',
  // a project's plan: what the project consists of and how it is paid for (虹应急〔2026〕2号, 二、项目内容, 五、经费保障)
  '项目内容', '建设内容', '经费保障', '资金保障',
];
export const SECTION_WORD_GOES_ON: readonly string[] = [
  '小组', '考核', '体系', '机制', '清单', '分解', '责任', '制度', '情况', '和', '及', '与', '、', '的', '之', '表', '一览',
];
