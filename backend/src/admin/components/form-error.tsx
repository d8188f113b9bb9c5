import { Alert } from "@medusajs/ui"

/** Messages from the API that belong to no single field. */
export function FormError({ messages }: { messages: string[] }) {
  if (!messages.length) return null
  return (
    <Alert variant="error" role="alert">
      {messages.map((message) => (
        <div key={message}>{message}</div>
      ))}
    </Alert>
  )
}
