import { join } from 'node:path';
import { getRssString } from '@astrojs/rss';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { loadData } from '../model/load.ts';
import { scoreBoard } from '../score/board.ts';
import { correctionEntries, feedEntries, feedOptions, monthEntries, type FeedSource } from './feed.ts';
import { asIndicator, asPeriod, asUnit } from '../../../test/support/ids.ts';

const { model } = loadData({
  root: join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'minimal'),
  currentPeriod: '2026-11',
});
const board = scoreBoard(model!);
const SITE = 'https://board.example.org/';

describe('the RSS feed', () => {
  it('parses with a feed parser: one item per published month, newest first, the summary as its body', async () => {
    const feed = parseFeed(await getRssString(feedOptions(board, SITE)));
    expect(feed.title).toBe(model!.site.title);
    expect(feed.items.length).toBe(board.periods.length);
    const newest = board.periods.at(-1)!;
    expect(feed.items[0].url).toBe(`${SITE}rankings/${newest.period}/`);
    expect(feed.items[0].description).toMatch(new RegExp(`^截至${newest.month}月底，全市完成`));
    expect(feed.items[0].published?.toISOString().slice(0, 10)).toBe(newest.report.publishedOn);
    const dates = feed.items.map((i) => i.published!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('carries one item per revision of a published figure, linked to its row on the corrections page', async () => {
    const revised = scoreBoard({
      ...model!,
      revisions: [
        {
          date: '2005-04-20',
          period: asPeriod('2005-03'),
          unit: asUnit('gangqu'),
          indicator: asIndicator('contracted'),
          old: 160,
          new: 180,
          kind: '更正',
          reason: '漏报一个项目',
          file: 'data/revisions/2005.yaml',
        },
      ],
    });
    expect(correctionEntries(revised)).toEqual([
      {
        title: '更正：港经济开发区2005年1—3月合同利用外资',
        link: '/corrections/#r-2005-03-gangqu-contracted',
        publishedOn: '2005-04-20',
        body: '港经济开发区2005年1—3月合同利用外资由 160 万美元 更正为 180 万美元。原因：漏报一个项目',
      },
    ]);
    const feed = parseFeed(await getRssString(feedOptions(revised, SITE)));
    expect(feed.items.length).toBe(revised.periods.length + 1);
    expect(feed.items.map((i) => i.url)).toContain(`${SITE}corrections/#r-2005-03-gangqu-contracted`);
  });

  it('takes items of a new kind by appending one source function', () => {
    const correction: FeedSource = () => [
      { title: '更正', link: '/corrections/1/', publishedOn: '2099-01-01', body: '更正说明' },
    ];
    const entries = feedEntries(board, [monthEntries, correction]);
    expect(entries.length).toBe(board.periods.length + 1);
    expect(entries[0].title).toBe('更正');
  });

  it('escapes text that looks like markup in an item’s HTML content', async () => {
    const evil: FeedSource = () => [
      { title: 't', link: '/x/', publishedOn: '2099-01-01', body: '<script>alert(1)</script> & 甲' },
    ];
    const xml = await getRssString(feedOptions(board, SITE, [evil]));
    // Inside the XML the HTML is escaped once more: a <script> element would read &lt;script here.
    expect(xml).toContain('&lt;p&gt;&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; &amp;amp; 甲&lt;/p&gt;');
    expect(xml).not.toContain('&lt;script');
    expect(parseFeed(xml).items[0].title).toBe('t');
  });
});
