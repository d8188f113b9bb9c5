import type { Stars } from "../../../modules/ocop/domain/certificate-rules"
import { communeLabel, findCommune } from "../../../modules/ocop/domain/geography"
import { slugify } from "../../../modules/ocop/domain/text"
import { PRODUCERS } from "./producers"
import { createRandom, type Random } from "./random"
import { KINDS, SPIRIT_WARNING, type KindKey, type ProductKind } from "./templates"
import { buildTimeline, numberCertificates, REVOCATION_REASONS, type Fate, type Round } from "./timeline"
import type { SeedLabel, SeedProduct, SeedVariant } from "./types"

/**
 * The 144 OCOP products of the H1 2024 report: 13 at 4★ and 131 at 3★;
 * 124 food, 11 beverages, 6 handicrafts, 3 tourism services.
 *
 * - DOCUMENTED (is_sample: false): products named with their stars in the
 *   province's report and press (docs/domain.md). Their name, producer (where
 *   known), place and stars are real; the certificate's number and date, the
 *   label details, prices and stock are illustrative.
 * - SAMPLE_ROWS (is_sample: true): generated deterministically (seeded PRNG)
 *   from the kinds in templates.ts; this includes documented products whose
 *   stars are not known (bánh khảo Sơn Tòng, bún khô Ba sạch Hưng Đạo, …),
 *   seeded at 3★ with an invented certificate.
 */

const SEED = 1442024

const producerByKey = new Map(PRODUCERS.map((producer) => [producer.key, producer]))

function producerOf(key: string) {
  const producer = producerByKey.get(key)
  if (!producer) throw new Error(`Unknown producer ${key}`)
  return producer
}

function communeOf(key: string) {
  const producer = producerOf(key)
  const commune = findCommune(producer.commune)
  if (!commune) throw new Error(`Unknown commune ${producer.commune} for ${key}`)
  return commune
}

