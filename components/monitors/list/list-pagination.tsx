import { type ReactNode } from "react";

type ListPaginationProps = {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
};

type PageButtonProps = { target: number; isDisabled: boolean; onPage: (page: number) => void; children: ReactNode };

// aria-disabled rather than disabled: a disabled button drops keyboard focus when the last page is reached.
function PageButton({ target, isDisabled, onPage, children }: PageButtonProps) {
  return (
    <button
      type="button"
      aria-disabled={isDisabled || undefined}
      onClick={() => {
        if (!isDisabled) onPage(target);
      }}
      className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 shadow-sm hover:bg-slate-100 aria-disabled:cursor-not-allowed aria-disabled:border-slate-300 aria-disabled:text-slate-600 aria-disabled:hover:bg-white"
    >
      {children}
    </button>
  );
}

export function ListPagination({ page, pageCount, onPage }: ListPaginationProps) {
  if (pageCount <= 1) return null;
  const isFirst = page <= 1;
  const isLast = page >= pageCount;
  return (
    <nav aria-label="Pages of monitors" className="flex flex-wrap items-center justify-end gap-2">
      <PageButton target={1} isDisabled={isFirst} onPage={onPage}>
        First<span className="sr-only"> page</span>
      </PageButton>
      <PageButton target={page - 1} isDisabled={isFirst} onPage={onPage}>
        Previous<span className="sr-only"> page</span>
      </PageButton>
      <p className="px-2 text-sm text-slate-700" aria-live="polite">
        Page {page.toLocaleString("en")} of {pageCount.toLocaleString("en")}
      </p>
      <PageButton target={page + 1} isDisabled={isLast} onPage={onPage}>
        Next<span className="sr-only"> page</span>
      </PageButton>
      <PageButton target={pageCount} isDisabled={isLast} onPage={onPage}>
        Last<span className="sr-only"> page</span>
      </PageButton>
    </nav>
  );
}
