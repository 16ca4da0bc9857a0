import { importPaths, type ImportPhase, type ImportResult } from '../core/import/service';
import { languageName } from '../core/articles/rules';
import { openWorkspace } from '../core/workspace';
import type { CliContext } from './context';

export interface ImportCommandOptions {
  dataDir: string;
  /** What to import, as typed: Markdown files, folders, a bundle folder or a .zip. */
  paths: string[];
}

/** How often the progress line is rewritten at most (a phase's first and last steps always are). */
const REFRESH_MS = 100;

const PHASE_WORDS: Record<ImportPhase, string> = {
  reading: 'reading files',
  checking: 'checking files',
  media: 'storing images',
  writing: 'writing articles',
};

function progressReporter(status: ((text: string) => void) | undefined): (done: number, total: number, phase: ImportPhase) => void {
  if (status === undefined) return () => {};
  let last = 0;
  let lastPhase: ImportPhase | null = null;
  return (done, total, phase) => {
    const time = Date.now();
    if (phase === lastPhase && done !== total && time - last < REFRESH_MS) return;
    last = time;
    lastPhase = phase;
    const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
    status(`Importing: ${PHASE_WORDS[phase]} ${done}/${total} (${percent}%)`);
  };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What the person reads after an import: what came in, what changed, what was left out. */
export function summaryLines(result: ImportResult, dataDir: string): string[] {
  const perLanguage = result.translations.map((t) => `${t.count} in ${languageName(t.lang)} (${t.lang})`).join(', ');
  const lines = [`Imported ${plural(result.articles, 'article', 'articles')} into ${dataDir}${perLanguage ? `: ${perLanguage}` : ''}.`];
  if (result.kind === 'bundle') {
    if (result.lists.length > 0) lines.push(`Lists restored: ${result.lists.map((l) => `${l.name} (${plural(l.items, 'item', 'items')})`).join(', ')}.`);
    lines.push(`Sections: ${result.sections.join(', ')}.`);
    if (result.media > 0) lines.push(`Images added to the library: ${result.media}.`);
  } else {
    const changed = result.lists.filter((l) => l.items > 0);
    if (changed.length > 0) lines.push(`Lists: ${changed.map((l) => `${l.name} now holds ${plural(l.items, 'imported article', 'imported articles')}`).join('; ')}.`);
    if (result.sections.length > 0) lines.push(`Sections added: ${result.sections.join(', ')}.`);
  }
  if (result.warnings.length > 0) {
    lines.push('Warnings:');
    for (const warning of result.warnings) lines.push(`  - ${warning.message}`);
  }
  return lines;
}

/**
 * `tandem import PATH…`: Markdown files with front matter, folders of them, or a Tandem
 * bundle (a folder or a .zip), all in one go or nothing. Progress goes to the status line
 * (standard error, on a terminal), then the summary.
 */
export async function runImport(ctx: CliContext, options: ImportCommandOptions): Promise<number> {
  const ws = openWorkspace(options.dataDir, { log: (message) => ctx.err(message) });
  try {
    const status = ctx.status === undefined ? undefined : (text: string) => ctx.status?.(text);
    const result = await importPaths(ws, options.paths, { onProgress: progressReporter(status) });
    ctx.status?.('');
    for (const line of summaryLines(result, ws.dir)) ctx.out(line);
    return 0;
  } finally {
    ctx.status?.('');
    ws.close();
  }
}
