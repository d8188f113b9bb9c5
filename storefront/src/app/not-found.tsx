import "./globals.css"

/** Requests outside any locale (rare: the proxy adds one) get a bilingual page. */
export default function GlobalNotFound() {
  return (
    <html lang="vi">
      <body className="flex min-h-screen items-center justify-center p-6">
        <main className="max-w-md text-center">
          <h1 className="text-2xl font-bold">Không tìm thấy trang · Page not found</h1>
          <p className="mt-4">
            <a className="text-brand-700 underline" href="/vi">
              Về trang chủ
            </a>{" "}
            ·{" "}
            <a className="text-brand-700 underline" href="/en">
              Home
            </a>
          </p>
        </main>
      </body>
    </html>
  )
}
