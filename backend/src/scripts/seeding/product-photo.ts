import sharp from "sharp"

/**
 * The seed's picture as a JPEG, as a producer's photo would arrive. Shoppers'
 * browsers then decode a small bitmap instead of laying out one SVG document
 * per card on the main thread, and Shopee and Lazada (JPEG/PNG only) accept it.
 * The text is drawn with the fonts installed here (Noto Sans in our images).
 */
export async function rasteriseProductImage(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg, "utf8")).flatten().jpeg({ quality: 82, mozjpeg: true }).toBuffer()
}
