// Refiner of a time phrase (ongoing-within-year): 「年内持续推进」 says the work goes on through the year, not that it is due
// by the year's end: a division of a work report closes its items on (A负责,年内完成) or (A负责,年内持续推进) to tell
// the two apart (天津市's 2020 任务分工 of 国务院's 《政府工作报告》, as 国发〔2020〕6号 does). 年内 right before a verb of
// going on (持续推进, 持续开展, 持续实施, 长期坚持, 常态化推进) is no due date; 年内完成, 年内建成 stay due.

const GOING_ON = /^(?:要)?(?:持续|不断|长期|常态化|滚动)(?:推进|开展|实施|坚持|推动|抓好)?/;

/** True when the time phrase ending at `end` of `text` is followed by words of work that goes on. */
export function isOngoingWithinYear(text: string, end: number): boolean {
  return GOING_ON.test(text.slice(end, end + 8));
}
