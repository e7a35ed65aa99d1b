// Page geometry, fonts and sizes of Chinese official documents (GB/T 9704-2012, 党政机关公文格式).
import type { FontFace } from '../../shared/export/document-model';

export type { FontFace };

const TWIPS_PER_MM = 1440 / 25.4;

export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);

/** Half-points, the unit of w:sz. */
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);

export const PAGE = {
  width: mmToTwips(210),
  height: mmToTwips(297),
  margin: { top: mmToTwips(37), bottom: mmToTwips(35), left: mmToTwips(28), right: mmToTwips(26) },
  /** The page number sits about 7 mm below the text block. */
  footer: mmToTwips(23),
  header: mmToTwips(15),
} as const;

/** Width of the text block: 156 mm. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** 22 lines in the 225 mm text block: a fixed line height of 28.9 pt. */
export const BODY_LINE = 578;

export const FONT = {
  /** Body text and the third heading level. */
  fangsong: '仿宋_GB2312',
  /** First heading level, table headers. */
  heiti: '黑体',
  /** Second heading level. */
  kaiti: '楷体_GB2312',
  /** The document title. */
  xiaobiaosong: '方正小标宋简体',
  /** Page numbers. */
  songti: '宋体',
} as const satisfies Record<FontFace, string>;

/** Fonts a Windows machine without the GB2312 fonts has under another name. */
export const FONT_ALT_NAME: Record<FontFace, string> = {
  fangsong: '仿宋',
  heiti: 'SimHei',
  kaiti: '楷体',
  xiaobiaosong: '宋体',
  songti: 'SimSun',
};

/** Chinese type sizes in points: 二号 22, 三号 16, 四号 14, 小四 12. */
export const SIZE = { erhao: 22, sanhao: 16, sihao: 14, xiaosi: 12 } as const;

/** One character of body text, for indents counted in characters. */
export const BODY_CHAR = SIZE.sanhao * 20;

export const TITLE_LINE = 700;
export const TABLE_LINE = 400;
