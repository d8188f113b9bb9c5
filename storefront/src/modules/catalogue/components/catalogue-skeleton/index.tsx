/** Placeholder while a catalogue view streams in (shown on filter changes too). */
export default function CatalogueSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse" data-testid="catalogue-loading">
      <span className="sr-only">{label}</span>
      <div className="h-8 w-2/3 rounded bg-stone-200" />
      <div className="mt-4 h-11 max-w-xl rounded-lg bg-stone-200" />
      <div className="mt-6 grid grid-cols-2 gap-3 md:grid-cols-3">
        {Array.from({ length: 6 }, (_, index) => (
          <div key={index} className="aspect-square rounded-2xl bg-stone-200" />
        ))}
      </div>
    </div>
  )
}
