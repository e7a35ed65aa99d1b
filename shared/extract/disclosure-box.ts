// The disclosure box (政府信息公开 metadata) that heads a policy published on a government website:
//   索 引 号：000014349/2018-00214 | 主题分类：综合政务\政务督查
//   发文机关：国务院办公厅 | 成文日期：2018年12月06日
//   标　　题：国务院办公厅关于… | 发文字号：国办发〔2018〕117号 | 发布日期：2018年12月10日
// A page saved from the site, or its text copied, opens with it, one field or a table row of fields a line. Its
// lines are no part of the document's own header (the 标题 line is not the title line, and the title is looked for
// below the box), and its fields stand in for what the document's own header may lack (文号, issuer, date).
import { compactWhitespace } from '../text/normalize';

/** The box's field labels (spaces inside a label are allowed), by the field they fill. */
const FIELD_LABELS: Record<DisclosureField, string[]> = {
  index: ['索引号'],
  topic: ['主题分类', '分类', '主题词', '体裁分类', '组配分类', '服务对象'],
  issuer: ['发文机关', '发布机构', '发文单位', '发布机关', '制发机关'],
  writtenOn: ['成文日期', '发文日期', '印发日期'],
  title: ['标题', '名称', '文件名称'],
  docNumber: ['发文字号', '文号'],
  publishedOn: ['发布日期', '公开日期', '生效日期', '实施日期'],
  validity: ['有效性', '时效性', '是否有效', '废止日期', '失效日期'],
};

export type DisclosureField = 'index' | 'topic' | 'issuer' | 'writtenOn' | 'title' | 'docNumber' | 'publishedOn' | 'validity';

export interface DisclosureBox {
  /** Index of the first line after the box. */
  end: number;
  fields: Partial<Record<DisclosureField, string>>;
}

// Longer labels first, so 发文字号 is not read as 文号 after 发.
const LABELS = Object.entries(FIELD_LABELS)
  .flatMap(([field, labels]) => labels.map((label) => ({ field: field as DisclosureField, label })))
  .sort((a, b) => b.label.length - a.label.length);
// A label is known by its colon: in a line that opens on one, the next may follow a value with no space between
// (text copied from the page loses the spaces next to Chinese).
const LABEL = new RegExp(`(${LABELS.map((l) => [...l.label].join('[\\s\\u3000]*')).join('|')})[\\s\\u3000]*[：:]`, 'g');
const fieldOf = (label: string) => LABELS.find((l) => l.label === label.replace(/[\s\u3000]/g, ''))!.field;

/** A box line: nothing but labelled fields (a field may be empty); null for any other line. */
export function disclosureFields(line: string): { field: DisclosureField; value: string }[] | null {
  const text = line.trim();
  const found = [...text.matchAll(LABEL)];
  if (found.length === 0) return null;
  // The line opens on a label (a bar or space before it at most).
  if (text.slice(0, found[0].index).replace(/[|｜\s\u3000]/g, '') !== '') return null;
  return found.map((m, k) => {
    const start = m.index! + m[0].length;
    const end = k + 1 < found.length ? found[k + 1].index! : text.length;
    return { field: fieldOf(m[1]), value: compactWhitespace(text.slice(start, end).replace(/[|｜]/g, ' ')).trim() };
  });
}

/** Lines at the top where the box may start (a site's banner or breadcrumb may come first). */
const SEARCH_LINES = 12;

/**
 * The box at the top of the lines: a run of box lines holding at least three fields, one of them the 索引号, 标题 or
 * 文号. A single labelled line (文号：… under a title) is the document's own and no box.
 */
export function readDisclosureBox(lines: readonly string[]): DisclosureBox | null {
  for (let start = 0; start < Math.min(SEARCH_LINES, lines.length); start++) {
    if (!disclosureFields(lines[start])) continue;
    const fields: Partial<Record<DisclosureField, string>> = {};
    let count = 0;
    let end = start;
    for (; end < lines.length; end++) {
      const found = disclosureFields(lines[end]);
      if (!found) break;
      for (const { field, value } of found) {
        count++;
        if (value && !fields[field]) fields[field] = value;
      }
    }
    if (count >= 3 && (fields.index || fields.title || fields.docNumber)) return { end, fields };
    start = end;
  }
  return null;
}
