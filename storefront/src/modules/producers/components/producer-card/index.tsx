import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { placeLabel, producerTypeLabel } from "@/lib/ocop-labels"
import type { ProducerPublic } from "@/lib/types"
import SampleBadge from "@/modules/common/components/sample-badge"

type Props = { producer: ProducerPublic; locale: Locale; sampleLabel: string; headingLevel?: "h2" | "h3" }

/** A producer in a list: name, kind, place, the start of their story. */
export default function ProducerCard({ producer, locale, sampleLabel, headingLevel = "h2" }: Props) {
  const Heading = headingLevel
  const story = producer.story && producer.story.length > 160 ? `${producer.story.slice(0, 157).trimEnd()}…` : producer.story
  return (
    <li>
      <Link
        href={`/producers/${producer.handle}`}
        className="group flex h-full flex-col rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 hover:ring-brand-600"
        data-testid="producer-item"
      >
        <Heading className="font-bold leading-snug text-stone-900 group-hover:text-brand-700">{producer.name}</Heading>
        <p className="mt-1 text-sm text-stone-700">
          {producerTypeLabel(producer.type, locale)} · {placeLabel(producer.commune, producer.district, locale)}
        </p>
        {story ? <p className="mt-2 text-sm text-stone-600">{story}</p> : null}
        {producer.is_sample ? (
          <p className="mt-auto pt-2">
            <SampleBadge label={sampleLabel} />
          </p>
        ) : null}
      </Link>
    </li>
  )
}
