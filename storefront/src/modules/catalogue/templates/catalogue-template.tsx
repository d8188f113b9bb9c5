import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import {
  availableSorts,
  CATALOGUE_PAGE_SIZE,
  catalogueHref,
  clearFilters,
  FACET_KEYS,
  FACETS,
  hiddenFields,
  isIndexable,
  isPriceRangeActive,
  pageCount,
  PRICE_RANGES,
  toggleFacet,
  withPage,
  withPriceRange,
  withoutSearch,
  withSort,
  type CatalogueState,
  type FacetKey,
} from "@/lib/catalogue/params"
import type { CatalogueView } from "@/lib/data/catalogue"
import { districtLabel, groupLabel, producerTypeLabel } from "@/lib/ocop-labels"
import { formatVnd } from "@/lib/util/money"
import { Link } from "@/i18n/link"
import Pagination from "@/modules/common/components/pagination"
import SearchForm from "@/modules/common/components/search-form"
import ActiveFilters from "@/modules/catalogue/components/active-filters"
import FacetGroup, { type FacetOption } from "@/modules/catalogue/components/facet-group"
import FilterPanel from "@/modules/catalogue/components/filter-panel"
import PriceFilter from "@/modules/catalogue/components/price-filter"
import SortLinks from "@/modules/catalogue/components/sort-links"
import ProductGrid from "@/modules/products/components/product-grid"
import DidYouMean from "@/modules/search/components/did-you-mean"
import NoResults from "@/modules/search/components/no-results"

type Props = { locale: Locale; state: CatalogueState; view: CatalogueView }

