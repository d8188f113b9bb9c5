import { BRANDS, CATEGORY_TREE, attributesFor, flattenCategories } from "../fixtures"
import { ContractFailure, mandatory } from "../failure"
import { ok, type Route } from "../route"
import { num } from "../values"

/** Category tree, category attributes and brands: "No Authorization Required". */
export const catalogueRoutes: Route[] = [
  {
    path: "/category/tree/get",
    host: "api",
    auth: "public",
    write: false,
    handle: () => ok(CATEGORY_TREE),
  },
  {
    path: "/category/attributes/get",
    host: "api",
    auth: "public",
    write: false,
    handle(context) {
      const raw = context.params.primary_category_id
      if (!raw) throw mandatory("primary_category_id")
      const category = flattenCategories().find((node) => node.category_id === num(raw))
      if (!category) throw new ContractFailure("4227", "Query category is null")
      if (!category.leaf) throw new ContractFailure("57", "E057: No attribute sets linked to that category.")
      return ok(attributesFor(category.category_id))
    },
  },
  {
    path: "/category/brands/query",
    host: "api",
    auth: "public",
    write: false,
    handle(context) {
      if (context.params.startRow === undefined) throw mandatory("startRow")
      if (context.params.pageSize === undefined) throw mandatory("pageSize")
      const startRow = Math.max(0, Math.trunc(num(context.params.startRow) ?? 0))
      // "The Maximum is 200": larger sizes are capped (no documented error).
      const pageSize = Math.min(200, Math.max(1, Math.trunc(num(context.params.pageSize) ?? 40)))
      const body = ok({
        enable_total: true,
        start_row: startRow,
        page_index: Math.floor(startRow / pageSize),
        module: BRANDS.slice(startRow, startRow + pageSize),
        total_page: Math.ceil(BRANDS.length / pageSize),
        page_size: pageSize,
        total_record: BRANDS.length,
      })
      return { ...body, success: true }
    },
  },
]
