/**
 * The commands the desktop shell sends to the window: the native menu's, which the window
 * carries out as its own buttons would (the interface's routes and dialogs live there),
 * and `prepare-to-close`, before the window closes (electron/main/closeGuard.ts). Commands
 * that need the machine (choosing a folder, backing up, quitting) stay in the shell.
 */
export const WINDOW_COMMANDS = ['new-article', 'import', 'export-bundle', 'prepare-to-close'] as const;
export type WindowCommand = (typeof WINDOW_COMMANDS)[number];

export function isWindowCommand(value: unknown): value is WindowCommand {
  return typeof value === 'string' && (WINDOW_COMMANDS as readonly string[]).includes(value);
}
