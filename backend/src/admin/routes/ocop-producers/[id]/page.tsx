import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link, useNavigate, useParams } from "react-router-dom"
import { SampleBadge } from "../../../components/certificate-status-badge"
import { FormError } from "../../../components/form-error"
import { InviteMemberForm } from "../../../components/producers/invite-member-form"
import { ProducerCertificates } from "../../../components/producers/producer-certificates"
import { ProducerEditForm } from "../../../components/producers/producer-edit-form"
import { ProducerMembers } from "../../../components/producers/producer-members"
import { errorMessage, ocopApi, ocopKeys } from "../../../lib/api"
import { communeText, districtLabel, producerTypeLabel } from "../../../lib/labels"
import { useOcopMutation } from "../../../lib/use-ocop-mutation"

/** One producer: details and edit form, certified products, members and invitations. */
const ProducerPage = () => {
  const { id = "" } = useParams()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const producer = useQuery({ queryKey: ocopKeys.producer(id), queryFn: () => ocopApi.getProducer(id), enabled: !!id })
  const remove = useOcopMutation(() => ocopApi.deleteProducer(id))

  const onDelete = async (name: string) => {
    const confirmed = await prompt({
      title: `Xoá chủ thể "${name}"?`,
      description: "Chủ thể và kho hàng của chủ thể sẽ bị xoá. Không thể hoàn tác.",
      confirmText: "Xoá",
      cancelText: "Huỷ",
    })
    if (!confirmed) return
    remove.mutate(undefined, {
      onSuccess: () => {
        toast.success(`Đã xoá chủ thể ${name}`)
        navigate("/ocop-producers")
      },
      onError: (error) => toast.error("Không xoá được chủ thể", { description: errorMessage(error) }),
    })
  }

  if (producer.isLoading) {
    return (
      <Container>
        <Text size="small" className="text-ui-fg-subtle">
          Đang tải…
        </Text>
      </Container>
    )
  }
  if (!producer.data) {
    return (
      <Container className="flex flex-col gap-y-3">
        <FormError messages={[producer.isError ? errorMessage(producer.error) : "Không tìm thấy chủ thể."]} />
        <Link to="/ocop-producers" className="text-ui-fg-interactive">
          ← Danh sách chủ thể
        </Link>
      </Container>
    )
  }

  const data = producer.data.producer
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Link to="/ocop-producers" className="text-ui-fg-subtle hover:text-ui-fg-base">
            <Text size="small">← Chủ thể OCOP</Text>
          </Link>
          <div className="flex items-center gap-x-2">
            <Heading level="h1">{data.name}</Heading>
            <SampleBadge show={data.is_sample} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {producerTypeLabel(data.type)} · {communeText(data.commune)}, {districtLabel(data.district)}
          </Text>
        </div>
        <Button size="small" variant="danger" isLoading={remove.isPending} onClick={() => void onDelete(data.name)}>
          Xoá chủ thể
        </Button>
      </Container>
      <ProducerEditForm key={data.id} producer={data} />
      <ProducerCertificates producerId={data.id} />
      <ProducerMembers producer={data} />
      <InviteMemberForm producerId={data.id} />
    </div>
  )
}

export default ProducerPage
