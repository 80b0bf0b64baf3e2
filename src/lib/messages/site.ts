/** data/site.yaml's government-site items (《政府网站发展指引》): what a wrongly written one should look like. */
import { defineMessages } from './catalogue.ts';

export const siteMessages = defineMessages({
  'site.siteCode': {
    zh: '10 位网站标识码（字母或数字，如“3209820001”，见政府网站信息报送系统）',
    en: 'the 10-character site identification code (letters or digits, e.g. "3209820001")',
  },
  'site.icp': {
    zh: 'ICP备案号，写成“苏ICP备05012345号-1”的样子（省简称 + ICP备 + 数字 + 号，可带 -序号）',
    en: 'an ICP filing number written like "苏ICP备05012345号-1"',
  },
  'site.police': {
    zh: '公安机关备案号，写成“苏公网安备 32098202000123号”的样子（省简称 + 公网安备 + 14 位数字 + 号）',
    en: 'a public-security filing number written like "苏公网安备 32098202000123号" (14 digits)',
  },
  'site.phone': {
    zh: '电话号码，如“0515-83512345”（数字、短横线、括号、空格）',
    en: 'a telephone number such as "0515-83512345" (digits, dashes, brackets, spaces)',
  },
  'site.email': { zh: '电子邮箱地址，如“dcs@example.gov.cn”', en: 'an e-mail address such as "dcs@example.gov.cn"' },
  'site.bulletinCode': {
    zh: '文号的机关代字，1 至 8 个汉字，如“大督通”（文号印成“大督通〔2005〕3号”），不写括号、年份和序号',
    en: 'the issuer code of the 文号, 1 to 8 Chinese characters such as "大督通" (printed 大督通〔2005〕3号), without brackets, year or number',
  },
  'site.planNoticeYear': {
    zh: '{year} 年的示意数据提示：写到年份时，要写 {year} 年，不写以后的年份',
    en: 'the illustrative notice of {year}: where it names years, {year} among them and none later',
  },
  'site.planNoticeYearHint': {
    zh: '这段话写的是 {named} 年，多半是照抄了上年的计划：改成说 {year} 年的数字和目标从哪里来，如“示意数据：本站 {year} 年各单位数字为演示而编造，并非真实统计”；{year} 年的页面和下载都印这一句',
    en: "it names {named}, probably copied from last year's plan: say where the {year} figures and targets come from; every {year} page and download prints it",
  },
  'site.url': {
    zh: '以 https:// 或 http:// 开头的完整网址',
    en: 'a full address starting with https:// or http://',
  },
  'site.domain': {
    zh: '网站域名，不带 https:// 和斜杠，如“paihangbang.example.gov.cn”',
    en: 'the site\'s domain name without https:// or slashes, e.g. "paihangbang.example.gov.cn"',
  },
});
