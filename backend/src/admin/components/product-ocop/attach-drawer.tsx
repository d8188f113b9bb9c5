import { Button, Drawer, Input, Table, Text, toast } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { errorMessage, ocopApi, ocopKeys } from "../../lib/api"
import { formatDay } from "../../lib/labels"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { useOcopMutation } from "../../lib/use-ocop-mutation"
import type { CertificateRow } from "../../lib/types"
import { CertificateStatusBadge } from "../certificate-status-badge"
import { FormError } from "../form-error"
import { Stars } from "../stars"

type AttachDrawerProps = { productId: string; open: boolean; onOpenChange: (open: boolean) => void }

const whyNot = (certificate: CertificateRow, productId: string): string | null => {
  if (certificate.product && certificate.product.id !== productId) return `Thuộc sản phẩm "${certificate.product.title}"`
  if (certificate.product?.id === productId) return "Đang gắn với sản phẩm này"
  return null
}

/** Make an existing, unattached certificate the product's current one. */
export function AttachDrawer({ productId, open, onOpenChange }: AttachDrawerProps) {
  const [search, setSearch] = useState("")
  const [error, setError] = useState<string | null>(null)
  const q = useDebouncedValue(search.trim())
  const params = { q: q || undefined, current: true, limit: 20 }
  const results = useQuery({
    queryKey: ocopKeys.certificates(params),
    queryFn: () => ocopApi.listCertificates(params),
    enabled: open && q.length > 0,
  })
  const attach = useOcopMutation((certificate: CertificateRow) => ocopApi.attachCertificate(productId, certificate.id))
  const attachingId = attach.isPending ? attach.variables?.id ?? null : null

  const onAttach = (certificate: CertificateRow) => {
    setError(null)
    attach.mutate(certificate, {
      onSuccess: () => {
        toast.success(`Đã gắn chứng nhận ${certificate.certificate_number}`)
        setSearch("")
        onOpenChange(false)
      },
      onError: (failure) => setError(errorMessage(failure)),
    })
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Gắn chứng nhận có sẵn</Drawer.Title>
          <Drawer.Description>Tìm theo số giấy chứng nhận; chỉ chứng nhận hiện hành chưa gắn sản phẩm khác mới gắn được.</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Input
            type="search"
            placeholder="Số chứng nhận…"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            autoFocus
          />
          <FormError messages={[error, results.isError ? errorMessage(results.error) : null].filter((m): m is string => !!m)} />
          {q && results.data && !results.data.certificates.length ? (
            <Text size="small" className="text-ui-fg-subtle">
              Không tìm thấy chứng nhận nào.
            </Text>
          ) : null}
          {results.data?.certificates.length ? (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Số</Table.HeaderCell>
                  <Table.HeaderCell>Sao</Table.HeaderCell>
                  <Table.HeaderCell>Hết hạn</Table.HeaderCell>
                  <Table.HeaderCell>Trạng thái</Table.HeaderCell>
                  <Table.HeaderCell />
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {results.data.certificates.map((certificate) => {
                  const blocked = whyNot(certificate, productId)
                  return (
                    <Table.Row key={certificate.id}>
                      <Table.Cell>
                        <div>{certificate.certificate_number}</div>
                        <Text size="xsmall" className="text-ui-fg-subtle">
                          {certificate.producer?.name ?? ""}
                        </Text>
                      </Table.Cell>
                      <Table.Cell>
                        <Stars stars={certificate.stars} />
                      </Table.Cell>
                      <Table.Cell>{formatDay(certificate.expires_at)}</Table.Cell>
                      <Table.Cell>
                        <CertificateStatusBadge status={certificate.status} />
                      </Table.Cell>
                      <Table.Cell>
                        {blocked ? (
                          <Text size="xsmall" className="text-ui-fg-subtle">
                            {blocked}
                          </Text>
                        ) : (
                          <Button
                            size="small"
                            variant="secondary"
                            isLoading={attachingId === certificate.id}
                            disabled={attach.isPending}
                            onClick={() => onAttach(certificate)}
                          >
                            Gắn
                          </Button>
                        )}
                      </Table.Cell>
                    </Table.Row>
                  )
                })}
              </Table.Body>
            </Table>
          ) : null}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
