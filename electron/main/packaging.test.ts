import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ErrorObject } from 'ajv';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The desktop packages (`npm run dist`) are described by electron-builder.yml. It is
 * checked here against electron-builder's own JSON schema (the one electron-builder
 * validates with when it runs), then for what Tandem needs of it: the three platforms'
 * installers, native modules outside the asar archive and rebuilt for Electron, and the
 * fuses that shut the packaged binary's back doors.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CONFIG_FILE = path.join(ROOT, 'electron-builder.yml');

const require = createRequire(path.join(ROOT, 'package.json'));
/** electron-builder's schema, found the way electron-builder finds it: beside its app-builder-lib. */
const SCHEMA_FILE = createRequire(require.resolve('electron-builder')).resolve('app-builder-lib/scheme.json');

function readConfig(): unknown {
  return parse(readFileSync(CONFIG_FILE, 'utf8'));
}

/** A validator for electron-builder's configuration schema (draft-07), compiled once. */
let compiled: ReturnType<Ajv['compile']> | null = null;
function configValidator() {
  compiled ??= compileSchema();
  return compiled;
}

function compileSchema() {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  // electron-builder's schema uses ajv-keywords' `typeof` for options that take a function;
  // a YAML file cannot hold one, so the keyword checks the JavaScript type and nothing more.
  ajv.addKeyword({ keyword: 'typeof', schemaType: 'string', validate: (type: string, data: unknown) => typeof data === type });
  const schema: unknown = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
  if (typeof schema !== 'object' || schema === null) throw new Error(`${SCHEMA_FILE} is not a JSON schema`);
  return ajv.compile(schema);
}

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}

const Targets = z.array(z.union([z.string(), z.object({ target: z.string() })])).or(z.string());

/** What Tandem relies on in the configuration (the schema allows much more). */
const TandemPackaging = z.object({
  appId: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/, 'a reverse-domain id'),
  productName: z.literal('Tandem'),
  asar: z.literal(true),
  asarUnpack: z.array(z.string()).min(1),
  npmRebuild: z.literal(true),
  files: z.array(z.string()),
  extraMetadata: z.object({ main: z.string() }),
  linux: z.object({ target: Targets }),
  win: z.object({ target: Targets }),
  mac: z.object({ target: Targets }),
  electronFuses: z.record(z.string(), z.boolean()),
});

function targetNames(targets: z.infer<typeof Targets>): string[] {
  return (typeof targets === 'string' ? [targets] : targets).map((t) => (typeof t === 'string' ? t : t.target));
}

function tandemPackaging() {
  return TandemPackaging.parse(readConfig());
}

/** True when electron-builder would leave `file` (a path inside the app) out of the asar archive. */
function unpacked(patterns: string[], file: string): boolean {
  // electron-builder matches these globs with minimatch and `dot: true` (app-builder-lib fileMatcher).
  return patterns.some((pattern) => minimatch(file, pattern, { dot: true }));
}

describe('electron-builder.yml', () => {
  it('is valid by electron-builder’s own schema', () => {
    const validate = configValidator();
    const valid = validate(readConfig());
    expect(describeErrors(validate.errors)).toBe('');
    expect(valid).toBe(true);
  });

  it('would be refused by that schema with a misspelt option or a fuse that is not a switch', () => {
    const validate = configValidator();
    const config = TandemPackaging.loose().parse(readConfig());
    expect(validate({ ...config, asarUnpak: config.asarUnpack })).toBe(false);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNode: 'no' } })).toBe(false);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
    expect(validate({ ...config, linux: { target: 42 } })).toBe(false);
  });

  it('names the app', () => {
    const config = tandemPackaging();
    expect(config.appId).toBe('org.tandem.editorial');
    expect(config.productName).toBe('Tandem');
  });

  it('makes an AppImage and a deb for Linux, an NSIS installer for Windows and a dmg for macOS', () => {
    const config = tandemPackaging();
    expect(targetNames(config.linux.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(targetNames(config.win.target)).toContain('nsis');
    expect(targetNames(config.mac.target)).toContain('dmg');
  });

  it('keeps better-sqlite3 and sharp (with its libvips) out of the asar archive, rebuilt for Electron', () => {
    const config = tandemPackaging();
    const mustBeUnpacked = [
      'node_modules/better-sqlite3/package.json',
      'node_modules/better-sqlite3/lib/database.js',
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/sharp/package.json',
      'node_modules/sharp/lib/sharp.js',
      'node_modules/@img/sharp-linux-x64/lib/sharp-linux-x64.node',
      'node_modules/@img/sharp-libvips-linux-x64/lib/libvips-cpp.so.8.17.3',
      'node_modules/@img/sharp-win32-x64/lib/libvips-42.dll',
      'node_modules/@img/sharp-darwin-arm64/lib/sharp-darwin-arm64.node',
    ];
    for (const file of mustBeUnpacked) expect(unpacked(config.asarUnpack, file), file).toBe(true);
    // The app's own code stays inside the archive, where the integrity check covers it.
    for (const file of ['dist/electron/main.mjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html', 'node_modules/zod/index.js']) {
      expect(unpacked(config.asarUnpack, file), file).toBe(false);
    }
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(true);
  });

  it('packages the built app and starts it from the bundled main', () => {
    const config = tandemPackaging();
    const pkg = z.object({ main: z.string(), scripts: z.record(z.string(), z.string()) }).parse(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')));
    expect(config.extraMetadata.main).toBe('dist/electron/main.mjs');
    expect(pkg.main).toBe(config.extraMetadata.main);
    expect(config.files).toContain('dist/**/*');
    expect(pkg.scripts.dist).toBe('npm run build && electron-builder');
  });

  it('flips the fuses that shut the packaged binary’s back doors', () => {
    expect(tandemPackaging().electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
