// Command-line arguments: positional words and --flags, checked against one table. A flag takes a value or
// stands alone; one not in the table, or not for the command given, is refused with the usage.
export class CliError extends Error {}

export type Command = 'extract' | 'check' | 'report' | 'notices';

export interface FlagSpec {
  /** Takes a value (--as-of 2021-11-15 or --as-of=2021-11-15); otherwise stands alone. */
  value: boolean;
  /** The commands that accept it. */
  commands: readonly Command[];
}

const BATCH: readonly Command[] = ['check', 'report', 'notices'];

/** Every flag the CLI knows: adding one is one line here (and its use in cli.ts). */
export const FLAGS: Record<string, FlagSpec> = {
  json: { value: false, commands: ['extract', 'check'] },
  xlsx: { value: true, commands: ['check'] },
  'as-of': { value: true, commands: BATCH },
  'report-deadline': { value: true, commands: BATCH },
  'import-date': { value: true, commands: BATCH },
  workspace: { value: true, commands: BATCH },
  policy: { value: true, commands: BATCH },
  out: { value: true, commands: ['report', 'notices'] },
  office: { value: true, commands: ['report', 'notices'] },
  title: { value: true, commands: ['report'] },
  date: { value: true, commands: ['report'] },
  'reply-by': { value: true, commands: ['notices'] },
  department: { value: true, commands: ['notices'] },
  single: { value: false, commands: ['notices'] },
  help: { value: false, commands: ['extract', ...BATCH] },
};

export interface Args {
  positional: string[];
  flags: Record<string, string | boolean>;
}

/**
 * Splits argv into positional words and flags. `usage` is appended to every refusal. The command (the first
 * positional word) decides which flags apply; before a command is known every flag in the table is accepted.
 */
export function parseArgs(argv: string[], usage = '', table: Record<string, FlagSpec> = FLAGS): Args {
  const refuse = (message: string): never => {
    throw new CliError(usage ? `${message}\n\n${usage}` : message);
  };
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  const given: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--') || a === '--') {
      if (a !== '--') positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
    const spec = Object.hasOwn(table, name) ? table[name] : undefined;
    if (!spec) refuse(`不认识的参数：--${name}`);
    if (!spec!.value) {
      if (eq >= 0) refuse(`参数 --${name} 不带值。`);
      flags[name] = true;
    } else {
      const value = eq >= 0 ? a.slice(eq + 1) : argv[i + 1];
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) refuse(`参数 --${name} 需要一个值。`);
      if (eq < 0) i += 1;
      flags[name] = value!;
    }
    given.push(name);
  }
  const command = positional[0] as Command | undefined;
  if (command && command in { extract: 1, check: 1, report: 1, notices: 1 }) {
    for (const name of given) {
      if (!table[name].commands.includes(command)) refuse(`参数 --${name} 不适用于 ${command} 命令。`);
    }
  }
  return { positional, flags };
}
