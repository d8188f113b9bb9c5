import { Alert, Button, Container, Copy, Heading, Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage, ocopApi } from "../../lib/api"
import { splitApiError, type FieldErrors } from "../../lib/field-errors"
import { formatPhone, ROLE_LABELS } from "../../lib/labels"
import { useOcopMutation } from "../../lib/use-ocop-mutation"
import type { InviteBody, MemberRole, ProducerInvite } from "../../lib/types"
import { Field } from "../field"
import { FormError } from "../form-error"
import { SelectField } from "../select-field"

const FIELDS = ["phone", "name", "role"] as const
const noErrors: FieldErrors<(typeof FIELDS)[number]> = { fields: {}, general: [] }
const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as MemberRole[]).map((role) => ({ value: role, label: ROLE_LABELS[role] }))
const dateTime = new Intl.DateTimeFormat("vi-VN", { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" })

/** Invite a person by phone; the one-time token is shown here once and never again. */
export function InviteMemberForm({ producerId }: { producerId: string }) {
  const [phone, setPhone] = useState("")
  const [name, setName] = useState("")
  const [role, setRole] = useState<MemberRole>("staff")
  const [errors, setErrors] = useState(noErrors)
  const [issued, setIssued] = useState<{ invite: ProducerInvite; token: string } | null>(null)
  const invite = useOcopMutation((body: InviteBody) => ocopApi.inviteMember(producerId, body))

  const submit = () => {
    if (!phone.trim()) {
      setErrors({ fields: { phone: "Nhập số điện thoại người được mời." }, general: [] })
      return
    }
    setErrors(noErrors)
    invite.mutate(
      { phone: phone.trim(), name: name.trim() || null, role },
      {
        onSuccess: (result) => {
          setIssued(result)
          setPhone("")
          setName("")
          setRole("staff")
          toast.success("Đã tạo lời mời")
        },
        onError: (error) => setErrors(splitApiError(errorMessage(error), FIELDS)),
      }
    )
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Mời thành viên</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Người được mời đăng nhập cổng chủ thể bằng số điện thoại và mã mời.
        </Text>
      </div>
      {issued ? (
        <div className="px-6 py-4">
          <Alert variant="warning">
            <div className="flex flex-col gap-y-2">
              <Text size="small" weight="plus">
                Mã mời cho {formatPhone(issued.invite.phone)} ({ROLE_LABELS[issued.invite.role]}) — chỉ hiển thị một lần
              </Text>
              <div className="flex items-center gap-x-2">
                <code className="bg-ui-bg-subtle rounded px-2 py-1 font-mono text-sm break-all">{issued.token}</code>
                <Copy content={issued.token} />
              </div>
              <Text size="xsmall">
                Hết hạn lúc {dateTime.format(new Date(issued.invite.expires_at))}. Gửi mã này cho người được mời qua Zalo/SMS.
              </Text>
              <div>
                <Button size="small" variant="secondary" onClick={() => setIssued(null)}>
                  Tôi đã lưu mã
                </Button>
              </div>
            </div>
          </Alert>
        </div>
      ) : null}
      <form
        noValidate
        className="flex flex-col gap-y-4 px-6 py-4"
        onSubmit={(event) => {
          event.preventDefault()
          if (!invite.isPending) submit()
        }}
      >
        <FormError messages={errors.general} />
        <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
          <Field label="Điện thoại" htmlFor="invite-phone" required error={errors.fields.phone}>
            <Input
              id="invite-phone"
              type="tel"
              placeholder="0912 345 678"
              value={phone}
              onChange={(event) => setPhone(event.target.value)}
              aria-invalid={!!errors.fields.phone}
            />
          </Field>
          <Field label="Họ tên" htmlFor="invite-name" error={errors.fields.name}>
            <Input id="invite-name" value={name} onChange={(event) => setName(event.target.value)} />
          </Field>
          <Field label="Vai trò" htmlFor="invite-role" error={errors.fields.role}>
            <SelectField
              id="invite-role"
              value={role}
              onChange={(value) => setRole(value === "owner" ? "owner" : "staff")}
              options={ROLE_OPTIONS}
            />
          </Field>
        </div>
        <div className="flex justify-end">
          <Button size="small" type="submit" isLoading={invite.isPending}>
            Tạo lời mời
          </Button>
        </div>
      </form>
    </Container>
  )
}
