/** data/site.yaml: who publishes the board and what it ranks. */
import { z } from 'zod';
import { t } from '../messages/index.ts';
import { freeTextSchema, nameSchema, textSchema } from './common.ts';

/** A text field that must match a pattern; the message (from the catalogue) says how to write it. */
const written = (pattern: RegExp, key: Parameters<typeof t>[0]) => textSchema.regex(pattern, { error: () => t(key) });

/** A code or number a clerk may write without quotes (YAML then reads digits as a number): taken as its digits. */
const digitsAsText = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : v), schema);

/** A web address, http(s) only. */
const urlSchema = written(/^https?:\/\/[^\s/?#]+\.[^\s/?#]+(\/\S*)?$/, 'site.url');

/**
 * What 《政府网站发展指引》 asks a government site to show in its footer and head. Every item is optional; a
 * board without this block shows none of it.
 */
export const governmentSiteSchema = z.strictObject({
  /** 主办单位, e.g. 大丰市人民政府办公室. */
  sponsor: textSchema.optional(),
  /** 承办单位 (who runs the site day to day). */
  organizer: textSchema.optional(),
  /** 联系方式. */
  contact: z
    .strictObject({
      address: textSchema.optional(),
      phone: digitsAsText(written(/^[0-9０-９()（）+\- ]{7,24}$/, 'site.phone')).optional(),
      email: written(/^[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$/, 'site.email').optional(),
    })
    .optional(),
  /** 网站标识码: 10 characters (e.g. 3209820001), in <meta name="SiteIDCode"> and the footer. */
  siteCode: digitsAsText(written(/^[0-9A-Za-z]{10}$/, 'site.siteCode')).optional(),
  /** <meta name="SiteDomain">: the site's domain name. */
  domain: written(/^(?=.{1,253}$)([A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,63}$/, 'site.domain').optional(),
  /** ICP备案号, e.g. 苏ICP备05012345号-1; linked to the MIIT filing site. */
  icp: written(/^[\u4e00-\u9fff]ICP备\d{6,10}号(-\d{1,3})?$/, 'site.icp').optional(),
  /** 公安机关备案号, e.g. 苏公网安备 32098202000123号; linked to its filing site. */
  police: written(/^[\u4e00-\u9fff]公网安备 ?\d{14}号$/, 'site.police').optional(),
  /** The address of the 我为政府网站找错 link (the national error-report platform's page for this site). */
  errorReportUrl: urlSchema.optional(),
});

/**
 * How the printed 督查通报 is issued: the 机关代字 of its 文号 (大督通 → 大督通〔2005〕3号), whom it is 抄送 to
 * and who 印发 it. A month may set its own number and printing date (the report's `bulletin:`).
 */
export const bulletinIssueSchema = z.strictObject({
  /** 机关代字, e.g. 大督通: the 文号 reads 大督通〔2005〕3号 (the number is the month's, or the report's own). */
  code: written(/^[\u4e00-\u9fff]{1,8}$/, 'site.bulletinCode'),
  /** 抄送: who receives a copy, as printed (one line; separate with 、 or ，). */
  copyTo: freeTextSchema.optional(),
  /** 印发机关: the office that prints and sends it, e.g. 中共大丰市委督查室 (the date is the month's). */
  printedBy: textSchema,
  /** True while these are sample values: the 通报 says so in its closing block. */
  illustrative: z.boolean().optional(),
});

export const siteSchema = z.strictObject({
  /** City that publishes the board, e.g. 大丰市. */
  city: nameSchema,
  /** Site title shown in every page head, e.g. 大丰市利用外资排行榜. */
  title: nameSchema,
  /** What is ranked, as it reads in headings: 利用外资 → "2005年1—3月利用外资排行榜". */
  subject: nameSchema,
  /** Who publishes: printed in the footer and in every bulletin. */
  publisher: nameSchema,
  /** One sentence for search engines and link previews. */
  description: freeTextSchema,
  /** True while the figures are the shipped sample: every page then says so. */
  illustrative: z.boolean(),
  /** The notice printed on every page while the figures are illustrative. */
  illustrativeNotice: freeTextSchema.optional(),
  /** The government-site items of the footer and head (主办单位, 网站标识码, 备案号 …). */
  government: governmentSiteSchema.optional(),
  /** 文号, 抄送 and 印发 of the printed 督查通报; leave out and the 通报 carries its 期号 only. */
  bulletin: bulletinIssueSchema.optional(),
  /** The terms on which the figures may be reused: printed in every page's footer and in README.txt. */
  reuseTerms: freeTextSchema.optional(),
});

export type Site = z.infer<typeof siteSchema>;
export type GovernmentSite = z.infer<typeof governmentSiteSchema>;
export type BulletinIssue = z.infer<typeof bulletinIssueSchema>;
