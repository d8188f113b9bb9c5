import { getLocale } from "next-intl/server"
import type { AnchorHTMLAttributes } from "react"
import { localizedHref } from "./localized-href"

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { href: string }

/**
 * A link for server components: a plain anchor with the locale prefix added
 * on the server. Browse pages are cached HTML, so a full navigation is quick,
 * and plain anchors cost nothing to hydrate and fetch nothing ahead (next/link
 * made every card a client component prefetching its page over mobile data).
 * Client islands (cart, checkout, account) keep next-intl's Link from
 * ./navigation for in-app transitions.
 */
export async function Link({ href, ...rest }: Props) {
  const locale = await getLocale()
  return <a href={localizedHref(href, locale)} {...rest} />
}
