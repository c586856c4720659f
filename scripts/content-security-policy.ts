/**
 * The app's Content-Security-Policy, one source for the built index.html (a <meta> tag, so it holds
 * when the app is served as plain static files) and the README's server headers.
 *
 * - Scripts only from the app's own origin: no inline script, no eval, no plug-ins.
 * - Workers from the app's origin (the import, analysis and MapLibre workers).
 * - Images and connections: the app's origin, data: and blob: (photos, the print image, offline
 *   basemaps and saved tiles), and https: because the street map and the tile source a coordinator
 *   configures are chosen at run time, and a <meta> policy cannot be widened once the page has
 *   loaded; plain http only from this machine (a tile server run locally, as the tests do). A
 *   deployment that knows its tile server can narrow img-src and connect-src in its headers
 *   (README, "Deploying").
 * - Styles: the app's own stylesheet, plus inline style attributes, which html-to-image writes into
 *   the printed sheet's copy (styles cannot run script). base-uri 'self': html-to-image sets a
 *   same-origin <base> to resolve the stylesheet's font addresses.
 */
export const CONTENT_SECURITY_POLICY: Record<string, readonly string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'"],
  'connect-src': ["'self'", 'data:', 'blob:', 'https:', 'http://127.0.0.1:*', 'http://localhost:*'],
  'img-src': ["'self'", 'data:', 'blob:', 'https:', 'http://127.0.0.1:*', 'http://localhost:*'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'font-src': ["'self'", 'data:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
  'frame-src': ["'none'"],
};

/** The policy as one header value. */
export function policyText(extra: Partial<Record<string, readonly string[]>> = {}): string {
  return Object.entries(CONTENT_SECURITY_POLICY)
    .map(([directive, sources]) => [directive, ...sources, ...(extra[directive] ?? [])].join(' '))
    .join('; ');
}
