import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { formatDay, groupLabel, productSetLabel } from "../../lib/labels"
import type { Certificate } from "../../lib/types"
import { CertificateStatusBadge, SampleBadge } from "../certificate-status-badge"
import { Stars } from "../stars"

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-x-3">
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="small" as="div">
        {children}
      </Text>
    </div>
  )
}

/** The certificate the product currently shows. */
export function CurrentCertificate({ certificate }: { certificate: Certificate | null }) {
  if (!certificate) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        Sản phẩm chưa có chứng nhận OCOP hiện hành.
      </Text>
    )
  }
  return (
    <div className="flex flex-col gap-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <Stars stars={certificate.stars} />
        <CertificateStatusBadge status={certificate.status} />
        <SampleBadge show={certificate.is_sample} />
      </div>
      <Row label="Số chứng nhận">{certificate.certificate_number}</Row>
      <Row label="Quyết định">{certificate.decision_number}</Row>
      <Row label="Cơ quan cấp">{certificate.issuer}</Row>
      <Row label="Ngày cấp">{formatDay(certificate.issued_at)}</Row>
      <Row label="Ngày hết hạn">{formatDay(certificate.expires_at)}</Row>
      {certificate.score !== null ? <Row label="Điểm">{certificate.score}/100</Row> : null}
      <Row label="Bộ sản phẩm">
        {productSetLabel(certificate.product_set)} ({groupLabel(certificate.product_group)})
      </Row>
      <Row label="Bộ tiêu chí">{certificate.criteria_version}</Row>
      {certificate.renewal_filed_at ? (
        <Row label="Nộp hồ sơ gia hạn">{formatDay(certificate.renewal_filed_at)}</Row>
      ) : null}
      {certificate.revoked_at ? (
        <Row label="Thu hồi">
          {formatDay(certificate.revoked_at)}
          {certificate.revocation_reason ? ` — ${certificate.revocation_reason}` : ""}
        </Row>
      ) : null}
      {certificate.evidence_url ? (
        <Row label="Minh chứng">
          <a href={certificate.evidence_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive">
            Mở tài liệu
          </a>
        </Row>
      ) : null}
    </div>
  )
}
