import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { getProductByHandle } from "@/lib/data/products"
import ProductTemplate from "@/modules/products/templates/product-template"

type Props = { params: Promise<{ locale: string; handle: string }> }

export const revalidate = 60

export function generateStaticParams(): { handle: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const product = await getProductByHandle(handle)
  if (!product) return {}
  return { title: product.title, description: product.description ?? undefined }
}

export default async function ProductPage({ params }: Props) {
  const { locale, handle } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const product = await getProductByHandle(handle)
  if (!product) notFound()
  return <ProductTemplate product={product} />
}
