import { getTranslations } from "next-intl/server"
import QRCode from "qrcode"
import type { PaymentInstructions } from "@/lib/data/orders"
import { formatVnd } from "@/lib/util/money"

type VietQr = NonNullable<PaymentInstructions["vietqr"]>

/**
 * The VietQR code (drawn on the server as inline SVG: no script, no image
 * request) and the same transfer details as text for those who type them.
 */
export default async function VietQrBox({ vietqr, amount, paid }: { vietqr: VietQr; amount: number; paid: boolean }) {
  const t = await getTranslations("order")
  const svg = await QRCode.toString(vietqr.payload, { type: "svg", errorCorrectionLevel: "M", margin: 2 })
  const rows: [string, string, string][] = [
    [t("bank"), vietqr.bank_name, "vietqr-bank"],
    [t("accountNumber"), vietqr.account_number, "vietqr-account"],
    [t("accountName"), vietqr.account_name, "vietqr-name"],
    [t("amount"), formatVnd(amount), "vietqr-amount"],
    [t("purpose"), vietqr.purpose, "vietqr-purpose"],
  ]
  return (
    <section className="rounded-2xl bg-white p-4 ring-1 ring-stone-200" aria-labelledby="vietqr-heading" data-testid="vietqr">
      <h2 id="vietqr-heading" className="text-lg font-bold">
        {t("vietqrTitle")}
      </h2>
      <p className="mt-1 text-stone-600">{t("vietqrIntro")}</p>
      {vietqr.is_sample ? (
        <p className="mt-2 rounded-lg bg-amber-50 p-2 text-sm font-semibold text-amber-900">{t("sampleAccount")}</p>
      ) : null}
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <figure
          role="img"
          aria-label={t("qrAlt", { amount: formatVnd(amount), code: vietqr.purpose })}
          className="mx-auto w-full max-w-64"
          data-payload={vietqr.payload}
          data-testid="vietqr-code"
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 self-center">
          {rows.map(([label, text, id]) => (
            <div key={id} className="contents">
              <dt className="text-stone-600">{label}</dt>
              <dd className="font-semibold" data-testid={id}>
                {text}
              </dd>
            </div>
          ))}
        </dl>
      </div>
      <p className="mt-3 text-sm" role="status">
        {paid ? t("paid") : t("awaiting")}
      </p>
    </section>
  )
}
