import { homedir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../core/paths';

/**
 * The workspace the desktop app opens: `--data DIR` on its command line (Electron's own
 * switches are ignored), else TANDEM_DATA, else the platform's data folder.
 */
export function dataDirFromArgv(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = process.env): string {
  return resolveDataDir(givenDataDir(argv) ?? undefined, { platform: process.platform, env, home: homeDir(env) });
}

/**
 * The `--data DIR` a launch was given, made absolute against the folder it was started in;
 * null when it named none. A second launch's is opened by the running Tandem.
 */
export function givenDataDir(argv: readonly string[], cwd?: string): string | null {
  const { values } = parseArgs({ args: [...argv], options: { data: { type: 'string' } }, strict: false, allowPositionals: true });
  if (typeof values.data !== 'string' || values.data.trim() === '') return null;
  return cwd === undefined ? values.data : path.resolve(cwd, values.data);
}

function homeDir(env: Readonly<Record<string, string | undefined>>): string {
  return env.HOME || env.USERPROFILE || homedir();
}
