/**
 * A handful of real Cao Bằng OCOP specialties so the shop is never empty.
 * Prices are whole VND; weights are grams.
 */
export type StarterProduct = {
  handle: string
  title: string
  subtitle: string
  description: string
  sku: string
  price: number
  stock: number
  weight: number
}

export const STARTER_PRODUCTS: StarterProduct[] = [
  {
    handle: "banh-khao-son-tong",
    title: "Bánh khảo Sơn Tòng",
    subtitle: "Hộp 500 g",
    description:
      "Bánh khảo truyền thống của người Tày Cao Bằng, làm từ gạo nếp rang, đường và nhân lạc, thơm bùi, tan trong miệng.",
    sku: "SONTONG-BANHKHAO-500",
    price: 85000,
    stock: 120,
    weight: 550,
  },
  {
    handle: "nam-huong-truc-mai",
    title: "Nấm hương Trúc Mai",
    subtitle: "Túi 300 g",
    description: "Nấm hương rừng sấy khô, mũ dày, thơm đậm, trồng trên gỗ dẻ tại Cao Bằng.",
    sku: "TRUCMAI-NAMHUONG-300",
    price: 180000,
    stock: 60,
    weight: 350,
  },
  {
    handle: "mien-dong-tan-viet-a",
    title: "Miến dong Tân Việt Á",
    subtitle: "Gói 500 g",
    description: "Miến làm từ tinh bột củ dong riềng Cao Bằng, sợi dai, không chất tẩy trắng.",
    sku: "TANVIETA-MIENDONG-500",
    price: 65000,
    stock: 200,
    weight: 520,
  },
  {
    handle: "hat-de-trung-khanh",
    title: "Hạt dẻ Trùng Khánh",
    subtitle: "Túi 1 kg",
    description: "Hạt dẻ mang chỉ dẫn địa lý Trùng Khánh, hạt to, bở, vị ngọt bùi đặc trưng.",
    sku: "TRUNGKHANH-HATDE-1000",
    price: 150000,
    stock: 80,
    weight: 1050,
  },
  {
    handle: "ruou-ngo-dai-hoang",
    title: "Rượu ngô Đại Hoàng",
    subtitle: "Chai 500 ml, 40% vol",
    description: "Rượu ngô nấu thủ công từ ngô nếp bản địa Hòa An, men lá truyền thống. Sản phẩm dành cho người từ 18 tuổi.",
    sku: "DAIHOANG-RUOUNGO-500",
    price: 120000,
    stock: 48,
    weight: 900,
  },
]
