// team-brief: a 督导组's (督查组's) own brief on its round (12月25日市第十督导组督导简报): the team at the head of the
// clause going over the places it checks (市城市环境卫生综合整治第十督导组对攸攸板辖区、海西辖区进行实地督导检查), in an
// item that is the team's own, titled as its brief or speaking as the team (我第十督导组). Such a team, numbered among
// others (第十), is a body of its own here; one that only visits a body speaking for itself (supervised-visit) is not.

// The team at the head of its round, after the day perhaps.
const ROUND_RE =
  /(?:^|[，,。；;])(?:\d{1,2}月\d{1,2}日(?:上午|下午)?[，,]?)?([\u4e00-\u9fff0-9]{2,30}?(?:督导组|督查组))(?:一行)?(?:先后|分别)?(?:对|深入)[^。；;]{2,60}?(?:进行|开展)了?[^。；;]{0,8}?(?:督导|督查|检查)/;
// The item is the team's own: a title ending on its brief, or the team speaking of itself.
const OWN_BRIEF_TITLE_RE = /(?:督导|督查)(?:工作)?简报$/;
const SPEAKS_AS_TEAM_RE = /我(?:第(?:[一二三四五六七八九十]{1,3}|\d{1,2}))?(?:督导组|督查组)/;
// Words of a sentence, not a team's name.
const NOT_A_TEAM_RE = /[的了将把是在和与及对]|关于|报告|会议/;

/** team-brief: the team whose own brief on its round this is; none otherwise. */
export function teamBrief(lines: readonly { text: string }[]): string[] {
  const texts = lines.map((l) => l.text.replace(/\s+/g, ''));
  const own = texts.some((t) => OWN_BRIEF_TITLE_RE.test(t)) || texts.some((t) => SPEAKS_AS_TEAM_RE.test(t));
  if (!own) return [];
  for (const text of texts) {
    const m = ROUND_RE.exec(text);
    if (m && !NOT_A_TEAM_RE.test(m[1])) return [m[1]];
  }
  return [];
}
