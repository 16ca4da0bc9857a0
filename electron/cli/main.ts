import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { defaultDataDir, resolveDataDir } from '../core/paths';
import { DEFAULT_PORT } from '../host/host';
import { runBackup } from './backup';
import { runCheck } from './check';
import { runImport } from './import';
import { runExportCommand } from './export';
import type { CliContext } from './context';
import { UsageError, failureMessage } from './failure';
import { packageRoot } from './locate';
import { runServe } from './serve';

/**
 * The `tandem` command: `serve`, `backup`, `check`, `import`, `export`. Each takes `--data DIR` (else
 * TANDEM_DATA, else the platform's data folder). Returns the exit code; it never throws.
 */

type Options = NonNullable<ParseArgsConfig['options']>;

const DATA = { data: { type: 'string' } } as const satisfies Options;
const HELP = { help: { type: 'boolean', short: 'h' } } as const satisfies Options;

const COMMANDS = {
  serve: { options: { ...DATA, ...HELP, port: { type: 'string' }, 'no-open': { type: 'boolean' }, preferences: { type: 'string' } } },
  backup: { options: { ...DATA, ...HELP, to: { type: 'string' } } },
  check: { options: { ...DATA, ...HELP } },
  import: { options: { ...DATA, ...HELP } },
  export: { options: { ...DATA, ...HELP, out: { type: 'string' }, zip: { type: 'boolean' }, 'base-url': { type: 'string' }, section: { type: 'string' } } },
} as const satisfies Record<string, { options: Options }>;

type CommandName = keyof typeof COMMANDS;

function isCommand(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(COMMANDS, name);
}

export function helpText(ctx: Pick<CliContext, 'env' | 'platform'>): string {
  const fallback = defaultDataDir({ platform: ctx.platform, env: ctx.env, home: homeOf(ctx.env) });
  return `Tandem — a bilingual editorial workstation.

Usage:
  tandem serve [--port N] [--data DIR] [--no-open] [--preferences DIR]
      Start browser mode on 127.0.0.1 and print its address (with this run's token).
      Without --port, Tandem uses port ${DEFAULT_PORT}, or a free one when that is busy.
      The address opens in your browser unless --no-open is given. Your preferences (such
      as recent workspaces) are kept in --preferences DIR, else $TANDEM_PREFERENCES_DIR,
      else the system's settings folder.
  tandem backup --to FILE [--data DIR]
      Copy the workspace into FILE, safely, even while Tandem is writing to it.
  tandem check [--data DIR]
      Check the workspace's integrity and print a verdict (exit code 0 when sound, 1 when not).
  tandem import PATH… [--data DIR]
      Import Markdown files with Hugo front matter (files, or folders of them), or a
      Tandem bundle (its folder, or a .zip) into an empty workspace. All or nothing.
  tandem export --out DIR [--zip] [--base-url URL] [--section ID] [--data DIR]
      Write the publishable bundle of every ready or published article into DIR (and DIR.zip
      with --zip). Preflight's report is printed first; blocking problems stop the export
      (exit code 1) and nothing is written. Exporting again into DIR rewrites only what changed.
  tandem --help
      Show this help.

The workspace folder is --data DIR if given, else $TANDEM_DATA, else
  ${fallback}`;
}

function homeOf(env: CliContext['env']): string {
  return env.HOME || env.USERPROFILE || homedir();
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

interface ParseError {
  code?: unknown;
  message?: unknown;
}

function parseCommand<O extends Options>(name: CommandName, args: readonly string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals });
  } catch (e) {
    const err = (typeof e === 'object' && e !== null ? e : {}) as ParseError;
    const message = typeof err.message === 'string' ? err.message : String(e);
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'([^']+)'/.exec(message)?.[1] ?? message;
      throw new UsageError(`"tandem ${name}" has no option ${option}.`);
    }
    if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const extra = /'([^']+)'/.exec(message)?.[1] ?? message;
      throw new UsageError(`"tandem ${name}" does not take "${extra}".`);
    }
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = /'(--[a-z-]+)/.exec(message)?.[1] ?? 'An option';
      throw new UsageError(`${option} needs a value, for example ${option === '--port' ? '--port 4871' : `${option} <value>`}.`);
    }
    throw new UsageError(message);
  }
}

