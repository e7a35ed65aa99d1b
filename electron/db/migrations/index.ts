import type { Db } from '../sqlite';
import { up as initial } from './0010-initial';
import { up as policyAliases } from './0020-policy-aliases';
import { up as officeDecisions } from './0030-office-decisions';

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

export const migrations: Migration[] = [
  { version: 10, name: 'initial', up: initial },
  { version: 20, name: 'policy-aliases', up: policyAliases },
  { version: 30, name: 'office-decisions', up: officeDecisions },
];
