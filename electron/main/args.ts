import { homedir } from 'node:os';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../core/paths';

/**
 * The workspace the desktop app opens: `--data DIR` on its command line (Electron's own
 * switches are ignored), else TANDEM_DATA, else the platform's data folder.
 */
export function dataDirFromArgv(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = process.env): string {
  const { values } = parseArgs({ args: [...argv], options: { data: { type: 'string' } }, strict: false, allowPositionals: true });
  const data = typeof values.data === 'string' && values.data.trim() !== '' ? values.data : undefined;
  return resolveDataDir(data, { platform: process.platform, env, home: homeDir(env) });
}

function homeDir(env: Readonly<Record<string, string | undefined>>): string {
  return env.HOME || env.USERPROFILE || homedir();
}
