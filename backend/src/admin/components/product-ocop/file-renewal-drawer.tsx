import { Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { RENEWAL_GRACE_DAYS } from "../../../modules/ocop/domain/certificate-rules"
import { vietnamDay } from "../../../modules/ocop/domain/dates"
import { errorMessage, ocopApi } from "../../lib/api"
import { useOcopMutation } from "../../lib/use-ocop-mutation"
import type { Certificate } from "../../lib/types"
import { DrawerForm } from "../drawer-form"
import { Field } from "../field"

type FileRenewalDrawerProps = { certificate: Certificate; open: boolean; onOpenChange: (open: boolean) => void }

/** Record that the renewal dossier was filed: the certificate stays valid during the grace period. */
export function FileRenewalDrawer({ certificate, open, onOpenChange }: FileRenewalDrawerProps) {
  const [filedAt, setFiledAt] = useState(() => vietnamDay())
  const [error, setError] = useState<string | null>(null)
  const file = useOcopMutation((day: string) => ocopApi.fileRenewal(certificate.id, day || undefined))

  const submit = () => {
    setError(null)
    file.mutate(filedAt, {
      onSuccess: () => {
        toast.success(`Đã ghi nhận hồ sơ gia hạn cho ${certificate.certificate_number}`)
        onOpenChange(false)
      },
      onError: (failure) => setError(errorMessage(failure)),
    })
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title="Nộp hồ sơ gia hạn"
      description={`Chứng nhận ${certificate.certificate_number} chuyển sang "Đang gia hạn" và còn hiệu lực tối đa ${RENEWAL_GRACE_DAYS} ngày sau ngày hết hạn.`}
      submitLabel="Ghi nhận"
      isSubmitting={file.isPending}
      onSubmit={submit}
      errors={error ? [error] : []}
    >
      <Field label="Ngày nộp hồ sơ" htmlFor="renewal-filed-at" required>
        <Input id="renewal-filed-at" type="date" value={filedAt} onChange={(event) => setFiledAt(event.target.value)} />
      </Field>
      <Text size="small" className="text-ui-fg-subtle">
        Khi có quyết định mới, dùng "Gia hạn" để ghi nhận chứng nhận mới.
      </Text>
    </DrawerForm>
  )
}
