import { describe, expect, it } from 'vitest';
import { citation } from './citation.ts';

describe('citing a chart (GB/T 7714 electronic resource)', () => {
  it('reads 责任者. 题名[EB/OL]. 出版者, (发布日期)[引用日期]. 地址.', () => {
    expect(
      citation({
        publisher: '中共大丰市委督查室　大丰市对外经济贸易合作局',
        title: '全市利用外资累计完成情况',
        board: '大丰市利用外资排行榜',
        releasedOn: '2006-01-06',
        address: 'https://paihangbang.example.gov.cn/',
      }),
    ).toBe(
      '中共大丰市委督查室, 大丰市对外经济贸易合作局. 全市利用外资累计完成情况[EB/OL]. 大丰市利用外资排行榜, (2006-01-06)[引用日期]. https://paihangbang.example.gov.cn/.',
    );
  });
});
