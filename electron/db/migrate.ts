// Numbered migrations, each in one transaction that also sets PRAGMA user_version.
import type { Db } from './sqlite';
import { migrations } from './migrations';

export class DatabaseTooNewError extends Error {
  constructor(readonly found: number, readonly supported: number) {
    super(`工作区文件由更新版本的落实创建（版本 ${found}，本程序支持到 ${supported}），请升级后再打开。`);
  }
}

export function latestVersion(): number {
  return migrations[migrations.length - 1].version;
}

export function runMigrations(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latestVersion()) throw new DatabaseTooNewError(current, latestVersion());
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
