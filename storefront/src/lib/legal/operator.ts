/**
 * The marketplace operator's public details (Decree 52/2013 as amended by
 * 85/2021: a marketplace publishes who runs it). These are SAMPLE values,
 * shown with a "sample data" notice until `isSample` is false: replace them
 * with the operator's real registration before going live.
 */
export const OPERATOR = {
  isSample: true,
  name: { vi: "Ban quản lý Chợ OCOP Cao Bằng (mẫu)", en: "Cao Bằng OCOP Market management board (sample)" },
  address: "Số 1 đường Mẫu, phường Thục Phán, tỉnh Cao Bằng",
  phone: "+842063000000",
  email: "hotro@example.com",
  registration: { vi: "Chưa cập nhật (dữ liệu mẫu)", en: "Not provided yet (sample data)" },
  hours: { vi: "Thứ Hai – Thứ Sáu, 7:30 – 17:00", en: "Monday – Friday, 7:30 – 17:00" },
} as const

/**
 * Flat delivery fees seeded by the backend (scripts/seeding/shop-setup.ts).
 * The checkout shows the live options; these are quoted on policy pages.
 */
export const DELIVERY_FEES = { standard: 30_000, express: 50_000 } as const
