import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"
import type { Namespace } from "@/i18n/messages"

/**
 * Gives client components the translations of a few namespaces only. The root
 * layout provides none, so cached browse pages carry no message catalogue;
 * the interactive pages (cart, checkout, account) wrap their forms in this.
 */
export default async function ClientMessages({ namespaces, children }: { namespaces: Namespace[]; children: ReactNode }) {
  const all = await getMessages()
  const picked = Object.fromEntries(namespaces.map((namespace) => [namespace, all[namespace]]))
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>
}
