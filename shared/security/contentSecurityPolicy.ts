/**
 * The Content-Security-Policy of the renderer's pages, sent by both transports: the
 * browser-mode host and the desktop shell's `tandem://app/` protocol. No inline or foreign
 * script, no plugins, no framing, no form posts; calls go to the page's own origin only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
