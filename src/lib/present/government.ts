/**
 * The items 《政府网站发展指引》 asks a government site to carry, from data/site.yaml's `government:` block: the
 * footer's lines (主办单位, 承办单位, 联系方式, 网站标识码, 备案号 with their look-up links, 网站地图,
 * 我为政府网站找错) and the head's <meta name="SiteName|SiteDomain|SiteIDCode">. Only what is given is shown;
 * a board without the block shows none of it.
 */
import type { Site } from '../schema/site.ts';
import { icpFilingUrl, policeFilingUrl, siteMapUrl } from './urls.ts';

export interface FooterItem {
  label?: string;
  text: string;
  href?: string;
}

export interface GovernmentFooter {
  /** 主办单位 · 承办单位. */
  units: FooterItem[];
  /** 地址 · 电话 · 邮箱. */
  contact: FooterItem[];
  /** 网站标识码 · ICP备案号 · 公安机关备案号. */
  filings: FooterItem[];
  /** 网站地图 · 我为政府网站找错. */
  links: FooterItem[];
}

export function governmentFooter(site: Site): GovernmentFooter | undefined {
  const g = site.government;
  if (!g) return undefined;
  const item = (label: string | undefined, text: string | undefined, href?: string) =>
    text ? [{ label, text, href }] : [];
  const police = g.police?.match(/\d{14}/)?.[0];
  return {
    units: [...item('主办单位', g.sponsor), ...item('承办单位', g.organizer)],
    contact: [
      ...item('地址', g.contact?.address),
      // Shown with non-breaking hyphens and spaces, so a number never wraps in the middle.
      ...item(
        '电话',
        g.contact?.phone?.replaceAll('-', '\u2011').replaceAll(' ', '\u00a0'),
        g.contact?.phone && `tel:${g.contact.phone.replace(/[^\d+]/g, '')}`,
      ),
      ...item('邮箱', g.contact?.email, g.contact?.email && `mailto:${g.contact.email}`),
    ],
    filings: [
      ...item('网站标识码', g.siteCode),
      ...item(undefined, g.icp, icpFilingUrl()),
      ...item(undefined, g.police, police && policeFilingUrl(police)),
    ],
    links: [
      ...item(undefined, '网站地图', siteMapUrl()),
      ...item(undefined, g.errorReportUrl && '我为政府网站找错', g.errorReportUrl),
    ],
  };
}

/** <meta name content> pairs for every page's head (政府网站的 SiteName、SiteDomain、SiteIDCode). */
export function governmentMeta(site: Site): Array<{ name: string; content: string }> {
  const g = site.government;
  if (!g) return [];
  return [
    { name: 'SiteName', content: site.title },
    ...(g.domain ? [{ name: 'SiteDomain', content: g.domain }] : []),
    ...(g.siteCode ? [{ name: 'SiteIDCode', content: g.siteCode }] : []),
  ];
}
