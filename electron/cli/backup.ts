import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { backupWorkspace } from '../core/backup/backup';
import type { CliContext } from './context';
import { CliFailure } from './failure';

export interface BackupOptions {
  dataDir: string;
  /** Absolute path of the backup file to write. */
  to: string;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/**
 * `tandem backup --to FILE`: a consistent copy of the workspace's store made with SQLite's
 * online backup, safe while Tandem is writing. An existing file is never overwritten.
 */
export async function runBackup(ctx: CliContext, options: BackupOptions): Promise<number> {
  const { dataDir, to } = options;
  if (existsSync(to)) {
    throw new CliFailure(
      statSync(to).isDirectory()
        ? `${to} is a folder. Give the backup a file name, for example --to ${path.join(to, 'tandem-backup.sqlite')}.`
        : `${to} already exists. Choose another name, or move the old file away first; Tandem does not overwrite it.`,
    );
  }
  const parent = path.dirname(to);
  if (!existsSync(parent)) {
    throw new CliFailure(`The folder ${parent} does not exist. Create it first, or choose another place for the backup.`);
  }
  const { bytes } = await backupWorkspace(dataDir, to);
  ctx.out(`Backup written to ${to} (${formatBytes(bytes)}).`);
  return 0;
}
