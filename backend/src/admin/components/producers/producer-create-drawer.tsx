import { toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { errorMessage, ocopApi } from "../../lib/api"
import { splitApiError, type FieldErrors } from "../../lib/field-errors"
import { useOcopMutation } from "../../lib/use-ocop-mutation"
import type { ProducerBody } from "../../lib/types"
import { DrawerForm } from "../drawer-form"
import { ProducerFormFields } from "./producer-form-fields"
import {
  emptyProducerForm,
  PRODUCER_FIELD_ALIASES,
  PRODUCER_FIELDS,
  toProducerBody,
  type ProducerField,
} from "./producer-form-values"

const noErrors: FieldErrors<ProducerField> = { fields: {}, general: [] }

type ProducerCreateDrawerProps = { open: boolean; onOpenChange: (open: boolean) => void }

/** Register a producer (and its stock location); opens its page once created. */
export function ProducerCreateDrawer({ open, onOpenChange }: ProducerCreateDrawerProps) {
  const navigate = useNavigate()
  const [values, setValues] = useState(emptyProducerForm)
  const [errors, setErrors] = useState(noErrors)
  const create = useOcopMutation((body: ProducerBody) => ocopApi.createProducer(body))

  const submit = () => {
    const parsed = toProducerBody(values)
    if (!parsed.body) {
      setErrors({ fields: parsed.errors, general: [] })
      return
    }
    setErrors(noErrors)
    create.mutate(parsed.body, {
      onSuccess: ({ producer }) => {
        toast.success(`Đã thêm chủ thể ${producer.name}`)
        setValues(emptyProducerForm())
        onOpenChange(false)
        navigate(`/ocop-producers/${producer.id}`)
      },
      onError: (error) => setErrors(splitApiError(errorMessage(error), PRODUCER_FIELDS, PRODUCER_FIELD_ALIASES)),
    })
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title="Thêm chủ thể OCOP"
      description="Hợp tác xã, tổ hợp tác, doanh nghiệp hoặc hộ kinh doanh có sản phẩm OCOP."
      submitLabel="Thêm chủ thể"
      isSubmitting={create.isPending}
      onSubmit={submit}
      errors={errors.general}
    >
      <ProducerFormFields
        idPrefix="producer-create"
        values={values}
        onChange={(patch) => setValues((previous) => ({ ...previous, ...patch }))}
        errors={errors.fields}
      />
    </DrawerForm>
  )
}
