import { Text } from "@medusajs/ui"
import { errorMessage } from "../lib/api"
import { FormError } from "./form-error"

/** The error or "loading" line every list page shows while its query is not ready. */
export function QueryState({ query }: { query: { isError: boolean; isLoading: boolean; error: unknown } }) {
  if (query.isError) {
    return (
      <div className="px-6 py-4">
        <FormError messages={[errorMessage(query.error)]} />
      </div>
    )
  }
  if (query.isLoading) {
    return (
      <div className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          Đang tải…
        </Text>
      </div>
    )
  }
  return null
}
