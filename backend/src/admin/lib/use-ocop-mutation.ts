import { useMutation, useQueryClient } from "@tanstack/react-query"
import { ocopKeys } from "./api"

/** A mutation that refreshes every OCOP query (widget, lists, report) once it succeeds. */
export function useOcopMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ocopKeys.all }),
  })
}
