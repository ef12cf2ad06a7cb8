import { ChevronLeftIcon, ChevronRightIcon, ChevronsLeftIcon, ChevronsRightIcon, type LucideIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

type ListPaginationProps = {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
};

type PageButtonProps = {
  target: number;
  isDisabled: boolean;
  onPage: (page: number) => void;
  label: string;
  Icon: LucideIcon;
  iconAfter?: boolean;
};

// aria-disabled rather than disabled: a disabled button drops keyboard focus when the last page is reached.
function PageButton({ target, isDisabled, onPage, label, Icon, iconAfter = false }: PageButtonProps) {
  return (
    <Button
      variant="outline"
      size="sm"
      aria-label={`${label} page`}
      aria-disabled={isDisabled || undefined}
      onClick={() => {
        if (!isDisabled) onPage(target);
      }}
      className="aria-disabled:cursor-not-allowed aria-disabled:opacity-50 aria-disabled:hover:bg-card"
    >
      {iconAfter ? null : <Icon aria-hidden />}
      {/* On a phone the arrows alone fit on one line; the accessible name stays whole. */}
      <span className="hidden sm:inline">{label}</span>
      {iconAfter ? <Icon aria-hidden /> : null}
    </Button>
  );
}

export function ListPagination({ page, pageCount, onPage }: ListPaginationProps) {
  if (pageCount <= 1) return null;
  const isFirst = page <= 1;
  const isLast = page >= pageCount;
  return (
    <nav aria-label="Pages of monitors" className="flex items-center justify-center gap-2 sm:justify-end">
      <PageButton target={1} isDisabled={isFirst} onPage={onPage} label="First" Icon={ChevronsLeftIcon} />
      <PageButton target={page - 1} isDisabled={isFirst} onPage={onPage} label="Previous" Icon={ChevronLeftIcon} />
      <p className="px-2 text-sm whitespace-nowrap text-muted-foreground tabular-nums" aria-live="polite">
        Page {page.toLocaleString("en")} of {pageCount.toLocaleString("en")}
      </p>
      <PageButton
        target={page + 1}
        isDisabled={isLast}
        onPage={onPage}
        label="Next"
        Icon={ChevronRightIcon}
        iconAfter
      />
      <PageButton
        target={pageCount}
        isDisabled={isLast}
        onPage={onPage}
        label="Last"
        Icon={ChevronsRightIcon}
        iconAfter
      />
    </nav>
  );
}
