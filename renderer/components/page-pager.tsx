// Turning the pages of a document shown as it prints: previous, where we are, next (nothing for one page).
export function PagePager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  if (pages <= 1) return null;
  return (
    <div className="scan-pager">
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>
        上一页
      </button>
      <span>
        第 {page} / {pages} 页
      </span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages}>
        下一页
      </button>
    </div>
  );
}
