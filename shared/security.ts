/**
 * The Content-Security-Policy of every page of the app, in Electron and in browser mode:
 * only the app's own scripts, no remote content, no plugins, no framing.
 * Inline styles are allowed because vis-timeline positions items with style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
