// forum-jammer: some forums hide runs of junk characters in a post's markup to spoil copying; a copy of the post carries
// them run onto its lines and on lines of their own (; j& x+ z8 n4 f2 H 网友您好:/ T9 r$ W. b$ u5 @; c9 l' ^). A run is
// five or more tokens of one or two printable ASCII characters, one space between them, holding letters and digits or
// marks together: the text reads without it. Runs of numbers alone (1 2 3 4 5) or letters alone (A B C D E) stay.
const JAMMER_RUN_RE = /(?:[\x21-\x7e]{1,2} ){4,}[\x21-\x7e]{1,2}(?![\x21-\x7e])/g;

function isJammer(run: string): boolean {
  const letters = (run.match(/[A-Za-z]/g) ?? []).length;
  return letters >= 2 && /[0-9!-/:-@[-`{-~]/.test(run);
}

/** The line without the forum's junk runs, the spaces they leave at its ends trimmed; any other line as it is. */
export function withoutForumJammer(text: string): string {
  if (!JAMMER_RUN_RE.test(text)) return text;
  JAMMER_RUN_RE.lastIndex = 0;
  return text.replace(JAMMER_RUN_RE, (run) => (isJammer(run) ? '' : run)).trim();
}
