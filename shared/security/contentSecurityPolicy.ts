import { MEDIA_SCHEME } from '../domain/media';

/**
 * The Content-Security-Policy of the renderer's pages, sent by both transports: the
 * browser-mode host and the desktop shell's `tandem://app/` protocol. No inline or foreign
 * script, no plugins, no framing, no form posts; calls go to the page's own origin only.
 * Images come from the page's own origin (browser mode's `/media/…`), data and blob URLs
 * (previews), and the desktop shell's `tandem-media:` scheme.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob: ${MEDIA_SCHEME}:`,
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
