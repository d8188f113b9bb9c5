import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { DISTRICT_CODES, districtLabel, PRODUCER_TYPE_CODES, producerTypeLabel } from "@/lib/ocop-labels"
import { hasProducerFilters, producerHref, type ProducerListState } from "@/lib/producers/params"
import type { ProducerListPage } from "@/lib/types"
import Pagination from "@/modules/common/components/pagination"
import SearchForm from "@/modules/common/components/search-form"
import ProducerCard from "@/modules/producers/components/producer-card"

type Props = { locale: Locale; state: ProducerListState; page: ProducerListPage; pageSize: number }

function FilterRow({ label, options }: { label: string; options: { key: string; label: string; href: string; current: boolean }[] }) {
  return (
    <nav aria-label={label} className="mt-3">
      <p className="text-sm font-semibold text-stone-700" aria-hidden="true">
        {label}
      </p>
      <ul className="mt-1 flex flex-wrap gap-2">
        {options.map((option) => (
          <li key={option.key}>
            <Link
              href={option.href}
             
              aria-current={option.current ? "true" : undefined}
              className={`inline-flex min-h-11 items-center rounded-full px-3 text-sm ${
                option.current ? "bg-brand-700 font-semibold text-white" : "bg-white text-stone-800 ring-1 ring-stone-300 hover:bg-brand-50"
              }`}
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

export default async function ProducerListTemplate({ locale, state, page, pageSize }: Props) {
  const t = await getTranslations({ locale, namespace: "producer" })
  const tc = await getTranslations({ locale, namespace: "catalogue" })
  const hidden: [string, string][] = [
    ...(state.type ? ([["type", state.type]] as [string, string][]) : []),
    ...(state.district ? ([["district", state.district]] as [string, string][]) : []),
  ]
  const totalPages = Math.max(1, Math.ceil(page.count / pageSize))
  return (
    <div>
      <h1 className="text-2xl font-bold leading-tight md:text-3xl">{state.q ? t("resultsFor", { q: state.q }) : t("listTitle")}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t("listIntro")}</p>
      <div className="mt-4 max-w-xl">
        <SearchForm
          action={`/${locale}/producers`}
          id="producer-q"
          label={t("searchLabel")}
          placeholder={t("searchPlaceholder")}
          buttonLabel={t("searchButton")}
          defaultValue={state.q}
          hidden={hidden}
        />
      </div>
      <FilterRow
        label={t("filterType")}
        options={[
          { key: "all", label: t("all"), href: producerHref(state, { type: null }), current: state.type === null },
          ...PRODUCER_TYPE_CODES.map((type) => ({
            key: type,
            label: producerTypeLabel(type, locale),
            href: producerHref(state, { type }),
            current: state.type === type,
          })),
        ]}
      />
      <FilterRow
        label={t("filterDistrict")}
        options={[
          { key: "all", label: t("all"), href: producerHref(state, { district: null }), current: state.district === null },
          ...DISTRICT_CODES.map((district) => ({
            key: district,
            label: districtLabel(district, locale),
            href: producerHref(state, { district }),
            current: state.district === district,
          })),
        ]}
      />
      <p className="mt-4 text-sm text-stone-700" data-testid="producer-count">
        {t("count", { count: page.count })}
        {hasProducerFilters(state) ? (
          <>
            {" · "}
            <Link href="/producers" className="inline-flex min-h-11 items-center text-brand-700 underline sm:min-h-0">
              {t("clear")}
            </Link>
          </>
        ) : null}
      </p>
      {page.producers.length ? (
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="producer-list">
          {page.producers.map((producer) => (
            <ProducerCard key={producer.id} producer={producer} locale={locale} sampleLabel={t("sample")} />
          ))}
        </ul>
      ) : (
        <p className="mt-6 rounded-2xl bg-white p-6 text-center ring-1 ring-stone-200" data-testid="producer-empty">
          {t("empty")}
        </p>
      )}
      <Pagination
        current={state.page}
        total={totalPages}
        hrefFor={(target) => producerHref(state, { page: target })}
        labels={{
          nav: t("pagination"),
          previous: tc("previous"),
          next: tc("next"),
          page: (target) => tc("pageLabel", { page: target }),
        }}
      />
    </div>
  )
}
