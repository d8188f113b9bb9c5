import { toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage, ocopApi } from "../../lib/api"
import { splitApiError, type FieldErrors } from "../../lib/field-errors"
import { formatDay } from "../../lib/labels"
import { useOcopMutation } from "../../lib/use-ocop-mutation"
import type { Certificate, RenewBody } from "../../lib/types"
import {
  CERTIFICATE_FIELD_ALIASES,
  CERTIFICATE_FIELDS,
  emptyCertificateForm,
  toCertificateBody,
  type CertificateField,
} from "../certificate-form/values"
import { CertificateFields } from "../certificate-form/fields"
import { DrawerForm } from "../drawer-form"

const noErrors: FieldErrors<CertificateField> = { fields: {}, general: [] }
/** The renewal keeps the producer, so there is no producer field to show a message under. */
const RENEW_FIELDS = CERTIFICATE_FIELDS.filter((field) => field !== "producer_id")

const startingValues = (certificate: Certificate) =>
  emptyCertificateForm({ stars: String(certificate.stars), product_set: certificate.product_set })

type RenewDrawerProps = { certificate: Certificate; open: boolean; onOpenChange: (open: boolean) => void }

/** Record the renewal decision; the old certificate is superseded. Mount with key={certificate.id}. */
export function RenewDrawer({ certificate, open, onOpenChange }: RenewDrawerProps) {
  const [values, setValues] = useState(() => startingValues(certificate))
  const [errors, setErrors] = useState(noErrors)
  const renew = useOcopMutation((body: RenewBody) => ocopApi.renewCertificate(certificate.id, body))

  const submit = () => {
    const parsed = toCertificateBody(values)
    if (!parsed.body) {
      setErrors({ fields: parsed.errors, general: [] })
      return
    }
    setErrors(noErrors)
    renew.mutate(parsed.body, {
      onSuccess: (result) => {
        toast.success(`Đã gia hạn: chứng nhận mới ${result.certificate.certificate_number}`)
        setValues(startingValues(certificate))
        onOpenChange(false)
      },
      onError: (error) => setErrors(splitApiError(errorMessage(error), RENEW_FIELDS, CERTIFICATE_FIELD_ALIASES)),
    })
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title="Gia hạn chứng nhận"
      description={`Gia hạn chứng nhận ${certificate.certificate_number} (hết hạn ${formatDay(certificate.expires_at)}). Nhập số giấy và quyết định mới.`}
      submitLabel="Ghi nhận gia hạn"
      isSubmitting={renew.isPending}
      onSubmit={submit}
      errors={errors.general}
    >
      <CertificateFields
        idPrefix="renew"
        values={values}
        onChange={(patch) => setValues((previous) => ({ ...previous, ...patch }))}
        errors={errors.fields}
      />
    </DrawerForm>
  )
}
