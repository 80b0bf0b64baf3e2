/**
 * Finds every URL a built page refers to (href, src, srcset, poster, data, action, og:image …)
 * with a real HTML parser, and checks that internal ones exist in dist/ — including the
 * #fragment of a link to a page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { DIST } from './site.ts';

export interface Reference {
  /** Where it was found, e.g. `<a href>`. */
  where: string;
  url: string;
}

const ATTRIBUTES: Array<[selector: string, attribute: string]> = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[src]', 'src'],
  ['source[srcset]', 'srcset'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['form[action]', 'action'],
  ['use[href]', 'href'],
  ['image[href]', 'href'],
  ['blockquote[cite]', 'cite'],
  ['q[cite]', 'cite'],
];

/** Link rels whose href is not something the site has to hold. */
const NOT_A_RESOURCE = /\b(preconnect|dns-prefetch)\b/i;

export function referencesIn(html: string): Reference[] {
  const root = parse(html, { comment: false });
  const refs: Reference[] = [];
  for (const [selector, attribute] of ATTRIBUTES) {
    for (const el of root.querySelectorAll(selector)) {
      const value = el.getAttribute(attribute)?.trim();
      if (value === undefined) continue;
      if (el.tagName === 'LINK' && NOT_A_RESOURCE.test(el.getAttribute('rel') ?? '')) continue;
      const where = `<${el.tagName.toLowerCase()} ${attribute}>`;
      if (attribute === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) refs.push({ where, url });
        }
      } else refs.push({ where, url: value });
    }
  }
  for (const el of root.querySelectorAll('meta[property], meta[name]')) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? '';
    if (/^(og:image|og:url|og:audio|og:video|twitter:image)(:url|:secure_url)?$/i.test(key)) {
      const value = el.getAttribute('content')?.trim();
      if (value) refs.push({ where: `<meta ${key}>`, url: value });
    }
  }
  return refs;
}

const idCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const root = parse(readFileSync(file, 'utf8'), { comment: false });
    ids = new Set([
      ...root.querySelectorAll('[id]').map((el: HTMLElement) => el.getAttribute('id')!),
      ...root.querySelectorAll('a[name]').map((el: HTMLElement) => el.getAttribute('name')!),
    ]);
    idCache.set(file, ids);
  }
  return ids;
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/**
 * Checks one reference from the page served at `pagePath`. Returns why it is broken, or
 * undefined when it is fine or not internal (other sites are not checked: the machines are offline).
 */
export function brokenReason(pagePath: string, ref: Reference, siteOrigin: string | undefined): string | undefined {
  const raw = ref.url;
  if (raw === '') return 'empty URL';
  if (/^(mailto|tel|sms|data|blob|javascript):/i.test(raw)) return undefined;
  const base = new URL(pagePath, 'http://site.invalid');
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return 'not a valid URL';
  }
  const internal = url.origin === base.origin || (siteOrigin !== undefined && url.origin === siteOrigin);
  if (!internal) return undefined;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return 'bad percent-encoding';
  }
  const target = join(DIST, pathname);
  if (!target.startsWith(DIST)) return 'points outside the site';
  let file: string;
  if (pathname.endsWith('/')) {
    file = join(target, 'index.html');
    if (!isFile(file)) return `no ${join('dist', pathname, 'index.html')}`;
  } else if (isFile(target)) {
    file = target;
  } else if (isFile(join(target, 'index.html'))) {
    return `missing trailing slash (trailingSlash: 'always'): use ${pathname}/`;
  } else {
    return `no ${join('dist', pathname)}`;
  }

  const fragment = url.hash.slice(1);
  if (fragment && fragment !== 'top' && file.endsWith('.html') && /^<(a|area) /.test(ref.where)) {
    let id = fragment;
    try {
      id = decodeURIComponent(fragment);
    } catch {}
    if (!idsIn(file).has(id)) return `no element with id="${id}" in ${pathname}`;
  }
  return undefined;
}
