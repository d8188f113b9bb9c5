import { Button, Drawer } from "@medusajs/ui"
import type { ReactNode } from "react"
import { FormError } from "./form-error"

type DrawerFormProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description?: string
  submitLabel: string
  submitVariant?: "primary" | "danger"
  isSubmitting: boolean
  onSubmit: () => void
  errors?: string[]
  children: ReactNode
}

/**
 * A drawer holding one form. The form's state lives in the caller, which stays
 * mounted, so closing the drawer or an API error never loses what was typed.
 */
export function DrawerForm({
  open,
  onOpenChange,
  title,
  description,
  submitLabel,
  submitVariant = "primary",
  isSubmitting,
  onSubmit,
  errors = [],
  children,
}: DrawerFormProps) {
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content {...(description ? {} : { "aria-describedby": undefined })}>
        <form
          className="flex h-full flex-col overflow-hidden"
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            if (!isSubmitting) onSubmit()
          }}
        >
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            {description ? <Drawer.Description>{description}</Drawer.Description> : null}
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            <FormError messages={errors} />
            {children}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Đóng
              </Button>
            </Drawer.Close>
            <Button size="small" variant={submitVariant} type="submit" isLoading={isSubmitting}>
              {submitLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