export default async function CatalogueTemplate({ locale, state, view }: Props) {
  const t = await getTranslations({ locale, namespace: "catalogue" })
  const action = `/${locale}/products`
  const totalPages = pageCount(view.count)
  const from = view.count === 0 ? 0 : (state.page - 1) * CATALOGUE_PAGE_SIZE + 1
  const to = Math.min(state.page * CATALOGUE_PAGE_SIZE, view.count)

  const valueLabel = (key: FacetKey, value: string): string => {
    switch (key) {
      case "stars":
        return t("starsValue", { stars: Number(value) })
      case "group":
        return groupLabel(value, locale)
      case "district":
        return districtLabel(value, locale)
      case "producerType":
        return producerTypeLabel(value, locale)
    }
  }
  const facetTitle: Record<FacetKey, string> = {
    stars: t("facetStars"),
    group: t("facetGroup"),
    district: t("facetDistrict"),
    producerType: t("facetProducerType"),
  }
  const options = (key: FacetKey): FacetOption[] =>
    FACETS[key].values.map((value) => {
      const next = toggleFacet(state, key, value)
      return {
        value,
        label: valueLabel(key, value),
        count: view.facets[key][value] ?? 0,
        selected: (state[key] as readonly (string | number)[]).map(String).includes(value),
        href: catalogueHref(next),
        nofollow: !isIndexable(next),
      }
    })

  const priceLabel = (range: { min: number | null; max: number | null }): string => {
    if (range.min === null && range.max !== null) return t("priceUnder", { max: formatVnd(range.max + 1) })
    if (range.max === null && range.min !== null) return t("priceOver", { min: formatVnd(range.min) })
    if (range.min !== null && range.max !== null) return t("priceBetween", { min: formatVnd(range.min), max: formatVnd(range.max + 1) })
    return ""
  }
  const priceChipLabel = (min: number | null, max: number | null): string => {
    const preset = PRICE_RANGES.find((range) => range.min === min && range.max === max)
    if (preset) return priceLabel(preset)
    if (min !== null && max !== null) return t("priceBetween", { min: formatVnd(min), max: formatVnd(max) })
    if (min !== null) return t("priceOver", { min: formatVnd(min) })
    return t("priceUpTo", { max: formatVnd(max ?? 0) })
  }
  const priceOptions: FacetOption[] = PRICE_RANGES.map((range, index) => {
    const selected = isPriceRangeActive(state, range)
    const next = selected ? withPriceRange(state, null, null) : withPriceRange(state, range.min, range.max)
    return {
      value: `${range.min ?? 0}-${range.max ?? ""}`,
      label: priceLabel(range),
      count: view.facets.price[index] ?? 0,
      selected,
      href: catalogueHref(next),
      nofollow: true,
    }
  })

  const chips = [
    ...(state.q ? [{ key: "q", label: t("searchChip", { q: state.q }), href: catalogueHref(withoutSearch(state)) }] : []),
    ...FACET_KEYS.flatMap((key) =>
      state[key].map(String).map((value) => ({
        key: `${key}-${value}`,
        label: valueLabel(key, value),
        href: catalogueHref(toggleFacet(state, key, value)),
      }))
    ),
    ...(state.priceMin !== null || state.priceMax !== null
      ? [
          {
            key: "price",
            label: priceChipLabel(state.priceMin, state.priceMax),
            href: catalogueHref(withPriceRange(state, null, null)),
          },
        ]
      : []),
  ].map((chip) => ({ ...chip, removeLabel: t("removeFilter", { label: chip.label }) }))

  const filterCount = chips.length

  return (
    <div>
      <h1 className="text-2xl font-bold leading-tight md:text-3xl">
        {state.q ? t("resultsFor", { q: state.q }) : t("title")}
      </h1>
      <div className="mt-4 max-w-xl">
        <SearchForm
          action={action}
          id="catalogue-q"
          label={t("searchLabel")}
          placeholder={t("searchPlaceholder")}
          buttonLabel={t("searchButton")}
          defaultValue={state.q}
          hidden={hiddenFields(state, "q")}
        />
      </div>
      <p className="mt-3 text-sm text-stone-700" data-testid="result-count">
        {view.count > 0 ? t("showing", { from, to, count: view.count }) : t("count", { count: 0 })}
      </p>
      <div className="mt-3">
        <ActiveFilters
          title={t("activeFilters")}
          chips={chips}
          clearAll={{ label: t("clearAll"), href: catalogueHref(clearFilters(state)) }}
        />
      </div>

      <div className="mt-4 grid gap-6 md:grid-cols-[15rem_minmax(0,1fr)] lg:grid-cols-[17rem_minmax(0,1fr)]">
        <aside aria-label={t("filters")}>
          <FilterPanel summary={filterCount ? t("filtersCount", { count: filterCount }) : t("filters")} heading={t("filters")}>
            {FACET_KEYS.map((key) => (
              <FacetGroup
                key={key}
                id={FACETS[key].param}
                title={facetTitle[key]}
                options={options(key)}
                labels={{ selected: t("selected"), count: (count) => t("productCount", { count }) }}
              />
            ))}
            <div className="border-t border-stone-200">
              <FacetGroup
                id="price"
                title={t("facetPrice")}
                options={priceOptions}
                labels={{ selected: t("selected"), count: (count) => t("productCount", { count }) }}
              />
              <PriceFilter
                action={action}
                hidden={hiddenFields(state, "price")}
                min={state.priceMin}
                max={state.priceMax}
                labels={{ from: t("priceFrom"), to: t("priceTo"), apply: t("applyPrice") }}
              />
            </div>
          </FilterPanel>
        </aside>

        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="sr-only">
            {t("count", { count: view.count })}
          </h2>
          <SortLinks
            label={t("sortLabel")}
            options={availableSorts(state).map((sort) => ({
              value: sort,
              label: t(`sort.${sort}`),
              href: catalogueHref(withSort(state, sort)),
              current: state.sort === sort,
            }))}
          />
          {view.suggestion && view.count > 0 ? (
            <DidYouMean locale={locale} state={state} suggestion={view.suggestion} className="mt-3" />
          ) : null}
          {view.count === 0 && state.q ? (
            <NoResults locale={locale} state={{ ...state, q: state.q }} suggestion={view.suggestion} />
          ) : view.products.length === 0 ? (
            <div className="mt-6 rounded-2xl bg-white p-6 text-center ring-1 ring-stone-200" data-testid="catalogue-empty">
              <h3 className="text-lg font-bold">{view.count > 0 ? t("emptyPage") : t("emptyTitle")}</h3>
              {view.count > 0 ? (
                <Link href={catalogueHref(withPage(state, 1))} className="mt-3 inline-flex min-h-11 items-center text-brand-700 underline">
                  {t("firstPage")}
                </Link>
              ) : (
                <>
                  <p className="mt-2 text-stone-700">{t("emptyBody")}</p>
                  <Link href={catalogueHref(clearFilters(state))} className="mt-3 inline-flex min-h-11 items-center text-brand-700 underline">
                    {t("clearAll")}
                  </Link>
                </>
              )}
            </div>
          ) : (
            <div className="mt-4">
              <ProductGrid products={view.products} priorityCount={3} leadImage />
            </div>
          )}
          <Pagination
            current={state.page}
            total={totalPages}
            hrefFor={(page) => catalogueHref(withPage(state, page))}
            labels={{
              nav: t("pagination"),
              previous: t("previous"),
              next: t("next"),
              page: (page) => t("pageLabel", { page }),
            }}
          />
        </section>
      </div>
    </div>
  )
}
