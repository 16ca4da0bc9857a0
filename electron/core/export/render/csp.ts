/**
 * The Content-Security-Policy every page carries, in a `<meta http-equiv>` placed right
 * after the charset (a policy only governs what comes after it). Pages hold no script, no
 * inline style and no form: images and the one stylesheet come from the bundle itself, and
 * everything else is refused. The JSON-LD block is data, not script, so `script-src` (left
 * at `'none'`) does not touch it.
 *
 * `frame-ancestors` would keep other sites from framing the pages, but browsers ignore it in
 * a meta element; a host that wants it sends it as an HTTP header.
 */
export const PAGE_CSP = "default-src 'none'; img-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'";
