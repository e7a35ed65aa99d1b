// pasted-scan: a 落实情况报告 sent as a Word file whose pages are scans pasted in as pictures (扫描件粘贴到Word里),
// perhaps with a typed title or a line or two around them. The pictures carry such a document when its body holds a
// page-sized picture and its typed text would not fill one page: a page of an official document holds 22 lines of 28
// characters (GB/T 9704), so a report typed in Word runs past that, while a pasted scan's typed words stay well under
// it. A page, or a good part of one, is shown at least 5 cm each way; smaller pictures are a seal (4.2 cm), a
// logo, an icon or a strip of a screen, and are no pages. Pure.

/** Characters one page of an official document holds: 22 lines of 28 (GB/T 9704 —2012, 仿宋 三号). */
export const PAGE_CHARS = 22 * 28;

/** The least a picture holding a page (or a good part of one) is shown at, each way, in centimetres. */
export const PAGE_PICTURE_MIN_CM = 5;

/** Whether a picture shown at `shownCm` may hold a scanned page (one whose shown size is not known may). */
export function isPagePicture(shownCm: { width: number; height: number } | undefined): boolean {
  return !shownCm || (shownCm.width >= PAGE_PICTURE_MIN_CM && shownCm.height >= PAGE_PICTURE_MIN_CM);
}

/** Whether a Word body of `typedText` with `pictures` page-sized pictures is a pasted scan, whose pictures are to be read. */
export function isPastedScan(typedText: string, pictures: number): boolean {
  return pictures > 0 && typedText.replace(/\s+/g, '').length < PAGE_CHARS;
}
