// A report as the window names it: as the exports cite it (fileLabel: 《区财政局关于……的报告》 where the file is named by
// its title, else the file name without its extension), with any direction control in the name shown as a code.
import { fileLabel } from '../../shared/export/wording';
import { displayFileName } from '../../shared/text/display-name';

export function reportName(file: string): string {
  return displayFileName(fileLabel(file));
}
