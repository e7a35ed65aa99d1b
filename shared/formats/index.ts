// The kinds of file Luoshi imports, in the groups the file choosers offer them: one list for the importer, the
// window's file input and the desktop's open dialog.

export interface FormatGroup {
  /** How the open dialog names the group. */
  name: string;
  /** Extensions without the dot, lower case. */
  extensions: string[];
}

const SCANS: FormatGroup = { name: '扫描件和照片（png、jpg、tif）', extensions: ['png', 'jpg', 'jpeg', 'tif', 'tiff'] };

export const FORMAT_GROUPS: FormatGroup[] = [
  { name: '公文（docx、doc、wps、pdf、ofd、rtf、txt）', extensions: ['docx', 'doc', 'wps', 'pdf', 'ofd', 'rtf', 'txt', 'md'] },
  { name: '表格（xlsx、xls、et、csv）', extensions: ['xlsx', 'xls', 'et', 'csv'] },
  { name: '网页（html、htm、mht）', extensions: ['html', 'htm', 'mht', 'mhtml'] },
  { name: '压缩包（zip，导入其中的文件）', extensions: ['zip'] },
  SCANS,
];

/** Every importable extension, with its dot (.docx). */
export const IMPORTABLE_EXTENSIONS: string[] = FORMAT_GROUPS.flatMap((g) => g.extensions.map((e) => `.${e}`));

/** The extensions of scans and photos, read by OCR. */
export const IMAGE_EXTENSIONS: string[] = SCANS.extensions.map((e) => `.${e}`);

/** For a file input's accept attribute. */
export const ACCEPT_ATTRIBUTE = IMPORTABLE_EXTENSIONS.join(',');

/** The warning of a .doc whose list tables cannot be read: the numbers of its automatic lists are missing from its text. */
export const LIST_NUMBERS_UNREAD = '文件的“自动编号”列表信息已损坏，无法读取，由自动编号生成的编号（一、（一）1. 等）未能读出。';

/**
 * What to add where a file read as a policy gave no numbered measure: a .doc whose list tables could not be read has
 * lost the numbers of Word's automatic lists (一、 （一） 1.), so a policy numbered that way reads as having none.
 */
export function lostNumberingHint(doc: { format: string; warnings: string[] }): string {
  return doc.format === 'doc' && doc.warnings.includes(LIST_NUMBERS_UNREAD)
    ? '该旧版 Word（.doc）文件中由“自动编号”生成的编号无法读取；请用 Word 或 WPS 另存为 .docx 后再导入。'
    : '';
}
