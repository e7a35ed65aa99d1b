import type { Db } from '../sqlite';
import { up as initial } from './0010-initial';
import { up as policyAliases } from './0020-policy-aliases';
import { up as officeDecisions } from './0030-office-decisions';
import { up as importHistoryNotices } from './0040-import-history-notices';
import { up as ocrReading } from './0050-ocr-reading';
import { up as scanSources } from './0060-scan-sources';
import { up as portfolio } from './0070-portfolio';
import { up as middleHeadings } from './0080-middle-headings';

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

export const migrations: Migration[] = [
  { version: 10, name: 'initial', up: initial },
  { version: 20, name: 'policy-aliases', up: policyAliases },
  { version: 30, name: 'office-decisions', up: officeDecisions },
  { version: 40, name: 'import-history-notices', up: importHistoryNotices },
  { version: 50, name: 'ocr-reading', up: ocrReading },
  { version: 60, name: 'scan-sources', up: scanSources },
  { version: 70, name: 'portfolio', up: portfolio },
  { version: 80, name: 'middle-headings', up: middleHeadings },
];
