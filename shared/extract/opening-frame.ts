// Rule on an item's title: an item at the measures' own level titled only as the opening frame of a plan — its
// background, guiding thought, approach or aims (一、背景, 二、建设目标与指导思想, 一、指导思想与基本思路) — sets out why and
// to what end the work is done, and sets no task. A plan written without 总体要求 over sub-items puts these first as
// items of their own (哈尔滨工业大学（威海）关于实施“工程领军人才培养计划”的指导性意见, 2016): they frame the tasks, as the
// items of a 总体要求 section do, even where their prose tells who wrote the plan (「教务处制定了…指导性意见」).
// Principles and safeguards are no part of it: 基本原则, 组织保障 may divide work.
// frame-alone: 主要目标 and 工作目标 state the aims of the whole work as 总体目标 does; an item titled so is no task even when
// it is all the text holds (阿拉善盟's 2021 plan, its copy cut after 一、主要目标)
const WORDS = ['背景', '指导思想', '基本思路', '总体思路', '工作思路', '思路', '建设目标', '总体目标', '发展目标', '主要目标', '工作目标'];
const WORD = `(?:${WORDS.join('|')})`;
const OPENING_FRAME = new RegExp(`^${WORD}(?:(?:与|和|及|、)${WORD})*$`);

/** Whether a title names only the opening frame of a plan (背景, 建设目标与指导思想). */
export function isOpeningFrameTitle(title: string): boolean {
  return OPENING_FRAME.test(title.replace(/\s+/g, '').replace(/[。.]$/, ''));
}
