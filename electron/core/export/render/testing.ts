import { HtmlValidate, StaticConfigLoader, type Message } from 'html-validate';

/**
 * For the render tests: html-validate with its recommended rules, relaxed only where a
 * rule does not fit published news.
 */
const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended'],
    rules: {
      // The title is the editor's headline plus " — <site name>"; headlines of 80–120
      // characters are ordinary news and must not fail an export. Search engines shorten
      // long titles themselves.
      'long-title': 'off',
    },
  }),
);

/** The page's validation problems, one line each (empty when the page is valid). */
export async function htmlProblems(html: string): Promise<string[]> {
  const report = await validator.validateString(html, 'page.html');
  if (report.valid) return [];
  return report.results.flatMap((result) => result.messages.map((m: Message) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} [${m.selector ?? ''}]`));
}

/** Every start tag of a document (`<name …>`), as written. */
export function startTags(html: string): string[] {
  return html.match(/<[a-zA-Z][^>]*>/g) ?? [];
}

/** The text of the page's JSON-LD script, or null when it has none. */
export function jsonLdText(html: string): string | null {
  return /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1] ?? null;
}
