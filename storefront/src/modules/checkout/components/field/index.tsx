import type { ReactNode } from "react"

type Props = {
  name: string
  label: string
  error?: string
  hint?: string
  children: (props: { id: string; "aria-invalid": boolean; "aria-describedby": string | undefined }) => ReactNode
}

/** A labelled form field with its hint and inline error, wired for screen readers. */
export default function Field({ name, label, error, hint, children }: Props) {
  const id = `field-${name}`
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {children({ id, "aria-invalid": !!error, "aria-describedby": describedBy })}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-700" data-testid={`error-${name}`}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
