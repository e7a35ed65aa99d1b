// publication-note: the note that closes a notice (「（此件主动公开）」, 「（此件公开发布）」) stands on a line of its own; once
// the page lost its breaks it runs on between the notice's signature and what is attached after it (「…2024年8月6日（此件
// 主动公开）本市养老机构消防安全典型问题清单问题大类…」, 沪民养老发〔2024〕11号). It is cut out as a line again, so the
// attachment after it is read apart from the notice's items. Pure.

const NOTE = /[（(]此件[^（）()]{1,8}[）)]/g;

/** Where a run-on publication note begins and ends in `text`, each a cut; none for a note that is the whole text. */
export function publicationNoteCuts(text: string): number[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(NOTE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (text.slice(0, start).trim() !== '') cuts.push(start);
    if (text.slice(end).trim() !== '') cuts.push(end);
  }
  return cuts;
}
