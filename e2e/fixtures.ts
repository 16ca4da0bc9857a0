import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHost, type Host } from './host';

export { expect };

export interface Workspace {
  /** The workspace folder, fresh for this test. */
  dir: string;
  /** The host serving it now. */
  host: Host;
  /** Starts a new host on the same folder (after the old one stopped or was killed). */
  restart(): Promise<Host>;
}

/**
 * Every test gets a fresh workspace folder and its own browser-mode host, stopped and
 * removed afterwards.
 */
export const test = base.extend<{ workspace: Workspace; host: Host }>({
  // eslint-disable-next-line no-empty-pattern
  workspace: async ({}, use, testInfo) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tandem-e2e-'));
    const hosts: Host[] = [];
    const workspace: Workspace = {
      dir,
      host: await startHost(dir),
      async restart() {
        const host = await startHost(dir);
        hosts.push(host);
        workspace.host = host;
        return host;
      },
    };
    hosts.push(workspace.host);
    try {
      await use(workspace);
    } finally {
      for (const host of hosts) await host.stop();
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('host output', { body: hosts.map((h) => h.output()).join('\n--- restarted ---\n'), contentType: 'text/plain' });
      }
      rmSync(dir, { recursive: true, force: true });
    }
  },
  host: async ({ workspace }, use) => {
    await use(workspace.host);
  },
});

/** A Lexical body's text as the store keeps it: one line per paragraph. */
export async function bodyText(body: Locator): Promise<string> {
  return (await body.getByRole('paragraph').allTextContents()).join('\n');
}

/** The editor's save status (`Saved`, `Saving…`, or what went wrong); other status lines (photos being added) are named otherwise. */
export function saveStatus(page: Page): Locator {
  return page.getByRole('status', { name: 'Save status' });
}
