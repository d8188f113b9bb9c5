import { Input, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage, ocopApi } from "../../lib/api"
import { splitApiError, type FieldErrors } from "../../lib/field-errors"
import { useOcopMutation } from "../../lib/use-ocop-mutation"
import type { Certificate, RevokeBody } from "../../lib/types"
import { DrawerForm } from "../drawer-form"
import { Field } from "../field"

const FIELDS = ["reason", "revoked_at"] as const
const noErrors: FieldErrors<(typeof FIELDS)[number]> = { fields: {}, general: [] }

type RevokeDrawerProps = { certificate: Certificate; open: boolean; onOpenChange: (open: boolean) => void }

/** Revoke a certificate with its reason; the product loses its OCOP mark. Mount with key={certificate.id}. */
export function RevokeDrawer({ certificate, open, onOpenChange }: RevokeDrawerProps) {
  const [reason, setReason] = useState("")
  const [revokedAt, setRevokedAt] = useState("")
  const [errors, setErrors] = useState(noErrors)
  const revoke = useOcopMutation((body: RevokeBody) => ocopApi.revokeCertificate(certificate.id, body))

  const submit = () => {
    if (reason.trim().length < 5) {
      setErrors({ fields: { reason: "Lý do thu hồi cần ít nhất 5 ký tự." }, general: [] })
      return
    }
    setErrors(noErrors)
    revoke.mutate(
      { reason: reason.trim(), revoked_at: revokedAt || undefined },
      {
        onSuccess: () => {
          toast.success(`Đã thu hồi chứng nhận ${certificate.certificate_number}`)
          setReason("")
          setRevokedAt("")
          onOpenChange(false)
        },
        onError: (error) => setErrors(splitApiError(errorMessage(error), FIELDS, { reason: ["revocation"] })),
      }
    )
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title="Thu hồi chứng nhận"
      description={`Thu hồi chứng nhận ${certificate.certificate_number}. Sản phẩm sẽ không còn hiển thị dấu OCOP.`}
      submitLabel="Thu hồi"
      submitVariant="danger"
      isSubmitting={revoke.isPending}
      onSubmit={submit}
      errors={errors.general}
    >
      <Field label="Lý do thu hồi" htmlFor="revoke-reason" required error={errors.fields.reason}>
        <Textarea
          id="revoke-reason"
          rows={4}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={!!errors.fields.reason}
        />
      </Field>
      <Field label="Ngày thu hồi" htmlFor="revoke-date" hint="Để trống: hôm nay" error={errors.fields.revoked_at}>
        <Input id="revoke-date" type="date" value={revokedAt} onChange={(event) => setRevokedAt(event.target.value)} />
      </Field>
    </DrawerForm>
  )
}
