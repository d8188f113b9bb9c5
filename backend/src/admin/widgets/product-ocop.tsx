import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { FormError } from "../components/form-error"
import { CertificateActions } from "../components/product-ocop/certificate-actions"
import { CertificateHistory } from "../components/product-ocop/certificate-history"
import { CurrentCertificate } from "../components/product-ocop/current-certificate"
import { ProducerSummary } from "../components/product-ocop/producer-summary"
import { errorMessage, ocopApi, ocopKeys } from "../lib/api"

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h3">{title}</Heading>
      {children}
    </div>
  )
}

/** OCOP on the product page: producer, current certificate, history and the certificate actions. */
const ProductOcopWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const ocop = useQuery({
    queryKey: ocopKeys.product(product.id),
    queryFn: () => ocopApi.getProductOcop(product.id),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">OCOP</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Chương trình Mỗi xã một sản phẩm — chứng nhận của sản phẩm này
        </Text>
      </div>
      {ocop.isLoading ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            Đang tải…
          </Text>
        </div>
      ) : null}
      {ocop.isError ? (
        <div className="px-6 py-4">
          <FormError messages={[errorMessage(ocop.error)]} />
        </div>
      ) : null}
      {ocop.data ? (
        <>
          <Section title="Chủ thể sản xuất">
            <ProducerSummary producer={ocop.data.producer} />
          </Section>
          <Section title="Chứng nhận hiện hành">
            <CurrentCertificate certificate={ocop.data.current_certificate} />
            <CertificateActions productId={product.id} ocop={ocop.data} />
          </Section>
          <Section title="Lịch sử chứng nhận">
            <CertificateHistory certificates={ocop.data.certificates} />
          </Section>
        </>
      ) : null}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductOcopWidget
