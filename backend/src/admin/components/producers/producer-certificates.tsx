import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { errorMessage, ocopApi, ocopKeys } from "../../lib/api"
import { formatDay } from "../../lib/labels"
import { CertificateStatusBadge } from "../certificate-status-badge"
import { FormError } from "../form-error"
import { Stars } from "../stars"

/** The producer's current certificates and the products they are on. */
export function ProducerCertificates({ producerId }: { producerId: string }) {
  const params = { producer_id: producerId, current: true, limit: 200, order: "expires_at" as const }
  const certificates = useQuery({
    queryKey: ocopKeys.certificates(params),
    queryFn: () => ocopApi.listCertificates(params),
  })
  const rows = certificates.data?.certificates ?? []
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Sản phẩm được chứng nhận</Heading>
      </div>
      {certificates.isError ? (
        <div className="px-6 py-4">
          <FormError messages={[errorMessage(certificates.error)]} />
        </div>
      ) : null}
      {rows.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
              <Table.HeaderCell>Số chứng nhận</Table.HeaderCell>
              <Table.HeaderCell>Sao</Table.HeaderCell>
              <Table.HeaderCell>Hết hạn</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((certificate) => (
              <Table.Row key={certificate.id}>
                <Table.Cell>
                  {certificate.product ? (
                    <Link to={`/products/${certificate.product.id}`} className="text-ui-fg-interactive hover:underline">
                      {certificate.product.title}
                    </Link>
                  ) : (
                    <span className="text-ui-fg-subtle">Chưa gắn sản phẩm</span>
                  )}
                </Table.Cell>
                <Table.Cell>{certificate.certificate_number}</Table.Cell>
                <Table.Cell>
                  <Stars stars={certificate.stars} />
                </Table.Cell>
                <Table.Cell>{formatDay(certificate.expires_at)}</Table.Cell>
                <Table.Cell>
                  <CertificateStatusBadge status={certificate.status} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : certificates.data ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            Chủ thể chưa có chứng nhận hiện hành.
          </Text>
        </div>
      ) : null}
    </Container>
  )
}
