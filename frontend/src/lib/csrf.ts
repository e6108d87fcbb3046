// The server sets a readable CSRF cookie bound to the session (`__Host-` prefixed under TLS) and
// refuses cookie-authenticated mutations that do not echo it in this header.
export const CSRF_HEADER = 'X-CSRF-Token';
const CSRF_COOKIES = ['__Host-crm_csrf', 'crm_csrf'];

export function readCsrfToken(cookieString: string = document.cookie): string | null {
  const cookies = new Map<string, string>();
  for (const part of cookieString.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    cookies.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  for (const name of CSRF_COOKIES) {
    const value = cookies.get(name);
    if (value) return decodeURIComponent(value);
  }
  return null;
}
