import { startHost } from '../host/host';
import { openPreferences } from '../session/preferences';
import { browserPreferencesBackend, chosenPreferencesDir } from '../session/preferencesFile';
import { openSession } from '../session/session';
import { reasonNotToOpen } from './browser';
import type { CliContext } from './context';

export interface ServeOptions {
  dataDir: string;
  port: number;
  portExplicit: boolean;
  noOpen: boolean;
  /** Where preferences are kept (else TANDEM_PREFERENCES_DIR, else the system's settings folder). */
  preferencesDir?: string;
}

interface ReadOnlyInfo {
  readOnly?: unknown;
  problem?: unknown;
}

/**
 * `tandem serve`: opens the workspace in a session (which keeps the person's preferences
 * and can open another workspace), starts browser mode, prints the address on a line of
 * its own, and runs until asked to stop; then it lets calls in flight finish and closes
 * the workspace open then.
 */
export async function runServe(ctx: CliContext, options: ServeOptions): Promise<number> {
  const preferences = openPreferences(browserPreferencesBackend(chosenPreferencesDir(options.preferencesDir, ctx.env), ctx.err), ctx.err);
  const session = openSession(options.dataDir, {
    preferences,
    onSwitched: (info) => ctx.out(`Workspace: ${info.path}`),
  });
  let host;
  try {
    host = await startHost({
      dispatch: session.dispatch,
      rendererDir: ctx.rendererDir,
      port: options.port,
      portExplicit: options.portExplicit,
      // The current workspace's image files, served under /media/… to this run's browser.
      media: session.media,
    });
  } catch (e) {
    await session.close();
    throw e;
  }

  ctx.out('Tandem is running in browser mode.');
  ctx.out(host.url);
  ctx.out(`Workspace: ${options.dataDir}`);
  if (!options.portExplicit && host.port !== options.port) {
    ctx.out(`Port ${options.port} was busy, so Tandem chose port ${host.port}.`);
  }
  const info = await session.dispatch('workspaceInfo', {});
  if (info.ok) {
    const { readOnly, problem } = info.value as ReadOnlyInfo;
    if (readOnly === true) ctx.err(`The workspace is open read-only. ${typeof problem === 'string' ? problem : ''}`.trim());
  }

  const reason = reasonNotToOpen({ noOpen: options.noOpen, env: ctx.env, platform: ctx.platform });
  if (reason === null) {
    const opened = await ctx.openBrowser(host.url);
    ctx.out(opened ? 'Opened in your browser. Press Ctrl+C to stop.' : 'Open the address above in your browser. Press Ctrl+C to stop.');
  } else {
    ctx.out('Open the address above in your browser. Press Ctrl+C to stop.');
  }

  await ctx.untilStopped();
  ctx.out('Stopping Tandem…');
  try {
    await host.close();
  } finally {
    await session.close();
  }
  ctx.out('Tandem has stopped.');
  return 0;
}
