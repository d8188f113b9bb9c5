"use client"

import { useParams } from "next/navigation"

/**
 * The error page must work when everything else failed (backend down, bad
 * configuration), so its few words live here rather than in the message files.
 */
const TEXT = {
  vi: {
    title: "Đã có lỗi xảy ra",
    body: "Cửa hàng tạm thời không tải được dữ liệu. Vui lòng thử lại sau ít phút.",
    retry: "Thử lại",
  },
  en: {
    title: "Something went wrong",
    body: "The shop could not load its data just now. Please try again in a few minutes.",
    retry: "Try again",
  },
}

export default function LocaleError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale?: string }>()
  const text = TEXT[locale === "en" ? "en" : "vi"]
  return (
    <section className="py-16 text-center" role="alert">
      <h1 className="text-2xl font-bold">{text.title}</h1>
      <p className="mt-3 text-stone-600">{text.body}</p>
      <button type="button" onClick={reset} className="mt-6 min-h-11 rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white">
        {text.retry}
      </button>
    </section>
  )
}
