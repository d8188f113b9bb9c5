import { Table } from "@medusajs/ui"

type PaginationProps = { count: number; offset: number; limit: number; onOffsetChange: (offset: number) => void }

/** Table.Pagination driven by offset/limit, in Vietnamese. */
export function Pagination({ count, offset, limit, onOffsetChange }: PaginationProps) {
  const pageCount = Math.max(1, Math.ceil(count / limit))
  const pageIndex = Math.min(Math.floor(offset / limit), pageCount - 1)
  return (
    <Table.Pagination
      count={count}
      pageSize={limit}
      pageIndex={pageIndex}
      pageCount={pageCount}
      canPreviousPage={pageIndex > 0}
      canNextPage={pageIndex + 1 < pageCount}
      previousPage={() => onOffsetChange(Math.max(0, offset - limit))}
      nextPage={() => onOffsetChange(offset + limit)}
      translations={{ of: "/", results: "kết quả", pages: "trang", prev: "Trước", next: "Sau" }}
    />
  )
}
