// The wording of campaign-command (campaign-command.ts): how a campaign's command ends its name, and what it does at the
// head of the opening sentence of its own return. Data, not logic: extend the lists when a command is named another way.

/** The endings of a campaign's command: 区“双创”指挥部, 县创文领导小组办公室. */
export const COMMAND_ENDINGS: readonly string[] = ['指挥部', '领导小组办公室'];

/** What the command goes on with at the head of the sentence: its round of checks (分两个小组…, 对…进行了“回头看”). */
export const COMMAND_ACTS: readonly string[] = ['分', '组成', '派出', '抽调', '对', '就', '会同', '采取', '深入', '开展'];
