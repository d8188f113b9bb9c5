"use client"

import { useRouter } from "next/navigation"
import { useEffect, useReducer, useRef, useState, type KeyboardEvent, type MouseEvent } from "react"
import { CLOSED, comboboxReducer } from "@/lib/search/combobox"
import { SUGGEST_DEBOUNCE_MS, suggestionItems, suggestQuery, suggestUrl, type SuggestionItem } from "@/lib/search/suggest"
import type { SearchSuggestions } from "@/lib/types"
import { fillTemplate } from "@/lib/util/fill-template"
import SearchForm from "@/modules/common/components/search-form"

export type SearchBoxWords = {
  /** Group headings. */
  products: string
  producers: string
  /** "Tìm “{q}”": the last option, submits the form. */
  searchFor: string
  /** "OCOP {stars} sao": read after a product's title. */
  stars: string
  /** "{count} gợi ý": announced when suggestions arrive. */
  count: string
}

type Props = {
  locale: string
  /** Locale-prefixed results page, e.g. "/vi/products". */
  action: string
  id: string
  label: string
  placeholder: string
  buttonLabel: string
  words: SearchBoxWords
}

const keepFocus = (event: MouseEvent) => event.preventDefault()

/**
 * The header's search box: the server renders the plain GET form (works
 * without JavaScript); once hydrated the input becomes a combobox with
 * instant suggestions (WAI-ARIA APG: focus stays in the input, Up/Down move,
 * Enter picks, Escape closes). Requests start from the 2nd character, are
 * debounced, and a newer query aborts the one before.
 */
export default function SearchBox({ locale, words, ...form }: Props) {
  const router = useRouter()
  const input = useRef<HTMLInputElement>(null)
  const [ready, setReady] = useState(false)
  const [value, setValue] = useState("")
  const [data, setData] = useState<SearchSuggestions | null>(null)
  const [state, dispatch] = useReducer(comboboxReducer, CLOSED)

  const q = suggestQuery(value)
  const items = q && data ? suggestionItems(locale, data, q) : []
  const open = ready && state.open && items.length > 0
  const active = open && state.active < items.length ? state.active : -1
  const listId = `${form.id}-list`
  const optionId = (index: number) => `${form.id}-o${index}`

  useEffect(() => {
    // Words typed before hydration count too.
    setValue(input.current?.value ?? "")
    setReady(true)
  }, [])

  useEffect(() => {
    if (!q) {
      setData(null)
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(() => {
      fetch(suggestUrl(q), { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<SearchSuggestions>) : null))
        .then((body) => {
          if (controller.signal.aborted) return
          setData(body)
          dispatch({ type: "reset" })
        })
        .catch(() => undefined)
    }, SUGGEST_DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [q])

  useEffect(() => {
    if (active >= 0) document.getElementById(`${form.id}-o${active}`)?.scrollIntoView({ block: "nearest" })
  }, [active, form.id])

  const choose = (item: SuggestionItem) => {
    dispatch({ type: "close" })
    if (item.kind === "search") input.current?.form?.requestSubmit()
    else router.push(item.href)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!items.length) return
      event.preventDefault()
      dispatch({ type: event.key === "ArrowDown" ? "next" : "prev", count: items.length })
    } else if (event.key === "Enter") {
      // Without an active option the form submits as usual (a full navigation).
      if (active >= 0) {
        event.preventDefault()
        choose(items[active])
      } else dispatch({ type: "close" })
    } else if (event.key === "Escape" && open) {
      event.preventDefault()
      dispatch({ type: "close" })
    }
  }

  const option = (item: SuggestionItem, index: number) => (
    <div
      key={index}
      id={optionId(index)}
      role="option"
      aria-selected={index === active}
      onClick={() => choose(item)}
      className={`flex min-h-11 cursor-pointer items-center gap-2 px-3 py-1 ${index === active ? "bg-brand-100" : "hover:bg-stone-100"}`}
    >
      {item.kind === "search" ? <b>{fillTemplate(words.searchFor, { q: item.label })}</b> : <span>{item.label}</span>}
      {item.kind === "product" && item.stars ? (
        <span className="ml-auto shrink-0 text-xs text-amber-700">
          <span aria-hidden="true">{"★".repeat(item.stars)}</span>
          <span className="sr-only">{fillTemplate(words.stars, { stars: item.stars })}</span>
        </span>
      ) : null}
    </div>
  )

  const group = (kind: "product" | "producer", heading: string) => {
    const entries = items.map((item, index) => [item, index] as const).filter(([item]) => item.kind === kind)
    if (!entries.length) return null
    const headingId = `${listId}-${kind}`
    return (
      <div role="presentation">
        <div id={headingId} aria-hidden="true" className="px-3 pt-2 text-xs font-semibold uppercase text-stone-600">
          {heading}
        </div>
        <div role="group" aria-labelledby={headingId}>
          {entries.map(([item, index]) => option(item, index))}
        </div>
      </div>
    )
  }

  return (
    <SearchForm
      {...form}
      size="compact"
      input={{
        ref: input,
        onChange: (event) => {
          setValue(event.currentTarget.value)
          dispatch({ type: "open" })
        },
        onKeyDown,
        onBlur: () => dispatch({ type: "close" }),
        ...(ready
          ? {
              role: "combobox",
              "aria-autocomplete": "list" as const,
              "aria-expanded": open,
              "aria-controls": listId,
              "aria-activedescendant": active >= 0 ? optionId(active) : undefined,
            }
          : {}),
      }}
    >
      {ready ? (
        <>
          <div
            id={listId}
            role="listbox"
            aria-label={form.label}
            hidden={!open}
            onMouseDown={keepFocus}
            className="absolute inset-x-0 top-full z-30 mt-1 max-h-[70vh] overflow-y-auto rounded-lg bg-white pb-1 text-sm text-stone-900 shadow-lg ring-1 ring-stone-300"
            data-testid="search-suggestions"
          >
            {open ? (
              <>
                {group("product", words.products)}
                {group("producer", words.producers)}
                {option(items[items.length - 1], items.length - 1)}
              </>
            ) : null}
          </div>
          <div aria-live="polite" className="sr-only">
            {open ? fillTemplate(words.count, { count: items.length - 1 }) : ""}
          </div>
        </>
      ) : null}
    </SearchForm>
  )
}
