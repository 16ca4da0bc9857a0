import { homedir } from 'node:os';
import path from 'node:path';

/**
 * Where Tandem keeps its workspace when nobody says otherwise: the folder a desktop app
 * named Tandem keeps its data in on each platform (what Electron calls `userData`), so the
 * desktop window and the `tandem` command open the same workspace.
 *
 *   Linux    $XDG_CONFIG_HOME/Tandem, or ~/.config/Tandem
 *   macOS    ~/Library/Application Support/Tandem
 *   Windows  %APPDATA%\Tandem
 *
 * Plain Node: no Electron here, the command line and browser mode use it too.
 */
export const APP_FOLDER_NAME = 'Tandem';

export interface PlatformInfo {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
}

function currentPlatform(): PlatformInfo {
  return { platform: process.platform, env: process.env, home: homedir() };
}

/** The platform's default data folder for Tandem (ignores `TANDEM_DATA`). */
export function defaultDataDir(info: PlatformInfo = currentPlatform()): string {
  const { platform, env, home } = info;
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_FOLDER_NAME);
  }
  if (platform === 'darwin') {
    return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  }
  // XDG: a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = env.XDG_CONFIG_HOME;
  const config = xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, '.config');
  return path.posix.join(config, APP_FOLDER_NAME);
}

/**
 * The workspace folder to open: an explicit choice (`--data DIR`) first, then
 * `TANDEM_DATA`, then the platform's default. The answer is absolute.
 */
export function resolveDataDir(explicit?: string | null, info: PlatformInfo = currentPlatform()): string {
  const chosen = explicit?.trim() || info.env.TANDEM_DATA?.trim();
  if (chosen) return path.resolve(chosen);
  return defaultDataDir(info);
}
