// Lists the files of a chosen folder for a batch import. Links are followed only while they stay inside the
// folder; a link out of it, a dangling link, a link loop or an unreadable sub-folder is skipped with a
// zh-CN message naming it, and never stops the listing.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SkippedEntry {
  /** Path relative to the chosen folder. */
  file: string;
  message: string;
}

export interface FolderListing {
  files: string[];
  skipped: SkippedEntry[];
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

const inside = (root: string, path: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/** Every file under `folder` (sorted, hidden entries left out); throws only when the folder itself cannot be read. */
export function listFolder(folder: string): FolderListing {
  const root = realpathSync(folder);
  if (!statSync(root).isDirectory()) throw new Error(`not a folder: ${folder}`);
  const files: string[] = [];
  const skipped: SkippedEntry[] = [];
  const seenDirs = new Set<string>([root]);
  const skip = (path: string, reason: string) => {
    const file = relative(folder, path) || path;
    skipped.push({ file, message: `已跳过「${file}」：${reason}` });
  };

  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      skip(dir, '无法读取该文件夹（没有访问权限或已被删除）。');
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      let realPath: string;
      try {
        realPath = realpathSync(path);
      } catch {
        skip(path, isLink(path) ? '这是一个无法解析的链接（目标不存在，或链接互相指向形成循环）。' : '无法读取该文件（没有访问权限或已被删除）。');
        continue;
      }
      if (!inside(root, realPath)) {
        skip(path, '这是指向所选文件夹以外的链接，为安全起见不导入。');
        continue;
      }
      let isDir: boolean;
      try {
        isDir = statSync(realPath).isDirectory();
      } catch {
        skip(path, '无法读取该文件（没有访问权限或已被删除）。');
        continue;
      }
      if (isDir) {
        // A folder reached twice (through a link back up the tree) is walked once.
        if (seenDirs.has(realPath)) continue;
        seenDirs.add(realPath);
        walk(path);
      } else files.push(path);
    }
  };
  walk(folder);
  return { files, skipped };
}
