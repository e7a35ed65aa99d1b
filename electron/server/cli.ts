// `npm run web`: starts browser mode and opens the page in the default browser.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportServer } from './server';

export interface CliOptions {
  workspace?: string;
  port?: number;
  open: boolean;
}

const USAGE = '用法：luoshi-web [--workspace 工作区.sqlite] [--port 端口] [--no-open]';

export function parseCliArgs(argv: string[]): CliOptions {
  const options: CliOptions = { open: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} 需要一个值\n${USAGE}`);
      return v;
    };
    if (flag === '--workspace') options.workspace = value();
    else if (flag === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口应为 0–65535 的整数\n${USAGE}`);
      options.port = port;
    } else if (flag === '--no-open') options.open = false;
    else if (flag === '--help' || flag === '-h') throw new Error(USAGE);
    else throw new Error(`不认识的参数：${arg}\n${USAGE}`);
  }
  return options;
}

function openInBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => console.log('未能自动打开浏览器，请手动复制上面的地址。'));
    child.unref();
  } catch {
    console.log('未能自动打开浏览器，请手动复制上面的地址。');
  }
}

async function main(): Promise<void> {
  let options: CliOptions;
  try {
    options = parseCliArgs(process.argv.slice(2));
  } catch (err) {
    console.error((err as Error).message);
    process.exitCode = 2;
    return;
  }
  const server = await exportServer({
    workspace: options.workspace,
    port: options.port,
    onError: (channel, err) => console.error(`[${channel}]`, err instanceof Error ? err.message : err),
  });
  // The only place the token is ever printed.
  console.log(`Luoshi 浏览器模式：${server.pageUrl}`);
  console.log(`工作区：${server.workspacePath()}　按 Ctrl+C 退出`);
  if (options.open) openInBrowser(server.pageUrl);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const invokedDirectly = Boolean(process.argv[1]) && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main().catch((err) => {
    console.error(`启动失败：${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
