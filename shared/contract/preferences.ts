import { z } from 'zod';
import { LangSchema } from '../domain/languages';
import { defineCall } from './define';
import { WorkspaceInfoSchema } from './workspace';

/**
 * The person's preferences: the machine's, not a workspace's. The desktop shell keeps them
 * with electron-store, browser mode with conf (its foundation), both behind one module
 * (electron/session/) that checks them against this schema and migrates older versions.
 * These calls are answered by the session, above core: core knows one workspace only.
 */

/** Languages the interface itself is written in. */
export const UI_LANGUAGES = ['en', 'ru'] as const;
export const UiLanguageSchema = z.enum(UI_LANGUAGES);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;

/** How many recent workspaces are remembered. */
export const RECENT_WORKSPACES = 10;

export const WindowStateSchema = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(100_000),
  height: z.number().int().min(200).max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export const PreferencesSchema = z.strictObject({
  /** The interface's language; null: the system's (its locale), English when it is neither. */
  uiLanguage: UiLanguageSchema.nullable(),
  /** Languages the spelling checker underlines in; empty: the workspace's languages. */
  spellcheckLanguages: z.array(LangSchema).max(10),
  /** Workspace folders opened, newest first, at most RECENT_WORKSPACES. */
  recentWorkspaces: z.array(z.string().min(1).max(4096)).max(RECENT_WORKSPACES),
  /** The desktop window's last size and place; null before the first close. */
  window: WindowStateSchema.nullable(),
  /** The site address a new workspace's export starts with; null: the example address. */
  exportBaseUrl: z.string().max(2048).nullable(),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

/** What `setPreferences` may change (the window's state is the shell's to keep). */
export const PreferencesPatchSchema = PreferencesSchema.omit({ window: true, recentWorkspaces: true }).partial();
export type PreferencesPatch = z.infer<typeof PreferencesPatchSchema>;

export const OpenWorkspaceInputSchema = z.strictObject({
  /** The workspace folder, as the machine names it. */
  path: z.string().min(1).max(4096),
  /** Make a new workspace there (the folder must be empty or missing); else open the one that is there. */
  create: z.boolean().default(false),
});
export type OpenWorkspaceInput = z.infer<typeof OpenWorkspaceInputSchema>;

export const preferenceCalls = {
  getPreferences: defineCall(z.strictObject({}), PreferencesSchema),
  setPreferences: defineCall(PreferencesPatchSchema, PreferencesSchema),
  /**
   * Opens (or creates) another workspace in place of the current one: pending work in the
   * current one is saved first, it is closed, and the new one is remembered among the
   * recent workspaces. The interface then loads again. Refused, with what to do, when the
   * folder holds no workspace (or, to create one, is not empty).
   */
  openWorkspace: defineCall(OpenWorkspaceInputSchema, WorkspaceInfoSchema),
};
