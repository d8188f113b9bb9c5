"use client"

import "./globals.css"

/**
 * The last resort when even the locale layout fails. Next's default one ships
 * a few kilobytes of inline styles to every page; this one reuses our CSS and
 * says both languages, since the locale may be what failed.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body className="font-sans">
        <main className="mx-auto max-w-xl px-4 py-16 text-center" role="alert">
          <h1 className="text-2xl font-bold">Đã có lỗi xảy ra</h1>
          <p className="mt-3 text-stone-600">Cửa hàng tạm thời không tải được dữ liệu. Vui lòng thử lại sau ít phút.</p>
          <p lang="en" className="mt-2 text-stone-600">
            Something went wrong. Please try again in a few minutes.
          </p>
          <button type="button" onClick={reset} className="mt-6 min-h-11 rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white">
            Thử lại · Try again
          </button>
        </main>
      </body>
    </html>
  )
}
