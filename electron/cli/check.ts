import { checkWorkspace } from '../core/backup/check';
import type { CliContext } from './context';

export interface CheckOptions {
  dataDir: string;
}

/** `tandem check`: the workspace's integrity verdict; exit code 0 when sound, 1 otherwise. */
export async function runCheck(ctx: CliContext, options: CheckOptions): Promise<number> {
  const result = checkWorkspace(options.dataDir);
  const print = result.ok ? ctx.out : ctx.err;
  print(result.verdict);
  for (const problem of result.problems) print(`  - ${problem}`);
  return result.ok ? 0 : 1;
}
