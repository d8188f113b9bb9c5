import { toast } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { vietnamDay } from "../../../modules/ocop/domain/dates"
import { errorMessage, ocopApi, ocopKeys } from "../../lib/api"
import { splitApiError, type FieldErrors } from "../../lib/field-errors"
import { districtLabel, producerTypeLabel } from "../../lib/labels"
import { useOcopMutation } from "../../lib/use-ocop-mutation"
import type { CertifyBody, Producer } from "../../lib/types"
import {
  CERTIFICATE_FIELD_ALIASES,
  CERTIFICATE_FIELDS,
  emptyCertificateForm,
  toCertificateBody,
  type CertificateField,
} from "../certificate-form/values"
import { CertificateFields } from "../certificate-form/fields"
import { DrawerForm } from "../drawer-form"
import { Field } from "../field"
import { SelectField } from "../select-field"

const PRODUCERS_FOR_SELECT = { limit: 200 } as const
const noErrors: FieldErrors<CertificateField> = { fields: {}, general: [] }

type CertifyDrawerProps = {
  productId: string
  currentProducer: Producer | null
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** Certify the product: the new certificate becomes its current one. */
export function CertifyDrawer({ productId, currentProducer, open, onOpenChange }: CertifyDrawerProps) {
  const [producerId, setProducerId] = useState("")
  const [values, setValues] = useState(() => emptyCertificateForm({ issued_at: vietnamDay() }))
  const [errors, setErrors] = useState(noErrors)
  const producers = useQuery({
    queryKey: ocopKeys.producers(PRODUCERS_FOR_SELECT),
    queryFn: () => ocopApi.listProducers(PRODUCERS_FOR_SELECT),
    enabled: open,
  })
  const certify = useOcopMutation((body: CertifyBody) => ocopApi.certifyProduct(body))
  const chosenProducer = producerId || currentProducer?.id || ""

  const submit = () => {
    const parsed = toCertificateBody(values)
    const fields = { ...(parsed.errors ?? {}) }
    if (!chosenProducer) fields.producer_id = "Chọn chủ thể sản xuất."
    if (!parsed.body || Object.keys(fields).length) {
      setErrors({ fields, general: [] })
      return
    }
    setErrors(noErrors)
    certify.mutate(
      { ...parsed.body, product_id: productId, producer_id: chosenProducer },
      {
        onSuccess: ({ certificate }) => {
          toast.success(`Đã cấp chứng nhận ${certificate.certificate_number}`)
          setValues(emptyCertificateForm({ issued_at: vietnamDay() }))
          setProducerId("")
          onOpenChange(false)
        },
        onError: (error) => setErrors(splitApiError(errorMessage(error), CERTIFICATE_FIELDS, CERTIFICATE_FIELD_ALIASES)),
      }
    )
  }

  const listed = producers.data?.producers ?? []
  const choices = currentProducer && !listed.some((producer) => producer.id === currentProducer.id)
    ? [currentProducer, ...listed]
    : listed
  const producerOptions = choices.map((producer) => ({
    value: producer.id,
    label: `${producer.name} — ${producerTypeLabel(producer.type)}, ${districtLabel(producer.district)}`,
  }))

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title="Cấp chứng nhận OCOP"
      description="Chứng nhận mới sẽ thành chứng nhận hiện hành của sản phẩm; chứng nhận cũ được lưu vào lịch sử."
      submitLabel="Cấp chứng nhận"
      isSubmitting={certify.isPending}
      onSubmit={submit}
      errors={errors.general}
    >
      <Field
        label="Chủ thể sản xuất"
        htmlFor="certify-producer"
        required
        hint={producers.isError ? undefined : "Mặc định là chủ thể đang gắn với sản phẩm"}
        error={errors.fields.producer_id ?? (producers.isError ? errorMessage(producers.error) : undefined)}
      >
        <SelectField
          id="certify-producer"
          value={chosenProducer}
          onChange={setProducerId}
          options={producerOptions}
          placeholder={producers.isLoading ? "Đang tải…" : "Chọn chủ thể…"}
          invalid={!!errors.fields.producer_id}
        />
      </Field>
      <CertificateFields
        idPrefix="certify"
        values={values}
        onChange={(patch) => setValues((previous) => ({ ...previous, ...patch }))}
        errors={errors.fields}
      />
    </DrawerForm>
  )
}