/** The workspace folder from --data (refusing an empty one), TANDEM_DATA, or the default. */
function dataDir(value: string | undefined, ctx: CliContext): string {
  if (value !== undefined && value.trim() === '') throw new UsageError('--data needs a folder, for example --data ~/Tandem.');
  return resolveDataDir(value, { platform: ctx.platform, env: ctx.env, home: homeOf(ctx.env) });
}

/** --preferences DIR, refusing an empty one. */
function preferencesDir(value: string | undefined): string | undefined {
  if (value !== undefined && value.trim() === '') throw new UsageError('--preferences needs a folder, for example --preferences ~/.config/tandem.');
  return value;
}

export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = /^\d{1,5}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port needs a whole number from 1 to 65535 (or 0 for any free port), such as --port ${DEFAULT_PORT + 1} (got "${value}").`);
  }
  return port;
}

async function run(argv: readonly string[], ctx: CliContext): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    ctx.out(helpText(ctx));
    return 0;
  }
  if (first === '--version' || first === '-v') {
    ctx.out(version());
    return 0;
  }
  if (!isCommand(first)) {
    throw new UsageError(first.startsWith('-') ? `Unknown option ${first}.` : `There is no command "${first}". The commands are serve, backup, check, import and export.`);
  }
  switch (first) {
    case 'serve': {
      const { values } = parseCommand('serve', rest, COMMANDS.serve.options);
      if (values.help) return (ctx.out(helpText(ctx)), 0);
      const port = parsePort(values.port);
      return runServe(ctx, {
        dataDir: dataDir(values.data, ctx),
        port: port ?? DEFAULT_PORT,
        portExplicit: port !== undefined,
        noOpen: values['no-open'] === true,
        preferencesDir: preferencesDir(values.preferences),
      });
    }
    case 'backup': {
      const { values } = parseCommand('backup', rest, COMMANDS.backup.options);
      if (values.help) return (ctx.out(helpText(ctx)), 0);
      if (values.to === undefined || values.to.trim() === '') {
        throw new UsageError('"tandem backup" needs a file to write: tandem backup --to FILE.');
      }
      return runBackup(ctx, { dataDir: dataDir(values.data, ctx), to: path.resolve(values.to) });
    }
    case 'check': {
      const { values } = parseCommand('check', rest, COMMANDS.check.options);
      if (values.help) return (ctx.out(helpText(ctx)), 0);
      return runCheck(ctx, { dataDir: dataDir(values.data, ctx) });
    }
    case 'import': {
      const { values, positionals } = parseCommand('import', rest, COMMANDS.import.options, true);
      if (values.help) return (ctx.out(helpText(ctx)), 0);
      if (positionals.length === 0) throw new UsageError('"tandem import" needs something to import: tandem import PATH… (Markdown files, folders, or a bundle).');
      return runImport(ctx, { dataDir: dataDir(values.data, ctx), paths: positionals });
    }
    case 'export': {
      const { values } = parseCommand('export', rest, COMMANDS.export.options);
      if (values.help) return (ctx.out(helpText(ctx)), 0);
      if (values.out === undefined || values.out.trim() === '') throw new UsageError('"tandem export" needs a folder to write the bundle to: tandem export --out DIR.');
      return runExportCommand(ctx, {
        dataDir: dataDir(values.data, ctx),
        outDir: path.resolve(values.out),
        zip: values.zip === true,
        baseUrl: values['base-url'],
        section: values.section,
      });
    }
  }
}

/** Runs one `tandem` command line (without the program name) and returns its exit code. */
export async function main(argv: readonly string[], ctx: CliContext): Promise<number> {
  try {
    return await run(argv, ctx);
  } catch (e) {
    const { message, exitCode } = failureMessage(e, !!ctx.env.TANDEM_DEBUG);
    ctx.err(message);
    return exitCode;
  }
}
