import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ExportPhase, ExportScope, PreflightProblem, PreflightReport } from '../../shared/contract';
import { BaseUrlSchema } from '../../shared/contract';
import { ExportCancelled, PreflightBlocked } from '../core/export/bundle';
import { runExport } from '../core/export/run';
import { checkOutDir, getExportSettings, normalizeBaseUrl } from '../core/export/settings';
import { getSettings } from '../core/store/repositories/workspaceMeta';
import { STORE_FILE } from '../core/store/db';
import { openWorkspace } from '../core/workspace';
import { formatBytes } from './backup';
import type { CliContext } from './context';
import { CliFailure } from './failure';

export interface ExportOptions {
  dataDir: string;
  /** The output folder (absolute). */
  outDir: string;
  zip: boolean;
  /** Overrides the workspace's base URL for this export. */
  baseUrl?: string;
  /** Only this section's articles. */
  section?: string;
}

const PHASES: Record<ExportPhase, string> = {
  preflight: 'Checking',
  reading: 'Reading the store',
  rendering: 'Rendering pages',
  media: 'Preparing photos',
  writing: 'Writing files',
  zipping: 'Making the zip',
  done: 'Done',
};

function problemLine(p: PreflightProblem): string {
  return `  ${p.severity === 'blocking' ? 'blocking' : 'warning '}  ${p.message}`;
}

/** Preflight's report as the command prints it: counts, then every problem, blocking first. */
export function printReport(ctx: CliContext, report: PreflightReport): void {
  const perLang = Object.entries(report.pagesByLang)
    .map(([lang, n]) => `${n} ${lang}`)
    .join(', ');
  ctx.out(`Preflight: ${report.articles} article(s), ${report.pages} page(s) (${perLang}); ${report.blocking} blocking problem(s), ${report.warnings} warning(s).`);
  for (const p of report.problems) (p.severity === 'blocking' ? ctx.err : ctx.out)(problemLine(p));
}

/**
 * `tandem export --out DIR [--zip]`: preflight (printed; blocking problems stop the export
 * and exit 1), then the bundle, with progress on a terminal and a summary of what changed.
 */
export async function runExportCommand(ctx: CliContext, options: ExportOptions): Promise<number> {
  if (options.baseUrl !== undefined && !BaseUrlSchema.safeParse(options.baseUrl).success) {
    throw new CliFailure(`--base-url needs the site's web address, such as https://news.example.org/ (got "${options.baseUrl}").`);
  }
  // Opening a folder without a store would make a new, empty workspace there.
  if (!existsSync(path.join(options.dataDir, STORE_FILE))) {
    throw new CliFailure(`There is no Tandem workspace in ${path.resolve(options.dataDir)}, so there is nothing to export. Check --data DIR (or TANDEM_DATA).`);
  }
  const ws = openWorkspace(options.dataDir);
  try {
    const settings = getExportSettings(ws);
    const baseUrl = options.baseUrl !== undefined ? normalizeBaseUrl(options.baseUrl) : settings.baseUrl;
    // A refusal is a TandemError: printed as it is, exit code 1.
    const outDir = checkOutDir(ws.dir, options.outDir);
    const sections = getSettings(ws.db).sections;
    if (options.section !== undefined && !sections.some((s) => s.id === options.section)) {
      throw new CliFailure(`There is no section "${options.section}" in this workspace. The sections are ${sections.map((s) => s.id).join(', ')}.`);
    }
    const scope: ExportScope = options.section !== undefined ? { kind: 'section', section: options.section } : { kind: 'all' };
    try {
      const result = await runExport(
        { workspaceDir: ws.dir, dbPath: ws.dbPath, scope, outDir, baseUrl, zip: options.zip, asOf: Date.now() },
        {
          onProgress: (phase, done, total) => ctx.status?.(`${PHASES[phase]}… ${total > 0 ? `${done}/${total}` : ''}`),
          log: (message) => ctx.err(message),
        },
      );
      ctx.status?.('');
      for (const w of result.warnings) ctx.out(problemLine(w));
      ctx.out(
        `Bundle written to ${result.outDir}: ${result.files} files, ${formatBytes(result.bytes)}; ` +
          `${result.written} written, ${result.removed} removed, ${result.unchanged} unchanged${result.incremental ? ' (only changed pages were rendered)' : ''}.`,
      );
      if (result.zipPath) ctx.out(`Zip written to ${result.zipPath}.`);
      return 0;
    } catch (e) {
      ctx.status?.('');
      if (e instanceof PreflightBlocked) {
        printReport(ctx, e.report);
        ctx.err('Nothing was written. Fix the blocking problems above, then export again.');
        return 1;
      }
      if (e instanceof ExportCancelled) throw new CliFailure('The export was cancelled; the output folder is as it was.');
      throw e;
    }
  } finally {
    ws.close();
  }
}
