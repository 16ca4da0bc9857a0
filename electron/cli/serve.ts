import { openCore } from '../core/index';
import { startHost } from '../host/host';
import { reasonNotToOpen } from './browser';
import type { CliContext } from './context';

export interface ServeOptions {
  dataDir: string;
  port: number;
  portExplicit: boolean;
  noOpen: boolean;
}

interface ReadOnlyInfo {
  readOnly?: unknown;
  problem?: unknown;
}

/**
 * `tandem serve`: opens the workspace, starts browser mode, prints the address on a line
 * of its own, and runs until asked to stop; then it lets calls in flight finish and closes
 * the workspace.
 */
export async function runServe(ctx: CliContext, options: ServeOptions): Promise<number> {
  const core = openCore(options.dataDir);
  let host;
  try {
    host = await startHost({
      dispatch: core.dispatch,
      rendererDir: ctx.rendererDir,
      port: options.port,
      portExplicit: options.portExplicit,
      // The library's image files, served under /media/… to this run's browser.
      media: core.media,
    });
  } catch (e) {
    core.close();
    throw e;
  }

  ctx.out('Tandem is running in browser mode.');
  ctx.out(host.url);
  ctx.out(`Workspace: ${options.dataDir}`);
  if (!options.portExplicit && host.port !== options.port) {
    ctx.out(`Port ${options.port} was busy, so Tandem chose port ${host.port}.`);
  }
  const info = await core.dispatch('workspaceInfo', {});
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
    core.close();
  }
  ctx.out('Tandem has stopped.');
  return 0;
}
