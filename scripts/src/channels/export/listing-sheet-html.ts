import type { PlainRow } from "./plain-rows"

/**
 * A printable listing sheet (one card per SKU) for producers and post-office
 * staff who list by hand: open in a browser, print, or save as PDF.
 */
function escapeHtml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;").replace(/'/gu, "&#39;")
}

const vnd = new Intl.NumberFormat("vi-VN")

function fact(label: string, value: string | number | null): string {
  if (value === null || value === "") return ""
  return `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(String(value))}</td></tr>`
}

export function listingSheetHtml(rows: PlainRow[], options: { title: string; imageDir: string; generatedOn: string }): string {
  const cards = rows
    .map((row) => {
      const cover = row.images[0]
      const picture = cover ? `<img src="${escapeHtml(`${options.imageDir}/${cover}`)}" alt="${escapeHtml(row.name)}">` : `<div class="no-image">Chưa có ảnh</div>`
      const ocop = row.stars
        ? `<p class="ocop">OCOP ${escapeHtml(row.stars)} · GCN số ${escapeHtml(row.certificateNumber)} · hiệu lực đến ${escapeHtml(row.validUntil)}</p>`
        : ""
      return `<section class="card">
${picture}
<div>
<h2>${escapeHtml(row.name)}</h2>
${ocop}
<table>
${fact("SKU", row.sku)}${fact("Quy cách", row.pack)}${fact("Giá", `${vnd.format(row.priceVnd)} ₫`)}${fact("Tồn kho", row.stock)}
${fact("Quyết định", row.decision)}${fact("Cơ quan cấp", row.issuer)}
${fact("Chủ thể", row.producer ? `${row.producer} (${row.producerType})` : "")}${fact("Xã/huyện", row.place)}
${fact("Khối lượng", row.weightGrams === null ? "" : `${row.weightGrams} g`)}${fact("Kích thước", row.size ? `${row.size} cm` : "")}
${fact("Thành phần", row.ingredients)}${fact("Hạn dùng", row.shelfLife)}${fact("Bảo quản", row.storage)}
${fact("Ảnh", row.images.join(", "))}
</table>
<pre>${escapeHtml(row.description)}</pre>
</div>
</section>`
    })
    .join("\n")
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${escapeHtml(options.title)}</title>
<style>
body { font-family: "Segoe UI", Arial, sans-serif; margin: 1.5rem; color: #222; }
.card { display: grid; grid-template-columns: 180px 1fr; gap: 1rem; border: 1px solid #ccc; padding: 1rem; margin-bottom: 1rem; page-break-inside: avoid; }
.card img, .no-image { width: 180px; height: 180px; object-fit: cover; background: #f2f2f2; display: flex; align-items: center; justify-content: center; }
h2 { margin: 0 0 .25rem; font-size: 1.1rem; }
.ocop { color: #a15c00; font-weight: 600; margin: 0 0 .5rem; }
th { text-align: left; padding-right: .75rem; vertical-align: top; white-space: nowrap; }
pre { white-space: pre-wrap; font-family: inherit; font-size: .9rem; }
@media print { body { margin: 0; } .card { border-color: #999; } }
</style>
</head>
<body>
<h1>${escapeHtml(options.title)}</h1>
<p>Lập ngày ${escapeHtml(options.generatedOn)} · ${rows.length} SKU</p>
${cards}
</body>
</html>
`
}
