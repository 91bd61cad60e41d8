/**
 * Response security policy, kept in one place so the proxy, the tests and the README agree.
 * Zod-free and Node-free: the proxy imports it on every request.
 */

/**
 * Pages that may be framed by other sites. None yet: when an embeddable view exists, list
 * its path prefix here and it gets `frame-ancestors *` instead of `'none'`.
 */
export const EMBEDDABLE_PREFIXES: readonly string[] = [];

export function isEmbeddable(pathname: string): boolean {
  return EMBEDDABLE_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export interface PageCspOptions {
  nonce: string;
  /** React's development build needs eval for its error overlays; production never does. */
  dev: boolean;
  https: boolean;
  embeddable: boolean;
}

/**
 * The policy for HTML pages. Scripts run only with this response's nonce; 'strict-dynamic'
 * extends that trust to the chunks Next's runtime loads, so no host allow-list is needed.
 * Styles keep 'unsafe-inline' because chart libraries write `style` attributes; a nonce
 * there would make browsers ignore 'unsafe-inline', so styles get none.
 */
export function pageCsp({ nonce, dev, https, embeddable }: PageCspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${embeddable ? "*" : "'none'"}`,
    "manifest-src 'self'",
    "worker-src 'self'",
  ];
  // Upgrading on plain http (a laptop on localhost) would send every asset to a dead port.
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** A fresh, unguessable nonce for each page response. */
export function newNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
