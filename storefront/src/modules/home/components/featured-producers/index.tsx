import type { Locale } from "@/i18n/routing"
import type { ProducerPublic } from "@/lib/types"
import ProducerCard from "@/modules/producers/components/producer-card"

type Props = { locale: Locale; producers: ProducerPublic[]; sampleLabel: string }

export default function FeaturedProducers({ locale, producers, sampleLabel }: Props) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="featured-producers">
      {producers.map((producer) => (
        <ProducerCard key={producer.id} producer={producer} locale={locale} sampleLabel={sampleLabel} headingLevel="h3" />
      ))}
    </ul>
  )
}
