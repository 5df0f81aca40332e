/** The session cookie's name. `__Host-` would force Secure, which plain-http local use cannot have. */
export const SESSION_COOKIE = 'razem_session';

/** Cookie name → value from a Cookie request header (first value wins, like browsers send them). */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator <= 0) continue;
    const name = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (!cookies.has(name)) cookies.set(name, value);
  }
  return cookies;
}

/**
 * The Set-Cookie value for a session: HttpOnly (no script can read it), SameSite=Strict (never
 * sent on cross-site requests: with Apollo's CSRF prevention, the defence against CSRF), Path=/,
 * Secure when the request came over https (directly or through a proxy saying so).
 */
export function sessionCookie(value: string, options: { maxAgeSeconds: number; secure: boolean }): string {
  return [
    `${SESSION_COOKIE}=${value}`,
    'HttpOnly',
    'SameSite=Strict',
    'Path=/',
    `Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`,
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

/** The Set-Cookie value that removes the session cookie. */
export function clearedSessionCookie(options: { secure: boolean }): string {
  return sessionCookie('', { maxAgeSeconds: 0, secure: options.secure });
}
