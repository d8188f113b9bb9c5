import { Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type FieldProps = {
  label: string
  htmlFor?: string
  required?: boolean
  hint?: string
  error?: string
  children: ReactNode
  className?: string
}

/** A labelled form control with its hint and the API's message for it. */
export function Field({ label, htmlFor, required, hint, error, children, className }: FieldProps) {
  return (
    <div className={`flex flex-col gap-y-1.5 ${className ?? ""}`}>
      <Label htmlFor={htmlFor} size="small" weight="plus">
        {label}
        {required ? <span className="text-ui-fg-error"> *</span> : null}
      </Label>
      {children}
      {hint && !error ? (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {hint}
        </Text>
      ) : null}
      {error ? (
        <Text size="xsmall" className="text-ui-fg-error" role="alert">
          {error}
        </Text>
      ) : null}
    </div>
  )
}
