/** Opening browser mode's address in the system browser, where there is one to open. */

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Why the browser should not be opened, or null when it should: --no-open, a CI run, or a
 * Linux machine without a display (a server, a container, an SSH session).
 */
export function reasonNotToOpen(options: { noOpen: boolean; env: Env; platform: NodeJS.Platform }): string | null {
  const { noOpen, env, platform } = options;
  if (noOpen) return 'asked not to';
  if (env.CI && env.CI !== 'false' && env.CI !== '0') return 'a CI run';
  const unixLike = platform !== 'win32' && platform !== 'darwin';
  if (unixLike && !env.DISPLAY && !env.WAYLAND_DISPLAY) return 'no display';
  return null;
}

/** Opens the address in the default browser; resolves false when that was not possible. */
export async function openInBrowser(url: string): Promise<boolean> {
  try {
    const { default: open } = await import('open');
    const child = await open(url);
    child.on('error', () => undefined);
    return true;
  } catch {
    return false;
  }
}
