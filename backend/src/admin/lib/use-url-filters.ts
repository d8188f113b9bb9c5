import { useSearchParams } from "react-router-dom"

/**
 * List filters kept in the URL, so going to a product and back restores them.
 * Changing any filter other than "offset" returns to the first page.
 */
export function useUrlFilters<K extends string>() {
  const [params, setParams] = useSearchParams()
  const get = (key: K | "offset"): string => params.get(key) ?? ""
  const offset = Math.max(0, Number(params.get("offset")) || 0)
  const patch = (changes: Partial<Record<K | "offset", string>>) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous)
        for (const [key, value] of Object.entries(changes)) {
          if (typeof value === "string" && value) next.set(key, value)
          else next.delete(key)
        }
        if (!("offset" in changes)) next.delete("offset")
        return next
      },
      { replace: true }
    )
  }
  return { get, offset, patch }
}
