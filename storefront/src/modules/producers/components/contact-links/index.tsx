import { formatPhone, safeZaloHref, telHref } from "@/lib/util/phone"

type Props = {
  phone: string | null
  zalo: string | null
  /** `zaloLabel` names the producer and warns that Zalo opens in a new window. */
  labels: { call: (phone: string) => string; zalo: string; zaloLabel: string }
}

/** Call and Zalo buttons: the two ways shoppers in Vietnam expect to reach a producer. */
export default function ContactLinks({ phone, zalo, labels }: Props) {
  const zaloHref = safeZaloHref(zalo)
  if (!phone && !zaloHref) return null
  return (
    <ul className="flex flex-wrap gap-2" data-testid="contact-links">
      {phone ? (
        <li>
          <a
            href={telHref(phone)}
            className="inline-flex min-h-11 items-center gap-2 rounded-xl bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
            data-testid="producer-phone"
          >
            <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2" />
            </svg>
            <span>{labels.call(formatPhone(phone))}</span>
          </a>
        </li>
      ) : null}
      {zaloHref ? (
        <li>
          <a
            href={zaloHref}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={labels.zaloLabel}
            className="inline-flex min-h-11 items-center gap-2 rounded-xl bg-sky-700 px-4 font-semibold text-white hover:bg-sky-800"
            data-testid="producer-zalo"
          >
            <span aria-hidden="true" className="rounded bg-white px-1 text-xs font-bold text-sky-800">
              Zalo
            </span>
            <span>{labels.zalo}</span>
          </a>
        </li>
      ) : null}
    </ul>
  )
}
