/**
 * `npm run nginx-csp [-- --check] [--dist dist]`: writes deploy/nginx/csp.conf, the Content-Security-Policy nginx
 * sends as a header, from the policy Astro puts in every built page's <meta http-equiv="content-security-policy">
 * (the hashes of the site's scripts and styles). Both policies apply, so the header must allow what the meta
 * allows; a header can also say who may frame the page (frame-ancestors, added per location in board.conf).
 * `--check` changes nothing and exits 1 when csp.conf is not the one this build needs.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../src/lib/messages/index.ts';
import { defineCommand, EXIT } from './cli.ts';

/** What the header adds to the meta's policy: every kind of resource from this site only, no plugins. */
export const HEADER_ONLY = "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

export const CSP_CONF = join(import.meta.dirname, '..', 'deploy', 'nginx', 'csp.conf');

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The policy every page of the built site carries in its meta (it must be one and the same). */
export function pagesPolicy(dist: string): string {
  const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));
  const policies = new Set(pages.map((page) => META.exec(readFileSync(page, 'utf8'))?.[1] ?? ''));
  const [policy = ''] = policies;
  if (pages.length === 0 || policies.size !== 1 || !policy)
    throw new Error(t('deploy.cspNotOne', { dist, count: policies.size }));
  return policy.replace(/;\s*$/, '').replaceAll('&#39;', "'");
}

export function cspConf(policy: string): string {
  return [
    '# 由 npm run nginx-csp 从生成的网页里抄出，不要手改：与每个网页 <meta http-equiv="content-security-policy"> 相同',
    '# 的策略（脚本和样式的哈希），加上只有 HTTP 头才有效的几条。网站的脚本或样式变了，哈希随之变，要重新生成、',
    '# 复制到服务器并 nginx -s reload（e2e/nginx.test.ts 在两者不一致时失败）。frame-ancestors 在 board.conf 里按位置加。',
    `set $board_csp "${policy}; ${HEADER_ONLY}";`,
    '',
  ].join('\n');
}

export const nginxCsp = defineCommand({
  name: 'nginx-csp',
  audience: 'operator',
  help: 'cli.nginxCsp.help',
  options: { check: { type: 'boolean' }, dist: { type: 'string', default: 'dist' } },
  run({ values }) {
    const wanted = cspConf(pagesPolicy(values.dist));
    const current = existsSync(CSP_CONF) ? readFileSync(CSP_CONF, 'utf8') : '';
    if (values.check) {
      if (current !== wanted) {
        console.error(t('deploy.cspStale'));
        return EXIT.data;
      } else console.log(t('deploy.cspSame'));
    } else {
      writeFileSync(CSP_CONF, wanted);
      console.log(t(current === wanted ? 'deploy.cspSame' : 'deploy.cspWritten'));
    }
  },
});
