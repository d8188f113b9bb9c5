/**
 * query.graph is typed from generated types that exist only after a build and
 * do not describe link fields (ocop_producer, prices, …). Steps state the
 * shape they request instead; this is the one place that trusts it.
 */
export function graphRows<T>(data: unknown): T[] {
  return Array.isArray(data) ? (data as T[]) : []
}
