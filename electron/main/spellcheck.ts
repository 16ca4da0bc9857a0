import { DEFAULT_LANGS } from '../../shared/domain/languages';
import type { Dispatch } from '../core/api/dispatch';

/**
 * Spelling in the desktop window. Every text field carries `lang` and `spellcheck`, but
 * Chromium's spellchecker does not detect the language of what is typed: on Windows and
 * Linux the session must be told which dictionaries to use. Tandem uses one dictionary per
 * workspace language, the best of those available. On macOS the system's spellchecker
 * chooses the language by itself and Electron ignores the list.
 */

/**
 * Dictionaries preferred for a language, best first, before any other regional variant.
 * A language not named here prefers its bare code, then its own country (`de`, `de-DE`).
 */
const PREFERRED: Readonly<Record<string, readonly string[]>> = {
  en: ['en-US', 'en-GB', 'en'],
  ru: ['ru', 'ru-RU'],
};

function preferredFor(lang: string): readonly string[] {
  return PREFERRED[lang] ?? [lang, `${lang}-${lang.toUpperCase()}`];
}

/**
 * The dictionaries to turn on: for each workspace language in order, the best match among
 * those the spellchecker offers (its own spelling of the code), or none when it offers
 * nothing for that language. No dictionary is named twice.
 */
export function spellCheckerLanguages(workspaceLangs: readonly string[], available: readonly string[]): string[] {
  const byLower = new Map<string, string>();
  for (const code of available) if (!byLower.has(code.toLowerCase())) byLower.set(code.toLowerCase(), code);
  const chosen: string[] = [];
  for (const raw of workspaceLangs) {
    const lang = raw.toLowerCase();
    let match = preferredFor(lang)
      .map((code) => byLower.get(code.toLowerCase()))
      .find((code): code is string => code !== undefined);
    // Any regional variant (`en-AU`), in the order the spellchecker lists them.
    match ??= available.find((code) => code.toLowerCase().startsWith(`${lang}-`));
    if (match !== undefined && !chosen.includes(match)) chosen.push(match);
  }
  return chosen;
}

/** The workspace's languages from a `workspaceInfo` answer; the default pair when it has none. */
export function languagesOf(info: unknown): readonly string[] {
  if (typeof info === 'object' && info !== null && 'languages' in info) {
    const { languages } = info;
    if (Array.isArray(languages)) {
      const codes = languages.filter((x): x is string => typeof x === 'string' && x !== '');
      if (codes.length > 0) return codes;
    }
  }
  return DEFAULT_LANGS;
}

/** As much of Electron's Session as spelling needs. */
export interface SpellcheckSessionLike {
  readonly availableSpellCheckerLanguages: string[];
  setSpellCheckerEnabled(enable: boolean): void;
  setSpellCheckerLanguages(languages: string[]): void;
}

export interface SpellcheckOutcome {
  /** The dictionaries now in use; empty on macOS, where the system chooses. */
  languages: string[];
  /** Workspace languages with no dictionary on this machine. */
  unavailable: string[];
}

/**
 * Turns spelling on for the session with a dictionary per workspace language. Never
 * throws: a window without spelling still works, so a refusal is only reported.
 */
export function enableSpellcheck(
  session: SpellcheckSessionLike,
  workspaceLangs: readonly string[],
  platform: NodeJS.Platform = process.platform,
  log: (message: string) => void = console.warn,
): SpellcheckOutcome {
  try {
    session.setSpellCheckerEnabled(true);
    if (platform === 'darwin') return { languages: [], unavailable: [] };
    const available = session.availableSpellCheckerLanguages;
    const languages = spellCheckerLanguages(workspaceLangs, available);
    const unavailable = workspaceLangs.filter((lang) => spellCheckerLanguages([lang], available).length === 0);
    if (unavailable.length > 0) log(`Spelling: no dictionary for ${unavailable.join(', ')} on this machine.`);
    if (languages.length > 0) session.setSpellCheckerLanguages(languages);
    return { languages, unavailable };
  } catch (e) {
    log(`Spelling could not be set up: ${e instanceof Error ? e.message : String(e)}`);
    return { languages: [], unavailable: [...workspaceLangs] };
  }
}

/**
 * Turns spelling on for the languages the person chose in their preferences (`chosen`),
 * or, when they chose none, for the workspace's languages, which it asks the workspace for.
 */
export async function enableSpellcheckForWorkspace(
  session: SpellcheckSessionLike,
  dispatch: Dispatch,
  platform: NodeJS.Platform = process.platform,
  chosen: readonly string[] = [],
): Promise<SpellcheckOutcome> {
  if (chosen.length > 0) return enableSpellcheck(session, chosen, platform);
  let langs: readonly string[] = DEFAULT_LANGS;
  try {
    const info = await dispatch('workspaceInfo', {});
    if (info.ok) langs = languagesOf(info.value);
  } catch {
    // The default pair, as a new workspace has.
  }
  return enableSpellcheck(session, langs, platform);
}
