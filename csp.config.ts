// The one Content-Security-Policy: written into the built page and sent as a header by `vite preview`.

/** Only this origin, no inline script (the dev server injects inline code, so it is not applied there). */
const PAGE_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The policy in the page's meta tag (a meta tag cannot carry frame-ancestors). */
export const META_POLICY = PAGE_DIRECTIVES.join('; ');

/** The same policy as a header, which also covers the service worker and forbids framing. */
export const HEADER_POLICY = [...PAGE_DIRECTIVES, "frame-ancestors 'none'"].join('; ');
