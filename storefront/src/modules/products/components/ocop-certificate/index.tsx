import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { productSetLabel } from "@/lib/ocop-labels"
import type { OcopBadge } from "@/lib/types"
import { formatDay } from "@/lib/util/dates"
import SampleBadge from "@/modules/common/components/sample-badge"

/**
 * The OCOP certificate behind the star badge. Rendered only when the backend
 * sends a badge: it sends none for an expired (past grace) or revoked certificate.
 */
export default async function OcopCertificate({ badge, locale }: { badge: OcopBadge; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "product" })
  const rows: [string, string][] = [
    [t("certificate.number"), badge.certificate_number],
    [t("certificate.decision"), badge.decision_number],
    [t("certificate.issuer"), badge.issuer],
    [t("certificate.issuedAt"), formatDay(badge.issued_at, locale)],
    [t("certificate.validUntil"), formatDay(badge.expires_at, locale)],
    [t("certificate.productSet"), productSetLabel(badge.product_set, locale)],
  ]
  const status =
    badge.status === "expiring" ? t("certificate.expiring") : badge.status === "renewal_pending" ? t("certificate.renewal") : null
  return (
    <section aria-labelledby="ocop-certificate-heading" className="rounded-2xl bg-amber-50 p-4 ring-1 ring-amber-300" data-testid="ocop-certificate">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="ocop-certificate-heading" className="text-lg font-bold text-stone-900">
          {t("certificate.title")}
        </h2>
        {badge.is_sample ? <SampleBadge label={t("sample")} testId="certificate-sample" /> : null}
      </div>
      <p className="mt-2 flex items-center gap-2 text-amber-900" data-testid="ocop-certificate-stars">
        <span aria-hidden="true" className="text-2xl leading-none tracking-wider text-amber-600">
          {"★".repeat(badge.stars)}
        </span>
        <span className="font-bold">{t("ocopStars", { stars: badge.stars })}</span>
        {status ? <span className="rounded-full bg-white px-2 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-amber-400">{status}</span> : null}
      </p>
      <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold text-stone-700">{term}</dt>
            <dd className="text-stone-900">{value}</dd>
          </div>
        ))}
      </dl>
      {badge.is_sample ? <p className="mt-3 text-sm text-amber-900">{t("sampleCertificate")}</p> : null}
    </section>
  )
}
