// What a document read by OCR says about how it was read: the first of its warnings. Kept apart from the OCR code so
// the import path can word it without loading the engine.

/** A scan or a picture: every word of it came from OCR. */
export const scanNote = (engine: string) => `本文件是扫描件或图片，文字由 OCR（${engine}）识别得出，可能有个别错字，请对照原件核对。`;

/** A PDF whose text layer could not be decoded, its printed pages read by OCR instead (glyph-code-layer). */
export const garbledLayerNote = (engine: string) =>
  `该 PDF 的文字层无法正确解码（字体缺少字符映射），文字改由 OCR（${engine}）从页面识别得出，可能有个别错字，请对照原件核对。`;

/** Such a PDF from whose pages OCR read nothing either. */
export const GARBLED_UNREAD = '该 PDF 的文字层无法正确解码（字体缺少字符映射），读出的是乱码；从页面图像也未能识别出文字。请用原软件重新导出 PDF 后再导入。';
