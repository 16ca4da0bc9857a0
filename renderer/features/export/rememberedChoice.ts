import { INITIAL_CHOICE, type ScopeChoice } from './scope';

/** The last `What to export` choice, kept while the window is open so leaving the view and coming back keeps it. */
let remembered: ScopeChoice = INITIAL_CHOICE;

export function rememberedChoice(): ScopeChoice {
  return remembered;
}

export function rememberChoice(choice: ScopeChoice): void {
  remembered = choice;
}
