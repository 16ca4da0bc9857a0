import { LIMITS } from '../domain/limits';

/** Links a body may hold: web pages and e-mail addresses, nothing that runs or reads files. */
export const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

/** Why an address was refused; the interface says each in its own language. */
export type LinkProblem = 'empty' | 'tooLong' | 'noEmail' | 'refused';

export type LinkCheck = { ok: true; url: string } | { ok: false; problem: LinkProblem; message: string };

const REFUSED = 'Only web (http, https) and e-mail (mailto) links are allowed. Paste the page address, such as https://example.com/page.';

/**
 * What an address typed or pasted into the editor becomes: trimmed, `example.com/page`
 * read as https, `name@example.com` as mailto. Anything else (`javascript:`, `data:`,
 * `file:`, relative paths) is refused with a message that says what to do.
 */
export function checkLinkUrl(input: string): LinkCheck {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty', message: 'Type or paste the link address.' };
  if (text.length > LIMITS.url) return { ok: false, problem: 'tooLong', message: `The address is longer than ${LIMITS.url} characters; shorten it.` };
  let candidate = text;
  if (/^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/.test(text)) candidate = `mailto:${text}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(text) && /^[^\s/]+\.[^\s/]+/.test(text)) candidate = `https://${text}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, problem: 'refused', message: REFUSED };
  }
  if (!(LINK_PROTOCOLS as readonly string[]).includes(url.protocol)) return { ok: false, problem: 'refused', message: REFUSED };
  if (url.protocol !== 'mailto:' && url.hostname === '') return { ok: false, problem: 'refused', message: REFUSED };
  if (url.protocol === 'mailto:' && url.pathname === '') return { ok: false, problem: 'noEmail', message: 'Type the e-mail address after "mailto:".' };
  return { ok: true, url: url.href };
}

/** True for an address the HTML renderer may print as a link. */
export function isAllowedLinkUrl(url: string): boolean {
  return /^(https?|mailto):/i.test(url.trim()) && checkLinkUrl(url).ok;
}
