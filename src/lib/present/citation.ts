/**
 * A ready citation for a chart or table, in the form GB/T 7714-2015 gives electronic resources:
 * 主要责任者. 题名[EB/OL]. 出版者, (发布日期)[引用日期]. 获取和访问路径.
 * The 引用日期 is the reader's own (the day they looked): it stays a placeholder to fill in.
 */
export function citation(item: {
  publisher: string;
  title: string;
  board: string;
  releasedOn: string;
  address: string;
}) {
  // Several publishers are separated by a full-width space in site.yaml; GB/T 7714 separates authors with ", ".
  const authors = item.publisher
    .split(/[\s　]+/)
    .filter(Boolean)
    .join(', ');
  return `${authors}. ${item.title}[EB/OL]. ${item.board}, (${item.releasedOn})[引用日期]. ${item.address}.`;
}
