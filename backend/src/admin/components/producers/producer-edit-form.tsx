import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage, ocopApi } from "../../lib/api"
import { splitApiError, type FieldErrors } from "../../lib/field-errors"
import { useOcopMutation } from "../../lib/use-ocop-mutation"
import type { ProducerBody, ProducerDetail } from "../../lib/types"
import { FormError } from "../form-error"
import { ProducerFormFields } from "./producer-form-fields"
import {
  PRODUCER_FIELD_ALIASES,
  PRODUCER_FIELDS,
  producerChanges,
  producerFormFrom,
  toProducerBody,
  type ProducerField,
} from "./producer-form-values"

const noErrors: FieldErrors<ProducerField> = { fields: {}, general: [] }

/** Edit every producer field; only changed fields are sent. Mount with key={producer.id}. */
export function ProducerEditForm({ producer }: { producer: ProducerDetail }) {
  const [initial, setInitial] = useState(() => producerFormFrom(producer))
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState(noErrors)
  const save = useOcopMutation((body: Partial<ProducerBody>) => ocopApi.updateProducer(producer.id, body))
  const dirty = (Object.keys(values) as (keyof typeof values)[]).some((key) => values[key] !== initial[key])

  const submit = () => {
    const parsed = toProducerBody(values)
    if (!parsed.body) {
      setErrors({ fields: parsed.errors, general: [] })
      return
    }
    const changes = producerChanges(initial, parsed.body, values)
    if (!Object.keys(changes).length) {
      setErrors(noErrors)
      return
    }
    setErrors(noErrors)
    save.mutate(changes, {
      onSuccess: (result) => {
        const saved = producerFormFrom(result.producer)
        setInitial(saved)
        setValues(saved)
        toast.success("Đã lưu thông tin chủ thể")
      },
      onError: (error) => setErrors(splitApiError(errorMessage(error), PRODUCER_FIELDS, PRODUCER_FIELD_ALIASES)),
    })
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Thông tin chủ thể</Heading>
        {dirty ? (
          <Text size="small" className="text-ui-fg-subtle">
            Có thay đổi chưa lưu
          </Text>
        ) : null}
      </div>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (!save.isPending) submit()
        }}
      >
        <div className="flex flex-col gap-y-4 px-6 py-4">
          <FormError messages={errors.general} />
          <ProducerFormFields
            idPrefix="producer-edit"
            values={values}
            onChange={(patch) => setValues((previous) => ({ ...previous, ...patch }))}
            errors={errors.fields}
          />
        </div>
        <div className="flex justify-end gap-x-2 px-6 py-4">
          <Button
            size="small"
            variant="secondary"
            type="button"
            disabled={!dirty || save.isPending}
            onClick={() => {
              setValues(initial)
              setErrors(noErrors)
            }}
          >
            Hoàn tác
          </Button>
          <Button size="small" type="submit" isLoading={save.isPending} disabled={!dirty}>
            Lưu
          </Button>
        </div>
      </form>
    </Container>
  )
}
