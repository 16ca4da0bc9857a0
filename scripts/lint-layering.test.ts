import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering of DESIGN.md, proved against the real lint configuration: each wrong arrow
// is reported, each right one is not.
const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import layering', () => {
  const wrong: Array<[string, string]> = [
    ['renderer/features/x.ts', "import { openCore } from '../../electron/core/index';\nvoid openCore;\n"],
    ['renderer/features/x.ts', "import { readFileSync } from 'node:fs';\nvoid readFileSync;\n"],
    ['renderer/features/x.ts', "import Database from 'better-sqlite3';\nvoid Database;\n"],
    ['electron/core/articles/x.ts', "import { app } from 'electron';\nvoid app;\n"],
    ['electron/core/articles/x.ts', "import { useState } from 'react';\nvoid useState;\n"],
    ['electron/core/articles/x.ts', "import { startHost } from '../../host/server';\nvoid startHost;\n"],
    ['shared/domain/x.ts', "import { join } from 'node:path';\nvoid join;\n"],
    ['shared/domain/x.ts', "import { TandemError } from '../../electron/core/errors';\nvoid TandemError;\n"],
    ['shared/domain/x.ts', "import { useState } from 'react';\nvoid useState;\n"],
    ['electron/host/x.ts', "import { app } from 'electron';\nvoid app;\n"],
    ['electron/preload/x.ts', "import { openCore } from '../core/index';\nvoid openCore;\n"],
  ];
  it.each(wrong)('refuses %s importing the wrong layer', async (file, source) => {
    expect(await importErrors(file, source)).toHaveLength(1);
  });

  const right: Array<[string, string]> = [
    ['renderer/features/x.ts', "import { contract } from '../../shared/contract';\nvoid contract;\n"],
    ['electron/core/articles/x.ts', "import { contract } from '../../../shared/contract';\nvoid contract;\n"],
    ['electron/host/x.ts', "import { TandemError } from '../core/errors';\nvoid TandemError;\n"],
    ['electron/main/x.ts', "import { app } from 'electron';\nvoid app;\n"],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron';\nvoid contextBridge;\n"],
  ];
  it.each(right)('allows %s importing down', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });
});