/** "Xã Minh Tâm, tỉnh Cao Bằng, Việt Nam" */
export function originOf(producerKey: string): string {
  const label = communeLabel(communeOf(producerKey))
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}, tỉnh Cao Bằng, Việt Nam`
}

type DocumentedSpec = Omit<SeedProduct, "certificate" | "renewal" | "renewal_filed_at" | "revoked" | "is_sample" | "label"> & {
  round: Round
  label: Omit<SeedLabel, "origin">
}

const DRY = "Nơi khô ráo, thoáng mát, tránh ánh nắng trực tiếp; buộc kín túi sau khi mở"
const SPIRIT_STORAGE = "Nơi khô ráo, thoáng mát, tránh ánh nắng; đậy kín nắp sau khi dùng"
const CHILLED = "Bảo quản ngăn mát tủ lạnh 0–5 °C hoặc ngăn đông; dùng hết trong 3 ngày sau khi mở gói"

const variant = (title: string, sku: string, price: number, weight_g: number, size: [number, number, number], stock: number): SeedVariant => ({
  title,
  sku,
  price,
  weight_g,
  length_cm: size[0],
  width_cm: size[1],
  height_cm: size[2],
  stock,
})

const DOCUMENTED: DocumentedSpec[] = [
  // 4★
  {
    handle: "mien-dong-tan-viet-a",
    title: "Miến dong Tân Việt Á",
    subtitle: "Gói 500 g",
    description:
      "Miến dong Tân Việt Á được làm từ tinh bột củ dong riềng trồng trên đất đồi xã Minh Tâm, tráng và phơi theo quy trình của hợp tác xã. Sợi miến dai, trong, nấu không nát và không dùng chất tẩy trắng. Sản phẩm được nâng hạng từ OCOP 3 sao lên 4 sao năm 2023.",
    producer: "htx-nong-san-tan-viet-a",
    product_set: "che_bien_tu_rau_cu_qua_hat",
    stars: 4,
    round: "late23",
    label: {
      net_quantity: "Gói 500 g",
      ingredients: "Tinh bột dong riềng 100%",
      shelf_life: "12 tháng kể từ ngày sản xuất",
      storage: DRY,
      usage: "Ngâm nước ấm 5–7 phút trước khi xào hoặc nấu canh",
    },
    variants: [
      variant("Gói 500 g", "TVA-MDG-500G", 55_000, 540, [30, 20, 5], 180),
      variant("Túi 1 kg", "TVA-MDG-1KG", 105_000, 1060, [35, 25, 7], 120),
    ],
    shippable: true,
    tags: ["miến dong", "dong riềng", "đặc sản cao bằng"],
  },
  {
    handle: "lap-suon-tam-hoa",
    title: "Lạp sườn Tâm Hòa",
    subtitle: "Gói 500 g",
    description:
      "Lạp sườn Tâm Hòa được làm từ thịt lợn nạc vai và mỡ phần, ướp theo cách làm lạp sườn truyền thống của vùng cao Cao Bằng rồi hun khói. Thớ thịt chắc, thơm mùi khói củi, vị ngọt mặn hài hòa. Sản phẩm đạt OCOP 4 sao trong đợt đánh giá năm 2023.",
    producer: "htx-tam-hoa",
    product_set: "che_bien_tu_thit_trung_sua_thuy_san",
    stars: 4,
    round: "late23",
    label: {
      net_quantity: "Gói 500 g",
      ingredients: "Thịt lợn nạc vai, mỡ lợn, rượu ngô, đường, muối, gừng, hạt tiêu",
      shelf_life: "3 tháng ở ngăn mát; 6 tháng ở ngăn đông",
      storage: CHILLED,
      usage: "Hấp cách thủy 15 phút hoặc chiên nhỏ lửa, thái lát mỏng",
    },
    variants: [
      variant("Gói 500 g", "TAMHOA-LSN-500G", 180_000, 540, [28, 18, 4], 140),
      variant("Gói 1 kg", "TAMHOA-LSN-1KG", 350_000, 1060, [32, 22, 5], 60),
    ],
    shippable: true,
    tags: ["lạp sườn", "lạp sườn cao bằng", "quà tết"],
  },
  {
    handle: "nam-huong-truc-mai",
    title: "Nấm hương Trúc Mai",
    subtitle: "Túi 300 g",
    description:
      "Nấm hương Trúc Mai là nấm hương khô được tuyển chọn, phân loại theo kích cỡ và đóng gói tại cơ sở Trúc Mai. Nấm dày cùi, thơm đậm sau khi ngâm, hợp với các món xào, hầm và nấu canh. Sản phẩm được công nhận OCOP 4 sao trong đợt đánh giá năm 2022.",
    producer: "co-so-truc-mai",
    product_set: "mat_ong_nong_san_khac",
    stars: 4,
    round: "p23",
    label: {
      net_quantity: "Túi 300 g",
      ingredients: "Nấm hương khô 100%",
      shelf_life: "12 tháng kể từ ngày đóng gói",
      storage: DRY,
      usage: "Ngâm nước ấm 20–30 phút, rửa sạch trước khi chế biến",
    },
    variants: [
      variant("Túi 300 g", "TRUCMAI-NMH-300G", 290_000, 360, [25, 18, 8], 95),
      variant("Túi 100 g", "TRUCMAI-NMH-100G", 105_000, 130, [20, 14, 6], 150),
    ],
    shippable: true,
    tags: ["nấm hương", "nấm rừng", "nông sản khô"],
  },
  {
    handle: "luc-tra-kolia",
    title: "Lục trà Kolia",
    subtitle: "Hộp 100 g",
    description:
      "Lục trà Kolia được chế biến từ búp chè shan tuyết vùng Phja Đén, xã Thành Công, theo phương pháp trà xanh không lên men. Nước trà xanh trong, hương cốm non, vị chát nhẹ và ngọt hậu. Sản phẩm đạt OCOP 4 sao.",
    producer: "cong-ty-tnhh-kolia-cao-bang",
    product_set: "che_tuoi_che_bien",
    stars: 4,
    round: "p23",
    label: {
      net_quantity: "Hộp 100 g",
      ingredients: "Búp chè shan tuyết 100%",
      shelf_life: "24 tháng kể từ ngày sản xuất",
      storage: "Đựng trong hộp kín, tránh ẩm và mùi lạ",
      usage: "Dùng 5 g trà cho 200 ml nước 80–85 °C, hãm 2–3 phút",
    },
    variants: [
      variant("Hộp 100 g", "KOLIA-LUC-100G", 180_000, 220, [12, 8, 12], 120),
      variant("Hộp 250 g", "KOLIA-LUC-250G", 380_000, 400, [16, 10, 14], 45),
    ],
    shippable: true,
    tags: ["lục trà", "chè shan tuyết", "trà cao bằng"],
  },
  {
    handle: "hong-tra-kolia",
    title: "Hồng trà Kolia",
    subtitle: "Hộp 100 g",
    description:
      "Hồng trà Kolia được làm từ búp chè shan tuyết vùng Phja Đén, lên men hoàn toàn rồi sấy khô. Nước trà màu đỏ hổ phách, thơm mùi mật ong và quả chín, uống nóng hay pha trà sữa đều hợp. Sản phẩm đạt OCOP 4 sao.",
    producer: "cong-ty-tnhh-kolia-cao-bang",
    product_set: "che_tuoi_che_bien",
    stars: 4,
    round: "p23",
    label: {
      net_quantity: "Hộp 100 g",
      ingredients: "Búp chè shan tuyết 100%",
      shelf_life: "24 tháng kể từ ngày sản xuất",
      storage: "Đựng trong hộp kín, tránh ẩm và mùi lạ",
      usage: "Dùng 5 g trà cho 200 ml nước sôi 95 °C, hãm 3–4 phút",
    },
    variants: [variant("Hộp 100 g", "KOLIA-HONG-100G", 200_000, 220, [12, 8, 12], 110)],
    shippable: true,
    tags: ["hồng trà", "chè shan tuyết", "trà cao bằng"],
  },
  {
    handle: "tra-o-long-kolia",
    title: "Trà ô long Kolia",
    subtitle: "Hộp 100 g",
    description:
      "Trà ô long Kolia được làm từ búp chè shan tuyết vùng Phja Đén, lên men một phần rồi vò viên và sấy nhiều lần. Nước trà vàng sáng, hương hoa, vị dịu và hậu ngọt kéo dài qua nhiều lần pha. Sản phẩm đạt OCOP 4 sao.",
    producer: "cong-ty-tnhh-kolia-cao-bang",
    product_set: "che_tuoi_che_bien",
    stars: 4,
    round: "p23",
    label: {
      net_quantity: "Hộp 100 g",
      ingredients: "Búp chè shan tuyết 100%",
      shelf_life: "24 tháng kể từ ngày sản xuất",
      storage: "Đựng trong hộp kín, tránh ẩm và mùi lạ",
      usage: "Dùng 7 g trà cho 150 ml nước 90–95 °C; pha được 5–6 lần nước",
    },
    variants: [
      variant("Hộp 100 g", "KOLIA-OLONG-100G", 250_000, 230, [12, 8, 12], 80),
      variant("Hộp 200 g", "KOLIA-OLONG-200G", 390_000, 380, [16, 10, 14], 30),
    ],
    shippable: true,
    tags: ["trà ô long", "chè shan tuyết", "trà cao bằng"],
  },
  {
    handle: "ruou-ngo-dai-hoang-cao-bang",
    title: "Rượu ngô Đại Hoàng Cao Bằng",
    subtitle: "Chai 500 ml",
    description:
      "Rượu ngô Đại Hoàng Cao Bằng được nấu từ ngô hạt vùng Hòa An, lên men bằng men lá truyền thống và chưng cất bằng nồi đồng. Rượu trong, thơm mùi ngô chín, uống êm và có hậu ngọt. Đây là một trong ba sản phẩm rượu Đại Hoàng đạt OCOP 4 sao.",
    producer: "htx-ruou-ngo-dai-hoang",
    product_set: "ruou_trang",
    stars: 4,
    round: "p21b",
    label: {
      net_quantity: "Chai 500 ml",
      ingredients: "Ngô hạt, men lá truyền thống, nước",
      shelf_life: "36 tháng kể từ ngày đóng chai",
      storage: SPIRIT_STORAGE,
      alcohol_percent: 39,
      warnings: SPIRIT_WARNING,
    },
    variants: [
      variant("Chai 500 ml", "DAIHOANG-CB-500ML", 150_000, 900, [8, 8, 28], 150),
      variant("Chai 1 lít", "DAIHOANG-CB-1L", 250_000, 1600, [10, 10, 32], 70),
    ],
    shippable: true,
    tags: ["rượu ngô", "rượu hòa an"],
  },
  {
    handle: "ruou-ngo-dai-hoang-long-phung",
    title: "Rượu ngô Đại Hoàng Long Phụng",
    subtitle: "Bình 750 ml",
    description:
      "Rượu ngô Đại Hoàng Long Phụng là dòng rượu ngô Hòa An được ủ lâu năm và đóng trong bình gốm dáng long phụng. Rượu có hương ngô đậm, vị cay êm, phù hợp làm quà biếu dịp lễ Tết. Sản phẩm đạt OCOP 4 sao.",
    producer: "htx-ruou-ngo-dai-hoang",
    product_set: "ruou_trang",
    stars: 4,
    round: "p21b",
    label: {
      net_quantity: "Bình 750 ml",
      ingredients: "Ngô hạt, men lá truyền thống, nước",
      shelf_life: "36 tháng kể từ ngày đóng chai",
      storage: SPIRIT_STORAGE,
      alcohol_percent: 40,
      warnings: SPIRIT_WARNING,
    },
    variants: [variant("Bình 750 ml", "DAIHOANG-LP-750ML", 220_000, 1500, [14, 14, 30], 40)],
    shippable: true,
    tags: ["rượu ngô", "rượu hòa an", "quà biếu"],
  },
  {
    handle: "ruou-ngo-dai-hoang-tien-tuu",
    title: "Rượu ngô Đại Hoàng Tiên Tửu",
    subtitle: "Bình 500 ml",
    description:
      "Rượu ngô Đại Hoàng Tiên Tửu được chọn từ những mẻ rượu ngô Hòa An có nồng độ cao, hạ thổ trong chum sành trước khi đóng bình. Rượu trong, thơm nồng và có hậu ngọt sâu. Sản phẩm đạt OCOP 4 sao.",
    producer: "htx-ruou-ngo-dai-hoang",
    product_set: "ruou_trang",
    stars: 4,
    round: "p21b",
    label: {
      net_quantity: "Bình 500 ml",
      ingredients: "Ngô hạt, men lá truyền thống, nước",
      shelf_life: "36 tháng kể từ ngày đóng chai",
      storage: SPIRIT_STORAGE,
      alcohol_percent: 42,
      warnings: SPIRIT_WARNING,
    },
    variants: [variant("Bình 500 ml", "DAIHOANG-TT-500ML", 240_000, 1100, [12, 12, 26], 35)],
    shippable: true,
    tags: ["rượu ngô", "rượu hòa an", "quà biếu"],
  },

  // 3★, Hòa An
  {
    handle: "tra-xanh-tai-ho-sin",
    title: "Trà xanh Tài Hồ Sìn",
    subtitle: "Hộp 200 g",
    description:
      "Trà xanh Tài Hồ Sìn được làm từ búp chè shan tuyết của các hộ người Dao ở xóm Tài Hồ Sìn, sao tay trên chảo gang. Nước trà xanh vàng, vị chát dịu và ngọt hậu. Sản phẩm đạt OCOP 3 sao.",
    producer: "tht-che-tai-ho-sin",
    product_set: "che_tuoi_che_bien",
    stars: 3,
    round: "p21a",
    label: {
      net_quantity: "Hộp 200 g",
      ingredients: "Búp chè shan tuyết 100%",
      shelf_life: "18 tháng kể từ ngày sản xuất",
      storage: "Đựng trong hộp kín, tránh ẩm và mùi lạ",
      usage: "Tráng ấm bằng nước sôi, dùng 5–7 g chè cho 200 ml nước 85–90 °C",
    },
    variants: [
      variant("Hộp 200 g", "TAIHOSIN-CHX-200G", 150_000, 300, [15, 10, 8], 90),
      variant("Túi 500 g", "TAIHOSIN-CHX-500G", 320_000, 580, [25, 18, 8], 40),
    ],
    shippable: true,
    tags: ["trà xanh", "chè shan tuyết", "trà cao bằng"],
  },
  {
    handle: "mat-ong-rung-hoang-tung",
    title: "Mật ong rừng Hoàng Tung",
    subtitle: "Chai 500 ml",
    description:
      "Mật ong rừng Hoàng Tung được thu từ những đàn ong nội nuôi ven rừng tự nhiên của xã Hoàng Tung cũ. Mật sánh, màu hổ phách, thơm mùi hoa rừng. Sản phẩm đạt OCOP 3 sao.",
    producer: "tht-nuoi-ong-hoang-tung",
    product_set: "mat_ong_nong_san_khac",
    stars: 3,
    round: "p21a",
    label: {
      net_quantity: "Chai 500 ml",
      ingredients: "Mật ong nguyên chất 100%",
      shelf_life: "24 tháng kể từ ngày đóng chai",
      storage: "Nơi khô ráo, thoáng mát, tránh ánh nắng; đậy kín nắp, không cần để tủ lạnh",
      warnings: "Không dùng cho trẻ dưới 1 tuổi.",
    },
    variants: [
      variant("Chai 500 ml", "HOANGTUNG-MON-500ML", 250_000, 850, [8, 8, 20], 70),
      variant("Chai 1 lít", "HOANGTUNG-MON-1L", 450_000, 1600, [10, 10, 26], 25),
    ],
    shippable: true,
    tags: ["mật ong", "mật ong rừng"],
  },
  {
    handle: "bun-trang-kho-co-luyen",
    title: "Bún trắng khô cô Luyến",
    subtitle: "Gói 500 g",
    description:
      "Bún trắng khô cô Luyến được làm từ gạo tẻ trồng ở Hòa An, tráng, thái sợi rồi phơi trên giàn tre ngoài nắng. Sợi bún dai, trắng tự nhiên, chỉ cần trần qua nước sôi là dùng được. Sản phẩm đạt OCOP 3 sao.",
    producer: "co-so-bun-co-luyen",
    product_set: "che_bien_tu_gao_ngu_coc",
    stars: 3,
    round: "p21a",
    label: {
      net_quantity: "Gói 500 g",
      ingredients: "Gạo tẻ 100%",
      shelf_life: "12 tháng kể từ ngày sản xuất",
      storage: DRY,
      usage: "Trần qua nước sôi 3–5 phút, xả lại nước lạnh trước khi chế biến",
    },
    variants: [
      variant("Gói 500 g", "COLUYEN-BUN-500G", 30_000, 530, [30, 20, 4], 220),
      variant("Gói 1 kg", "COLUYEN-BUN-1KG", 55_000, 1050, [35, 25, 6], 140),
    ],
    shippable: true,
    tags: ["bún khô", "gạo địa phương"],
  },
  {
    handle: "bun-cam-kho-co-luyen",
    title: "Bún cẩm khô cô Luyến",
    subtitle: "Gói 500 g",
    description:
      "Bún cẩm khô cô Luyến được làm từ gạo nếp cẩm và gạo tẻ, cho sợi bún màu tím tự nhiên. Bún có mùi thơm nhẹ của nếp cẩm, sợi dai và không dùng phẩm màu. Sản phẩm đạt OCOP 3 sao.",
    producer: "co-so-bun-co-luyen",
    product_set: "che_bien_tu_gao_ngu_coc",
    stars: 3,
    round: "p23",
    label: {
      net_quantity: "Gói 500 g",
      ingredients: "Gạo tẻ, gạo nếp cẩm",
      shelf_life: "9 tháng kể từ ngày sản xuất",
      storage: DRY,
      usage: "Trần qua nước sôi 3–4 phút, không nấu quá lâu để giữ màu",
    },
    variants: [variant("Gói 500 g", "COLUYEN-BUNCAM-500G", 40_000, 530, [30, 20, 4], 160)],
    shippable: true,
    tags: ["bún cẩm", "bún khô", "màu tự nhiên"],
  },
  {
    handle: "mien-dong-cuong-yen",
    title: "Miến dong Cường Yên",
    subtitle: "Gói 500 g",
    description:
      "Miến dong Cường Yên được tráng từ tinh bột củ dong riềng của bà con Hòa An và phơi nắng tự nhiên. Sợi miến trong, dai, nấu không nát. Sản phẩm đạt OCOP 3 sao.",
    producer: "co-so-mien-dong-cuong-yen",
    product_set: "che_bien_tu_rau_cu_qua_hat",
    stars: 3,
    round: "p21b",
    label: {
      net_quantity: "Gói 500 g",
      ingredients: "Tinh bột dong riềng 100%",
      shelf_life: "12 tháng kể từ ngày sản xuất",
      storage: DRY,
      usage: "Ngâm nước ấm 5–7 phút trước khi xào hoặc nấu canh",
    },
    variants: [
      variant("Gói 500 g", "CUONGYEN-MDG-500G", 55_000, 540, [30, 20, 5], 130),
      variant("Túi 1 kg", "CUONGYEN-MDG-1KG", 100_000, 1060, [35, 25, 7], 75),
    ],
    shippable: true,
    tags: ["miến dong", "dong riềng"],
  },
  {
    handle: "thach-den-su-hao",
    title: "Thạch đen Su Hào",
    subtitle: "Túi 500 g",
    description:
      "Thạch đen Su Hào là cây thạch đen trồng trên đất đồi Hòa An, thu hoạch khi cây ra hoa rồi ủ và phơi khô. Nấu lấy nước rồi để đông, thạch có màu đen bóng và vị mát. Sản phẩm đạt OCOP 3 sao.",
    producer: "co-so-thach-den-su-hao",
    product_set: "che_bien_tu_rau_cu_qua_hat",
    stars: 3,
    round: "p21b",
    label: {
      net_quantity: "Túi 500 g",
      ingredients: "Cây thạch đen phơi khô 100%",
      shelf_life: "12 tháng kể từ ngày đóng gói",
      storage: DRY,
      usage: "Nấu cây với nước 2–3 giờ, lọc lấy nước, hòa bột năng rồi để nguội cho đông",
    },
    variants: [variant("Túi 500 g", "SUHAO-THD-500G", 75_000, 530, [30, 20, 10], 110)],
    shippable: true,
    tags: ["thạch đen", "giải nhiệt"],
  },
  {
    handle: "ruou-ngo-binh-long",
    title: "Rượu ngô Bình Long",
    subtitle: "Chai 500 ml",
    description:
      "Rượu ngô Bình Long được nấu từ ngô hạt vàng và men lá tự làm, chưng cất bằng nồi đồng theo cách của gia đình. Rượu được để lắng trong chum sành trước khi đóng chai, uống êm và thơm. Sản phẩm đạt OCOP 3 sao.",
    producer: "co-so-ruou-ngo-binh-long",
    product_set: "ruou_trang",
    stars: 3,
    round: "p21b",
    label: {
      net_quantity: "Chai 500 ml",
      ingredients: "Ngô hạt, men lá truyền thống, nước",
      shelf_life: "36 tháng kể từ ngày đóng chai",
      storage: SPIRIT_STORAGE,
      alcohol_percent: 38,
      warnings: SPIRIT_WARNING,
    },
    variants: [
      variant("Chai 500 ml", "BINHLONG-RNG-500ML", 110_000, 900, [8, 8, 28], 85),
      variant("Chai 1 lít", "BINHLONG-RNG-1L", 200_000, 1600, [10, 10, 32], 40),
    ],
    shippable: true,
    tags: ["rượu ngô", "rượu hòa an"],
  },
  {
    handle: "gao-nhat-cao-bang",
    title: "Gạo Nhật Cao Bằng",
    subtitle: "Túi 2 kg",
    description:
      "Gạo Nhật Cao Bằng là gạo của giống lúa Nhật được trồng trên cánh đồng Hòa An theo quy trình canh tác an toàn. Hạt gạo tròn, cơm dẻo và có vị ngọt nhẹ. Sản phẩm đạt OCOP 3 sao.",
    producer: "htx-gao-nhat-hoa-an",
    product_set: "gao_ngu_coc",
    stars: 3,
    round: "p22b",
    label: {
      net_quantity: "Túi 2 kg",
      ingredients: "Gạo tẻ giống Nhật 100%",
      shelf_life: "12 tháng kể từ ngày đóng gói",
      storage: "Nơi khô ráo, thoáng mát, kê cao khỏi mặt đất",
    },
    variants: [
      variant("Túi 2 kg", "GAONHAT-2KG", 70_000, 2050, [30, 20, 6], 160),
      variant("Túi 5 kg", "GAONHAT-5KG", 165_000, 5080, [40, 28, 8], 90),
    ],
    shippable: true,
    tags: ["gạo nhật", "gạo hòa an"],
  },
  {
    handle: "ruou-gao-nhat-cao-bang",
    title: "Rượu gạo Nhật Cao Bằng",
    subtitle: "Chai 500 ml",
    description:
      "Rượu gạo Nhật Cao Bằng được nấu từ chính gạo Nhật trồng ở Hòa An, lên men rồi chưng cất và để lắng trước khi đóng chai. Rượu trong, thơm mùi gạo mới và êm. Sản phẩm đạt OCOP 3 sao.",
    producer: "htx-gao-nhat-hoa-an",
    product_set: "ruou_trang",
    stars: 3,
    round: "p22b",
    label: {
      net_quantity: "Chai 500 ml",
      ingredients: "Gạo giống Nhật, men rượu, nước",
      shelf_life: "36 tháng kể từ ngày đóng chai",
      storage: SPIRIT_STORAGE,
      alcohol_percent: 35,
      warnings: SPIRIT_WARNING,
    },
    variants: [variant("Chai 500 ml", "GAONHAT-RUOU-500ML", 120_000, 900, [8, 8, 28], 65)],
    shippable: true,
    tags: ["rượu gạo", "rượu hòa an"],
  },
  {
    handle: "com-chay-huy-hoang",
    title: "Cơm cháy Huy Hoàng",
    subtitle: "Hộp 250 g",
    description:
      "Cơm cháy Huy Hoàng được làm từ gạo tẻ địa phương, nấu trong nồi gang, sấy khô rồi chiên giòn. Miếng cơm cháy giòn rụm, phủ chà bông và mỡ hành thơm. Sản phẩm đạt OCOP 3 sao.",
    producer: "co-so-com-chay-huy-hoang",
    product_set: "che_bien_tu_gao_ngu_coc",
    stars: 3,
    round: "p22b",
    label: {
      net_quantity: "Hộp 250 g",
      ingredients: "Gạo tẻ, dầu ăn, chà bông thịt lợn, hành lá, muối, đường",
      shelf_life: "3 tháng kể từ ngày sản xuất",
      storage: "Nơi khô ráo, thoáng mát; đậy kín hộp sau khi mở",
    },
    variants: [variant("Hộp 250 g", "HUYHOANG-CCH-250G", 45_000, 330, [22, 16, 7], 200)],
    shippable: true,
    tags: ["cơm cháy", "đồ ăn vặt"],
  },
  {
    handle: "mat-ong-hoa-tu-nhien-binh-duong",
    title: "Mật ong hoa tự nhiên Bình Dương",
    subtitle: "Chai 500 ml",
    description:
      "Mật ong hoa tự nhiên Bình Dương được lấy từ các đàn ong nội nuôi gần đồi cây ăn quả và rừng tái sinh của xã Bình Dương cũ. Mật có màu vàng sáng, thơm mùi hoa và ngọt dịu. Sản phẩm đạt OCOP 3 sao.",
    producer: "tht-nuoi-ong-binh-duong",
    product_set: "mat_ong_nong_san_khac",
    stars: 3,
    round: "p23",
    label: {
      net_quantity: "Chai 500 ml",
      ingredients: "Mật ong nguyên chất 100%",
      shelf_life: "24 tháng kể từ ngày đóng chai",
      storage: "Nơi khô ráo, thoáng mát, tránh ánh nắng; đậy kín nắp, không cần để tủ lạnh",
      warnings: "Không dùng cho trẻ dưới 1 tuổi.",
    },
    variants: [variant("Chai 500 ml", "BINHDUONG-MON-500ML", 220_000, 850, [8, 8, 20], 60)],
    shippable: true,
    tags: ["mật ong", "mật ong hoa"],
  },

  // 3★, Hà Quảng
  {
    handle: "khau-sli-na-giang",
    title: "Khẩu sli Nà Giàng",
    subtitle: "Gói 250 g",
    description:
      "Khẩu sli Nà Giàng là bánh cốm nếp truyền thống của người Tày, Nùng, làm từ gạo nếp rang phồng trộn mật mía và lạc rang. Bánh giòn xốp, ngọt thơm, thường có mặt trong dịp Tết và cưới hỏi. Sản phẩm đạt OCOP 3 sao cấp tỉnh.",
    producer: "htx-khau-sli-na-giang",
    product_set: "che_bien_tu_gao_ngu_coc",
    stars: 3,
    round: "p23",
    label: {
      net_quantity: "Gói 250 g",
      ingredients: "Gạo nếp, mật mía, lạc rang, vừng, gừng",
      shelf_life: "4 tháng kể từ ngày sản xuất",
      storage: "Nơi khô ráo, thoáng mát; đậy kín sau khi mở để bánh không bị ỉu",
    },
    variants: [
      variant("Gói 250 g", "NAGIANG-KSL-250G", 40_000, 300, [22, 15, 4], 190),
      variant("Hộp 500 g", "NAGIANG-KSL-500G", 75_000, 620, [25, 18, 6], 110),
    ],
    shippable: true,
    tags: ["khẩu sli", "bánh truyền thống", "quà biếu"],
  },
  {
    handle: "ruou-ngo-dinh-dong",
    title: "Rượu ngô Đinh Đông",
    subtitle: "Chai 500 ml",
    description:
      "Rượu ngô Đinh Đông được nấu từ ngô trồng trên nương đá vùng Thông Nông, lên men bằng men lá. Rượu trong, thơm mùi ngô và có vị ngọt hậu. Sản phẩm đạt OCOP 3 sao cấp tỉnh.",
    producer: "co-so-ruou-ngo-dinh-dong",
    product_set: "ruou_trang",
    stars: 3,
    round: "p23",
    label: {
      net_quantity: "Chai 500 ml",
      ingredients: "Ngô hạt, men lá truyền thống, nước suối",
      shelf_life: "36 tháng kể từ ngày đóng chai",
      storage: SPIRIT_STORAGE,
      alcohol_percent: 40,
      warnings: SPIRIT_WARNING,
    },
    variants: [
      variant("Chai 500 ml", "DINHDONG-RNG-500ML", 100_000, 900, [8, 8, 28], 95),
      variant("Chai 1 lít", "DINHDONG-RNG-1L", 180_000, 1600, [10, 10, 32], 50),
    ],
    shippable: true,
    tags: ["rượu ngô", "rượu men lá"],
  },
  {
    handle: "ruou-ngo-cai-van",
    title: "Rượu ngô Cải Vân",
    subtitle: "Chai 500 ml",
    description:
      "Rượu ngô Cải Vân được nấu thủ công trên bếp củi với nồi chưng cất bằng đồng. Men lá làm từ nhiều loại lá rừng giúp rượu có mùi thơm riêng, uống êm. Sản phẩm đạt OCOP 3 sao cấp tỉnh.",
    producer: "co-so-ruou-ngo-cai-van",
    product_set: "ruou_trang",
    stars: 3,
    round: "p23",
    label: {
      net_quantity: "Chai 500 ml",
      ingredients: "Ngô hạt, men lá truyền thống, nước suối",
      shelf_life: "36 tháng kể từ ngày đóng chai",
      storage: SPIRIT_STORAGE,
      alcohol_percent: 39,
      warnings: SPIRIT_WARNING,
    },
    variants: [variant("Chai 500 ml", "CAIVAN-RNG-500ML", 95_000, 900, [8, 8, 28], 0)],
    shippable: true,
    tags: ["rượu ngô", "rượu men lá"],
  },
  {
    handle: "me-farmstay",
    title: "Mế Farmstay",
    subtitle: "Vé/đêm cho 1 người",
    description:
      "Mế Farmstay là điểm lưu trú cộng đồng trong ngôi nhà sàn của người Tày ở vùng quê Hà Quảng. Du khách được cùng chủ nhà làm vườn, nấu món ăn địa phương và đi bộ quanh bản. Dịch vụ đạt OCOP 3 sao cấp tỉnh.",
    producer: "me-farmstay",
    product_set: "du_lich_cong_dong_sinh_thai",
    stars: 3,
    round: "p23",
    label: {
      net_quantity: "Vé/đêm cho 1 người",
      ingredients: "Không áp dụng",
      shelf_life: "Không áp dụng",
      storage: "Không áp dụng",
      usage: "Đặt trước ít nhất 2 ngày qua điện thoại hoặc Zalo",
    },
    variants: [
      variant("Vé/đêm cho 1 người", "MEFARM-DEM", 350_000, 0, [0, 0, 0], 12),
      variant("Gói 2 ngày 1 đêm cho 1 người", "MEFARM-2N1D", 650_000, 0, [0, 0, 0], 8),
    ],
    shippable: false,
    tags: ["farmstay", "du lịch cộng đồng", "nhà sàn"],
  },
  {
    handle: "lac-do-luc-khu",
    title: "Lạc đỏ Lục Khu",
    subtitle: "Túi 500 g",
    description:
      "Lạc đỏ Lục Khu là giống lạc vỏ lụa đỏ bản địa được người Nùng gieo trồng trên đất nương và ruộng cạn. Hạt nhỏ, chắc, rang lên giòn và béo ngậy. Sản phẩm đạt OCOP 3 sao cấp tỉnh.",
    producer: "htx-nong-nghiep-luc-khu",
    product_set: "gao_ngu_coc",
    stars: 3,
    round: "p23",
    label: {
      net_quantity: "Túi 500 g",
      ingredients: "Lạc nhân 100%",
      shelf_life: "6 tháng kể từ ngày đóng gói",
      storage: DRY,
    },
    variants: [
      variant("Túi 500 g", "LUCKHU-LCD-500G", 55_000, 520, [22, 15, 5], 170),
      variant("Túi 1 kg", "LUCKHU-LCD-1KG", 100_000, 1030, [28, 20, 6], 80),
    ],
    shippable: true,
    tags: ["lạc đỏ", "nông sản"],
  },
  {
    handle: "lap-suon-lon-den-ha-quang",
    title: "Lạp sườn lợn đen Hà Quảng",
    subtitle: "Gói 500 g",
    description:
      "Lạp sườn lợn đen Hà Quảng được làm từ thịt lợn đen bản địa nuôi thả vườn, ướp rượu ngô rồi hun khói trên gác bếp. Thịt chắc, thơm mùi khói củi và vị ngọt tự nhiên. Sản phẩm đạt OCOP 3 sao cấp tỉnh.",
    producer: "htx-chan-nuoi-lon-den-ha-quang",
    product_set: "che_bien_tu_thit_trung_sua_thuy_san",
    stars: 3,
    round: "p23",
    label: {
      net_quantity: "Gói 500 g",
      ingredients: "Thịt lợn đen, mỡ lợn, rượu ngô, đường, muối, gừng",
      shelf_life: "3 tháng ở ngăn mát; 6 tháng ở ngăn đông",
      storage: CHILLED,
      usage: "Hấp cách thủy 15 phút hoặc chiên nhỏ lửa, thái lát mỏng",
    },
    variants: [variant("Gói 500 g", "LONDEN-LSN-500G", 185_000, 540, [28, 18, 4], 75)],
    shippable: true,
    tags: ["lạp sườn", "lợn đen"],
  },

  // 3★, Bảo Lâm
  {
    handle: "gao-nep-huong-bao-lac",
    title: "Gạo nếp hương Bảo Lạc",
    subtitle: "Túi 2 kg",
    description:
      "Gạo nếp hương Bảo Lạc được thu mua từ ruộng của đồng bào vùng Bảo Lạc, Bảo Lâm và xay xát ngay trước khi đóng gói. Xôi đồ lên dẻo, thơm, để nguội không bị cứng. Sản phẩm đạt OCOP 3 sao từ năm 2020.",
    producer: "dntn-668-bao-lam",
    product_set: "gao_ngu_coc",
    stars: 3,
    round: "late23",
    label: {
      net_quantity: "Túi 2 kg",
      ingredients: "Gạo nếp 100%",
      shelf_life: "12 tháng kể từ ngày đóng gói",
      storage: "Nơi khô ráo, thoáng mát, kê cao khỏi mặt đất",
      usage: "Ngâm gạo 4–6 giờ trước khi đồ xôi hoặc gói bánh",
    },
    variants: [
      variant("Túi 2 kg", "DN668-GNH-2KG", 90_000, 2050, [30, 20, 6], 210),
      variant("Túi 5 kg", "DN668-GNH-5KG", 215_000, 5080, [40, 28, 8], 95),
    ],
    shippable: true,
    tags: ["gạo nếp", "gạo nếp hương", "đặc sản cao bằng"],
  },
]

/**
 * Sample products: [producer, kind, brand, title?]. The title defaults to
 * "<kind name> <brand>"; the SKU is built from kind, brand and pack.
 */
type SampleRow = { producer: string; kind: KindKey; brand: string; title?: string; fixed?: { stars: Stars; round: Round; fate: Fate } }

const r = (producer: string, kind: KindKey, brand: string, title?: string): SampleRow => ({ producer, kind, brand, ...(title ? { title } : {}) })
const four = (row: SampleRow, round: Round, fate: Fate): SampleRow => ({ ...row, fixed: { stars: 4, round, fate } })

const SAMPLE_ROWS: SampleRow[] = [
  // Documented products with unknown stars, and the documented online sellers
  r("hkd-son-tong", "banh_khao", "Sơn Tòng"),
  r("htx-tam-hoa", "thit_xong_khoi", "Tâm Hòa"),
  r("htx-nong-nghiep-ba-sach-hung-dao", "bun_kho", "Ba sạch Hưng Đạo"),
  r("htx-nong-nghiep-ba-sach-hung-dao", "pho_kho", "Ba sạch Hưng Đạo"),
  r("tht-thach-den-dong-khe", "thach_den", "Thạch An"),
  r("htx-hat-de-trung-khanh", "hat_de", "Trùng Khánh"),
  r("hkd-to-ai-thuong", "bun_mau", "Tô Ái Thương"),
  r("co-so-mat-ong-doan-linh", "mat_ong", "Đoàn Linh"),
  r("hkd-pham-thi-ngoi", "nam_huong", "Thạch An", "Nấm hương rừng Thạch An"),
  r("htx-nong-nghiep-yen-cong", "lac_do", "Yên Công"),
  r("htx-nong-nghiep-yen-cong", "keo_lac", "Yên Công"),
  r("cong-ty-tnhh-cao-tuyen", "lap_suon", "Cao Tuyền"),
  r("cong-ty-tnhh-cao-tuyen", "thit_trau_gac_bep", "Cao Tuyền"),
  r("cong-ty-tnhh-san-xuat-va-thuong-mai-phan-hoang", "tuong_ot", "Phan Hoàng"),
  r("cong-ty-tnhh-san-xuat-va-thuong-mai-phan-hoang", "mang_kho", "Phan Hoàng"),
  // Thành phố Cao Bằng
  r("hkd-luong-thi-hoa", "banh_khao", "Lương Hoa"),
  r("hkd-luong-thi-hoa", "khau_sli", "Lương Hoa"),
  r("cong-ty-tnhh-thuc-pham-bang-giang", "lap_suon", "Bằng Giang"),
  r("cong-ty-tnhh-thuc-pham-bang-giang", "thit_trau_gac_bep", "Bằng Giang"),
  r("cong-ty-tnhh-thuc-pham-bang-giang", "thit_lon_gac_bep", "Bằng Giang"),
  r("htx-dich-vu-nong-nghiep-vinh-quang", "mien_dong", "Vĩnh Quang"),
  r("htx-dich-vu-nong-nghiep-vinh-quang", "tinh_bot_dong", "Vĩnh Quang"),
  r("hkd-hoang-van-duc", "bun_kho", "Đức Hoàng"),
  r("hkd-hoang-van-duc", "pho_kho", "Đức Hoàng"),
  r("hkd-be-thi-thu", "tuong_ot", "Bế Thu"),
  // Hòa An
  r("htx-nong-nghiep-be-trieu", "gao_nep_cam", "Bế Triều"),
  r("htx-nong-nghiep-be-trieu", "mien_dong", "Bế Triều"),
  r("hkd-dam-thi-lan", "che_day", "Nam Tuấn"),
  r("hkd-dam-thi-lan", "che_xanh", "Nam Tuấn"),
  r("hkd-nong-thi-hang", "pho_kho", "Bạch Đằng"),
  // Nguyên Bình
  four(r("htx-dong-rieng-tam-kim", "mien_dong", "Tam Kim"), "late23", "current"),
  r("htx-dong-rieng-tam-kim", "tinh_bot_dong", "Tam Kim"),
  r("tht-che-phja-oac", "che_xanh", "Phja Oắc"),
  r("tht-che-phja-oac", "tra_shan_tuyet", "Phja Oắc"),
  r("htx-du-lich-cong-dong-hoai-khao", "homestay", "Hoài Khao", "Homestay Dao Tiền Hoài Khao"),
  r("htx-du-lich-cong-dong-hoai-khao", "khan_dao_tien", "Hoài Khao", "Khăn thêu Dao Tiền Hoài Khao"),
  r("hkd-trieu-thi-may", "man_tam_hoa", "Phan Thanh"),
  r("hkd-trieu-thi-may", "ruou_man", "Phan Thanh"),
  r("hkd-ly-van-sinh", "mang_kho", "Tĩnh Túc"),
  r("hkd-ly-van-sinh", "mien_dong", "Tĩnh Túc"),
  r("htx-nong-lam-nghiep-ca-thanh", "nam_huong", "Ca Thành"),
  r("htx-nong-lam-nghiep-ca-thanh", "moc_nhi", "Ca Thành"),
  // Bảo Lạc
  four(r("htx-nong-lam-san-xuan-truong", "tra_shan_tuyet", "Xuân Trường"), "p23", "renewed"),
  r("htx-nong-lam-san-xuan-truong", "che_xanh", "Xuân Trường"),
  r("htx-nong-lam-san-xuan-truong", "man_tam_hoa", "Xuân Trường"),
  r("hkd-sung-van-pao", "thit_trau_gac_bep", "Cốc Pàng"),
  r("hkd-sung-van-pao", "ruou_ngo_men_la", "Cốc Pàng"),
  r("hkd-nong-thi-nguyet", "lap_suon", "Bảo Lạc"),
  r("hkd-nong-thi-nguyet", "thit_lon_gac_bep", "Bảo Lạc"),
  four(r("htx-nong-nghiep-co-ba", "mat_ong", "Cô Ba", "Mật ong hoa rừng Cô Ba"), "p23", "lapsed"),
  r("htx-nong-nghiep-co-ba", "moc_nhi", "Cô Ba"),
  r("tht-det-lanh-huy-giap", "vai_lanh", "Huy Giáp", "Vải lanh Mông Huy Giáp"),
  r("hkd-dang-van-kiem", "gao_nep_cam", "Khánh Xuân"),
  r("hkd-dang-van-kiem", "mang_kho", "Khánh Xuân"),
  r("cong-ty-tnhh-nong-san-son-lo", "nam_huong", "Sơn Lộ"),
  r("cong-ty-tnhh-nong-san-son-lo", "moc_nhi", "Sơn Lộ"),
  // Bảo Lâm
  r("htx-nong-nghiep-ly-bon", "gao_nep_huong", "Lý Bôn"),
  r("htx-nong-nghiep-ly-bon", "lac_do", "Lý Bôn"),
  r("hkd-ban-van-phin", "ruou_thoc", "Quảng Lâm"),
  r("hkd-ban-van-phin", "mat_ong", "Quảng Lâm"),
  r("hkd-vang-thi-say", "thit_trau_gac_bep", "Nam Quang"),
  r("hkd-vang-thi-say", "nam_huong", "Nam Quang"),
  r("hkd-nong-van-thuan", "mien_dong", "Yên Thổ"),
  r("hkd-nong-van-thuan", "tinh_bot_dong", "Yên Thổ"),
  r("hkd-ly-thi-meo", "che_xanh", "Bảo Lâm"),
  r("hkd-ly-thi-meo", "tra_shan_tuyet", "Bảo Lâm"),
  r("hkd-hoang-van-tham", "thit_lon_gac_bep", "Lý Bôn"),
  // Hà Quảng
  r("tht-lam-huong-phja-thap", "huong", "Phja Thắp", "Hương thảo mộc Phja Thắp"),
  r("hkd-ma-van-hung", "mat_ong", "Thông Nông"),
  r("hkd-ma-van-hung", "thit_trau_gac_bep", "Thông Nông"),
  r("htx-nong-nghiep-truong-ha", "banh_khao", "Pác Bó"),
  r("htx-nong-nghiep-truong-ha", "khau_sli", "Trường Hà"),
  r("htx-nong-nghiep-truong-ha", "mat_ong", "Trường Hà"),
  r("hkd-luc-thi-xuan", "bun_kho", "Tổng Cọt"),
  r("hkd-luc-thi-xuan", "mien_dong", "Tổng Cọt"),
  // Hạ Lang
  r("htx-may-tre-dan-ly-quoc", "gio_may_tre", "Lý Quốc"),
  r("hkd-nong-thi-hien", "banh_khao", "Vinh Quý"),
  r("hkd-nong-thi-hien", "thach_den", "Vinh Quý"),
  r("htx-nong-lam-nghiep-quang-long", "hoa_hoi", "Quang Long"),
  r("htx-nong-lam-nghiep-quang-long", "mat_ong", "Quang Long", "Mật ong hoa rừng Quang Long"),
  r("hkd-ha-van-quyet", "lap_suon", "Hạ Lang"),
  r("hkd-chu-thi-dung", "mien_dong", "Hạ Lang"),
  r("cong-ty-tnhh-nong-san-ha-lang", "hat_de", "Hạ Lang"),
  r("cong-ty-tnhh-nong-san-ha-lang", "nam_huong", "Hạ Lang"),
  r("hkd-luong-van-khai", "khau_sli", "Quang Long"),
  r("hkd-luong-van-khai", "gao_nep_cam", "Quang Long"),
  // Quảng Hòa
  r("htx-ren-phuc-sen", "dao_ren", "Phúc Sen", "Dao rèn Phúc Sen"),
  r("hkd-nong-thi-anh", "che_day", "Quảng Uyên"),
  r("hkd-nong-thi-anh", "thach_den", "Quảng Uyên"),
  r("htx-mia-duong-phuc-hoa", "duong_phen", "Phục Hòa"),
  r("htx-mia-duong-phuc-hoa", "keo_lac", "Phục Hòa"),
  r("cong-ty-tnhh-thuc-pham-quang-uyen", "lap_suon", "Quảng Uyên"),
  r("cong-ty-tnhh-thuc-pham-quang-uyen", "thit_xong_khoi", "Quảng Uyên"),
  r("hkd-hoang-thi-nhung", "banh_khao", "Hạnh Phúc"),
  r("hkd-hoang-thi-nhung", "bun_mau", "Hạnh Phúc"),
  r("hkd-luong-van-binh", "mat_ong", "Lương Bình"),
  r("hkd-vi-thi-tuyet", "bun_kho", "Quảng Uyên"),
  r("hkd-nong-van-hai", "lap_suon", "Độc Lập"),
  // Thạch An
  r("htx-nong-nghiep-duc-long", "thach_den", "Đức Long"),
  r("htx-nong-nghiep-duc-long", "nuoc_thach_den", "Đức Long"),
  r("hkd-ly-thi-phuong", "hoa_hoi", "Canh Tân"),
  r("hkd-hoang-van-tien", "mat_ong", "Kim Đồng"),
  r("cong-ty-tnhh-san-xuat-dong-khe", "mien_dong", "Đông Khê"),
  r("cong-ty-tnhh-san-xuat-dong-khe", "bun_kho", "Đông Khê"),
  r("hkd-hoang-van-sang", "banh_khao", "Minh Khai"),
  r("hkd-nong-van-loi", "thit_lon_gac_bep", "Thạch An"),
  r("hkd-nong-van-loi", "lap_suon", "Thạch An"),
  // Trùng Khánh
  r("htx-du-lich-khuoi-ky", "homestay", "Khuổi Ky", "Homestay làng đá Khuổi Ky"),
  four(r("htx-gao-nep-ong-doai-duong", "gao_nep_ong", "Đoài Dương"), "late23", "current"),
  r("hkd-dam-van-thanh", "hat_de", "Đình Phong"),
  r("htx-cay-an-qua-tra-linh", "quyt", "Trà Lĩnh"),
  r("hkd-be-thi-lieu", "tui_tho_cam", "Quang Hán", "Túi thổ cẩm Tày Quang Hán"),
  r("hkd-be-thi-lieu", "quyt", "Quang Hán"),
  r("cong-ty-tnhh-dac-san-ban-gioc", "lap_suon", "Bản Giốc"),
  r("cong-ty-tnhh-dac-san-ban-gioc", "banh_khao", "Bản Giốc"),
  r("hkd-nong-van-chuyen", "gao_nep_ong", "Quang Trung"),
  r("hkd-luc-thi-mai", "gao_nep_ong", "Trùng Khánh"),
]

/**
 * How the 3★ sample certificates are spread over rounds and what became of
 * them; with the documented products and the four 4★ sample rows this gives
 * the catalogue-wide mix checked by the unit test (40 renewals, 6 pending,
 * 2 revoked, 33 issued from 30/11/2023).
 */
type Block = { rounds: [Round, number][]; fates: [Fate, number][] }
const SAMPLE_DECK: Block[] = [
  { rounds: [["p21a", 7], ["p21b", 8]], fates: [["renewed", 12], ["renewed_up", 1], ["lapsed", 2]] },
  { rounds: [["p22a", 14], ["p22b", 15]], fates: [["renewed", 15], ["renewed_up", 1], ["revoked", 2], ["lapsed", 11]] },
  { rounds: [["p23", 27]], fates: [["renewed", 8], ["lapsed", 19]] },
  { rounds: [["mid23", 14]], fates: [["pending", 6], ["renewed", 2], ["lapsed", 6]] },
  { rounds: [["late23", 20], ["h124", 8]], fates: [["current", 28]] },
]

const expand = <T>(entries: [T, number][]): T[] => entries.flatMap(([value, count]) => Array.from({ length: count }, () => value))

function dealDeck(random: Random): { round: Round; fate: Fate }[] {
  const deck = SAMPLE_DECK.flatMap((block) => {
    const rounds = random.shuffle(expand(block.rounds))
    const fates = random.shuffle(expand(block.fates))
    if (rounds.length !== fates.length) throw new Error("Deck block sizes differ")
    return rounds.map((round, i) => ({ round, fate: fates[i] }))
  })
  return random.shuffle(deck)
}

const fill = (template: string, title: string, place: string): string => template.replace("{title}", title).replace("{place}", place)

/** Whole VND: thousands below 100.000 ₫, five thousands above. */
const roundPrice = (price: number): number => (price < 100_000 ? Math.round(price / 1_000) * 1_000 : Math.round(price / 5_000) * 5_000)

function sampleProduct(row: SampleRow, stars: Stars, random: Random): Omit<SeedProduct, "certificate"> {
  const kind: ProductKind = KINDS[row.kind]
  const title = row.title ?? `${kind.name} ${row.brand}`
  const place = communeLabel(communeOf(row.producer))
  const details = random.shuffle(kind.details).slice(0, random.chance(0.5) ? 2 : 1)
  const packs = kind.packs.slice(0, kind.packs.length > 1 && random.chance(0.65) ? 2 : 1)
  const brandCode = slugify(row.brand).toUpperCase()
  const variants = packs.map(
    (pack): SeedVariant => ({
      title: pack.title,
      sku: `${kind.code}-${brandCode}-${pack.code}`,
      price: roundPrice(random.int(pack.price[0], pack.price[1])),
      weight_g: pack.weight_g,
      length_cm: pack.size[0],
      width_cm: pack.size[1],
      height_cm: pack.size[2],
      stock: kind.service ? random.int(4, 12) : random.chance(0.06) ? 0 : random.int(8, 300),
    }),
  )
  const label: SeedLabel = {
    net_quantity: packs[0].title,
    ingredients: kind.ingredients,
    shelf_life: kind.shelf_life,
    storage: kind.storage,
    origin: originOf(row.producer),
    ...(kind.alcohol ? { alcohol_percent: random.int(kind.alcohol[0], kind.alcohol[1]) } : {}),
    ...(kind.usage ? { usage: kind.usage } : {}),
    ...(kind.warnings ? { warnings: kind.warnings } : {}),
  }
  return {
    handle: slugify(title),
    title,
    subtitle: packs[0].title,
    description: [fill(kind.lead, title, place), ...details].join(" "),
    producer: row.producer,
    product_set: kind.set,
    stars,
    is_sample: true,
    label,
    variants,
    shippable: !kind.service,
    tags: [...kind.tags],
  }
}

function buildCatalogue(): SeedProduct[] {
  const random = createRandom(SEED)
  const documented = DOCUMENTED.map(({ round, label, ...spec }): SeedProduct => {
    const timeline = buildTimeline({ round, fate: round === "late23" ? "current" : "lapsed", stars: spec.stars, district: producerOf(spec.producer).district, withScore: false }, random)
    return { ...spec, is_sample: false, label: { ...label, origin: originOf(spec.producer) }, ...timeline }
  })
  const deck = dealDeck(random)
  let dealt = 0
  let revocations = 0
  const samples = SAMPLE_ROWS.map((row): SeedProduct => {
    const slot: { stars: Stars; round: Round; fate: Fate } = row.fixed ?? { stars: 3, ...deck[dealt++] }
    const product = sampleProduct(row, slot.stars, random)
    const revocationReason = slot.fate === "revoked" ? REVOCATION_REASONS[revocations++ % REVOCATION_REASONS.length] : undefined
    const district = producerOf(row.producer).district
    const timeline = buildTimeline({ round: slot.round, fate: slot.fate, stars: slot.stars, district, withScore: true, revocationReason }, random)
    return { ...product, ...timeline }
  })
  if (dealt !== deck.length) throw new Error(`Dealt ${dealt} of ${deck.length} sample certificates`)
  return numberCertificates([...documented, ...samples])
}

export const PRODUCTS: SeedProduct[] = buildCatalogue()
