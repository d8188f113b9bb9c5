import NextLink from "next/link"
import { getLocale } from "next-intl/server"
import type { ComponentProps } from "react"
import { localizedHref } from "./localized-href"

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string }

/**
 * A link for server components: the locale prefix is added on the server, so
 * browse pages ship plain next/link and no i18n runtime. (next-intl's Link is
 * a client component that needs a client-side provider; client components
 * under ClientMessages still use that one from ./navigation.)
 */
export async function Link({ href, ...rest }: Props) {
  const locale = await getLocale()
  return <NextLink href={localizedHref(href, locale)} {...rest} />
}
