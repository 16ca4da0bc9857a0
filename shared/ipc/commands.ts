/**
 * The commands the desktop shell's native menu sends to the window, which carries them out
 * as its own buttons would (the interface's routes and dialogs live there). Commands that
 * need the machine (choosing a folder, backing up, quitting) stay in the shell.
 */
export const WINDOW_COMMANDS = ['new-article', 'import', 'export-bundle'] as const;
export type WindowCommand = (typeof WINDOW_COMMANDS)[number];

export function isWindowCommand(value: unknown): value is WindowCommand {
  return typeof value === 'string' && (WINDOW_COMMANDS as readonly string[]).includes(value);
}
