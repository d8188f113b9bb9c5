type Props = {
  /** Locale-prefixed catalogue path. */
  action: string
  /** The rest of the catalogue state to keep (search, facets, sort). */
  hidden: [string, string][]
  min: number | null
  max: number | null
  labels: { from: string; to: string; apply: string }
}

/** Free price bounds as a GET form: works without JavaScript, lands in ?price_min=&price_max=. */
export default function PriceFilter({ action, hidden, min, max, labels }: Props) {
  return (
    <form action={action} method="get" className="mt-2 grid grid-cols-2 gap-2" data-testid="price-form">
      {hidden.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <label className="text-sm text-stone-700">
        {labels.from}
        <input
          name="price_min"
          type="number"
          inputMode="numeric"
          min={0}
          step={1000}
          defaultValue={min ?? undefined}
          className="mt-1 block min-h-11 w-full rounded-lg border border-stone-400 bg-white px-2"
        />
      </label>
      <label className="text-sm text-stone-700">
        {labels.to}
        <input
          name="price_max"
          type="number"
          inputMode="numeric"
          min={0}
          step={1000}
          defaultValue={max ?? undefined}
          className="mt-1 block min-h-11 w-full rounded-lg border border-stone-400 bg-white px-2"
        />
      </label>
      <button type="submit" className="col-span-2 min-h-11 rounded-lg bg-stone-800 px-3 font-semibold text-white hover:bg-stone-900">
        {labels.apply}
      </button>
    </form>
  )
}
