/**
 * `URL.origin` of a `--public-url` value: an http(s) URL with no path, query, fragment or userinfo
 * (lowercase host, default port dropped). Throws for anything else.
 */
export function canonicalOrigin(value: string): string {
  const url = new URL(value);
  const bare = url.pathname === "/" && url.search === "" && url.hash === "" && !url.username && !url.password;
  if (!/^https?:$/.test(url.protocol) || !bare) {
    throw new Error(`${value} is not an http(s) origin such as https://signin.example.com`);
  }
  return url.origin;
}
