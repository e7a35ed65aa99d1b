// duty-cell-line: a line that is wholly a task table's cell of bodies closing on who leads (市发改委牵头落实,
// 「市金融办、人民银行潍坊市中心支行、潍坊银监分局分别牵头落实」): bodies, each a name of up to 22 characters closing on
// a body's ending (局, 委, 办公室…), one after another or apart by 、, then who leads.
//
// Read left to right over the places a body may end, never by a pattern that tries every way of cutting a name in
// bodies (a name may hold a body's ending: 市政府办公室, 局局局…), so a line of any length costs its length.

/** Endings of a body's name. */
const BODY_ENDINGS = ['局', '委', '办', '办公室', '中心', '政府', '院', '会', '厅', '部', '行', '支行', '分局', '公司', '街道', '镇', '乡'];
/** What closes the cell: who leads or answers. */
const LEAD_ENDINGS = ['牵头落实', '牵头负责', '负责落实', '牵头', '负责'];
/** Most characters a body's name holds before its ending. */
const NAME_MAX = 22;
/** Characters no body's name holds. */
const NOT_IN_NAME = /[，。；！？,;:：\s、]/;

/** Whether `text` is wholly one body or more, each closing on a body's ending and followed by a 、 or not. */
function wholeBodies(text: string): boolean {
  if (text === '') return false;
  // reach[i]: the first i characters are whole bodies
  const reach = new Uint8Array(text.length + 1);
  reach[0] = 1;
  for (let i = 0; i < text.length; i++) {
    if (!reach[i]) continue;
    for (let n = 1; n <= NAME_MAX && i + n < text.length; n++) {
      if (NOT_IN_NAME.test(text[i + n - 1])) break;
      for (const ending of BODY_ENDINGS) {
        if (!text.startsWith(ending, i + n)) continue;
        const end = i + n + ending.length;
        reach[end] = 1;
        if (text[end] === '、') reach[end + 1] = 1;
      }
    }
  }
  return reach[text.length] === 1;
}

/** The line (as given, untrimmed) is a cell of bodies closing on who leads. */
export function dutyCellText(text: string): boolean {
  for (const lead of LEAD_ENDINGS) {
    if (!text.endsWith(lead)) continue;
    const bodies = text.slice(0, -lead.length);
    if (wholeBodies(bodies) || (bodies.endsWith('分别') && wholeBodies(bodies.slice(0, -2)))) return true;
  }
  return false;
}
