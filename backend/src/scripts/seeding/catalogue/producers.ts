import type { District } from "../../../modules/ocop/domain/geography"
import type { ProducerType } from "../../../modules/ocop/domain/producer-types"
import { createRandom, type Random } from "./random"
import type { SeedProducer } from "./types"

/**
 * The 91 OCOP producers ("chủ thể") of the H1 2024 report: 27 HTX, 7 tổ hợp
 * tác, 10 doanh nghiệp, 47 hộ kinh doanh.
 *
 * - is_sample: false: producers named in the province's report and press
 *   (docs/domain.md, research §2.4). Their name and, where documented, their
 *   place are real; the rest of their address and their phone are invented and
 *   written in sample form (landline "0206 3xxx xxx"). Email, registration
 *   number and representative are left out unless documented, so that no
 *   personal or legal identifier is made up for a real business.
 *   Where the district of a real producer is not documented (HTX Tâm Hòa,
 *   Cơ sở Trúc Mai, HTX Yên Công, Cao Tuyền, Phan Hoàng, Tô Ái Thương,
 *   Phạm Thị Ngợi) the district below is an assumption to correct.
 * - is_sample: true: invented producers, including the makers of real
 *   products whose producer is not documented.
 */
type ProducerRow = Omit<SeedProducer, "phone" | "zalo" | "email" | "registration_number">

const row = (
  key: string,
  name: string,
  type: ProducerType,
  district: District,
  commune: string,
  street: string,
  representative: string | undefined,
  story: string,
  is_sample: boolean,
): ProducerRow => ({ key, name, type, district, commune, street, ...(representative ? { representative } : {}), story, is_sample })

const REAL: ProducerRow[] = [
  row(
    "htx-nong-san-tan-viet-a",
    "HTX nông sản Tân Việt Á",
    "hop_tac_xa",
    "nguyen_binh",
    "Minh Tâm",
    "Xóm Bản Chang",
    undefined,
    "Hợp tác xã chế biến miến dong từ củ dong riềng do các hộ thành viên ở xã Minh Tâm trồng trên đất đồi. Miến dong Tân Việt Á đạt OCOP 3 sao năm 2020 và được nâng lên 4 sao năm 2023. Đầu năm 2025, hợp tác xã đã xuất khẩu 4 tấn miến dong sang thị trường Mỹ.",
    false,
  ),
  row(
    "htx-tam-hoa",
    "HTX Tâm Hòa",
    "hop_tac_xa",
    "thanh_pho_cao_bang",
    "Thục Phán",
    "Tổ 15",
    undefined,
    "Hợp tác xã chế biến các món thịt truyền thống của vùng cao Cao Bằng như lạp sườn và thịt xông khói. Lạp sườn của hợp tác xã đạt OCOP 4 sao trong đợt đánh giá năm 2023. Sản phẩm của Tâm Hòa được bán trên Shopee, Lazada, Postmart và Voso.",
    false,
  ),
  row(
    "co-so-truc-mai",
    "Cơ sở Trúc Mai",
    "ho_kinh_doanh",
    "bao_lac",
    "Bảo Lạc",
    "Khu 3",
    undefined,
    "Cơ sở sản xuất Trúc Mai sơ chế và đóng gói nấm hương khô mang thương hiệu Nấm hương Việt. Sản phẩm nấm hương của cơ sở được công nhận OCOP 4 sao trong đợt đánh giá năm 2022. Nấm được phân loại theo kích cỡ trước khi đóng túi.",
    false,
  ),
  row(
    "cong-ty-tnhh-kolia-cao-bang",
    "Công ty TNHH Kolia Cao Bằng",
    "doanh_nghiep",
    "nguyen_binh",
    "Thành Công",
    "Xóm Phja Đén",
    undefined,
    "Công ty chế biến chè từ vùng chè shan tuyết Phja Đén, xã Thành Công, nơi khí hậu mát quanh năm và thường có sương mù. Ba dòng sản phẩm lục trà, hồng trà và trà ô long của công ty đều đạt OCOP 4 sao. Búp chè được hái tay và đưa vào chế biến ngay trong ngày.",
    false,
  ),
  row(
    "htx-khau-sli-na-giang",
    "HTX Khẩu Sli thương mại dịch vụ Nà Giàng",
    "hop_tac_xa",
    "ha_quang",
    "Hà Quảng",
    "Xóm Nà Giàng",
    undefined,
    "Hợp tác xã ở xóm Nà Giàng (xã Ngọc Đào cũ) làm khẩu sli, món bánh truyền thống của người Tày, Nùng dùng trong dịp Tết và cưới hỏi. Bánh được làm từ gạo nếp, mật mía và lạc rang theo cách truyền lại qua nhiều thế hệ. Khẩu sli Nà Giàng được công nhận OCOP 3 sao cấp tỉnh.",
    false,
  ),
  row(
    "htx-nong-nghiep-ba-sach-hung-dao",
    "HTX nông nghiệp Ba sạch Hưng Đạo",
    "hop_tac_xa",
    "thanh_pho_cao_bang",
    "Nùng Trí Cao",
    "Xóm Nà Cáp",
    undefined,
    "Hợp tác xã ở xã Hưng Đạo cũ của thành phố Cao Bằng sản xuất bún khô từ gạo tẻ của các hộ thành viên. Gạo được ngâm, xay ướt và tráng thành sợi ngay tại xưởng của hợp tác xã. Sản phẩm được bán trên Shopee, Lazada, Postmart và Voso.",
    false,
  ),
  row(
    "htx-nong-nghiep-yen-cong",
    "HTX nông nghiệp Yên Công",
    "hop_tac_xa",
    "quang_hoa",
    "Quảng Uyên",
    "Xóm Nà Lẹng",
    undefined,
    "HTX nông nghiệp Yên Công là một trong những chủ thể OCOP của Cao Bằng đưa sản phẩm lên các sàn Shopee, Lazada, Postmart và Voso. Các hộ thành viên trồng lạc trên đất bãi ven sông rồi chế biến thành lạc nhân và kẹo lạc. Hợp tác xã tự đóng gói và giao hàng cho khách mua trực tuyến.",
    false,
  ),
  row(
    "cong-ty-tnhh-cao-tuyen",
    "Công ty TNHH Cao Tuyền",
    "doanh_nghiep",
    "thanh_pho_cao_bang",
    "Tân Giang",
    "Tổ 6",
    undefined,
    "Công ty chế biến và phân phối các món thịt đặc sản của Cao Bằng như lạp sườn và thịt trâu gác bếp. Cao Tuyền là một trong những đơn vị đưa sản phẩm OCOP của tỉnh lên Shopee, Lazada, Postmart và Voso. Sản phẩm được hút chân không để giao đi xa.",
    false,
  ),
  row(
    "cong-ty-tnhh-san-xuat-va-thuong-mai-phan-hoang",
    "Công ty TNHH sản xuất và thương mại Phan Hoàng",
    "doanh_nghiep",
    "thanh_pho_cao_bang",
    "Thục Phán",
    "Tổ 20",
    undefined,
    "Công ty sản xuất và kinh doanh nông sản chế biến của Cao Bằng như tương ớt và măng khô. Phan Hoàng bán sản phẩm OCOP trên Shopee, Lazada, Postmart và Voso. Nguyên liệu được thu mua trực tiếp từ các hộ nông dân trong tỉnh.",
    false,
  ),
  row(
    "hkd-son-tong",
    "Hộ kinh doanh Sơn Tòng",
    "ho_kinh_doanh",
    "thanh_pho_cao_bang",
    "Thục Phán",
    "Tổ 12",
    "Lâm Thanh Quý",
    "Cơ sở làm bánh khảo của ông Lâm Thanh Quý ở tổ 12, phường Sông Hiến cũ, thành phố Cao Bằng. Ông đưa máy móc vào các khâu rang, xay bột và nén bánh nhưng vẫn giữ công thức bánh khảo truyền thống. Bánh khảo Sơn Tòng được bán trên Shopee, Lazada, Postmart và Voso.",
    false,
  ),
  row(
    "hkd-to-ai-thuong",
    "Hộ kinh doanh Tô Ái Thương",
    "ho_kinh_doanh",
    "thanh_pho_cao_bang",
    "Tân Giang",
    "Tổ 9",
    "Tô Ái Thương",
    "Hộ kinh doanh làm bún màu, loại bún khô nhiều màu được nhuộm từ nguyên liệu tự nhiên. Bún màu Tô Ái Thương được bán trên Shopee, Lazada, Postmart và Voso. Mỗi mẻ bún được phơi khô và đóng gói ngay tại cơ sở.",
    false,
  ),
  row(
    "hkd-pham-thi-ngoi",
    "Hộ kinh doanh Phạm Thị Ngợi",
    "ho_kinh_doanh",
    "thach_an",
    "Kim Đồng",
    "Xóm Nà Kéo",
    "Phạm Thị Ngợi",
    "Hộ kinh doanh của bà Phạm Thị Ngợi chuyên sơ chế và đóng gói nấm hương khô. Sản phẩm được bán trên Shopee, Lazada, Postmart và Voso, đưa nấm hương Cao Bằng đến khách hàng ở nhiều tỉnh. Nấm được nhặt sạch chân và đóng túi theo từng cỡ.",
    false,
  ),
  row(
    "dntn-668-bao-lam",
    "Doanh nghiệp tư nhân 668 Bảo Lâm",
    "doanh_nghiep",
    "bao_lam",
    "Bảo Lâm",
    "Khu Pác Miầu",
    undefined,
    "Doanh nghiệp tư nhân thu mua, xay xát và đóng gói gạo nếp hương của đồng bào vùng Bảo Lạc, Bảo Lâm. Sản phẩm Gạo nếp hương Bảo Lạc của doanh nghiệp đạt OCOP 3 sao từ năm 2020. Lúa được thu mua theo vụ và xay xát ngay trước khi đóng gói.",
    false,
  ),
]

/** Invented makers of documented products whose producer is not known. */
const MAKERS_OF_REAL_PRODUCTS: ProducerRow[] = [
  row(
    "htx-ruou-ngo-dai-hoang",
    "HTX rượu ngô Đại Hoàng",
    "hop_tac_xa",
    "hoa_an",
    "Hòa An",
    "Xóm Nà Rị",
    "Nông Văn Cường",
    "Hợp tác xã nấu rượu ngô từ ngô hạt của các hộ thành viên trên vùng đồi Hòa An, lên men bằng men lá truyền thống. Rượu được hạ thổ trong chum sành trước khi đóng chai. Ba dòng Đại Hoàng Cao Bằng, Đại Hoàng Long Phụng và Đại Hoàng Tiên Tửu đều đạt OCOP 4 sao.",
    true,
  ),
  row(
    "tht-che-tai-ho-sin",
    "Tổ hợp tác chè Tài Hồ Sìn",
    "to_hop_tac",
    "hoa_an",
    "Nguyễn Huệ",
    "Xóm Tài Hồ Sìn",
    "Triệu Văn Sài",
    "Tổ hợp tác gồm các hộ người Dao ở xóm Tài Hồ Sìn cùng chăm sóc những nương chè shan tuyết trên núi cao. Chè được hái búp một tôm hai lá và sao tay trên chảo gang ngay trong ngày. Trà xanh Tài Hồ Sìn đạt OCOP 3 sao.",
    true,
  ),
  row(
    "tht-nuoi-ong-hoang-tung",
    "Tổ hợp tác nuôi ong Hoàng Tung",
    "to_hop_tac",
    "hoa_an",
    "Bạch Đằng",
    "Xóm Nà Lại",
    "Đàm Văn Toàn",
    "Các thành viên tổ hợp tác nuôi ong nội trong thùng gỗ đặt ven rừng tự nhiên của xã Hoàng Tung cũ. Mật được thu hai vụ mỗi năm, lọc lạnh và đóng chai thủy tinh. Mật ong rừng Hoàng Tung đạt OCOP 3 sao.",
    true,
  ),
  row(
    "co-so-bun-co-luyen",
    "Cơ sở sản xuất bún khô cô Luyến",
    "ho_kinh_doanh",
    "hoa_an",
    "Nam Tuấn",
    "Xóm Bản Gủng",
    undefined,
    "Cơ sở gia đình chuyên làm bún khô từ gạo tẻ và gạo nếp cẩm trồng tại địa phương. Bún được tráng, thái sợi rồi phơi trên giàn tre ngoài nắng. Hai sản phẩm bún trắng khô và bún cẩm khô cô Luyến đều đạt OCOP 3 sao.",
    true,
  ),
  row(
    "co-so-mien-dong-cuong-yen",
    "Cơ sở miến dong Cường Yên",
    "ho_kinh_doanh",
    "hoa_an",
    "Hòa An",
    "Xóm Nà Mè",
    undefined,
    "Cơ sở thu mua củ dong riềng của bà con trong vùng để lọc bột và tráng miến. Miến được phơi nắng tự nhiên hai ngày liền trước khi đóng gói. Miến dong Cường Yên đạt OCOP 3 sao.",
    true,
  ),
  row(
    "co-so-thach-den-su-hao",
    "Cơ sở thạch đen Su Hào",
    "ho_kinh_doanh",
    "hoa_an",
    "Bạch Đằng",
    "Xóm Pác Cáp",
    undefined,
    "Cơ sở trồng và chế biến cây thạch đen trên đất đồi, phơi khô rồi đóng thành từng túi. Mùa thu hoạch chính từ tháng 7 đến tháng 9, khi cây ra hoa. Thạch đen Su Hào được công nhận OCOP 3 sao.",
    true,
  ),
  row(
    "co-so-ruou-ngo-binh-long",
    "Cơ sở rượu ngô Bình Long",
    "ho_kinh_doanh",
    "hoa_an",
    "Nguyễn Huệ",
    "Xóm Bình Long",
    undefined,
    "Gia đình nấu rượu ngô đã ba thế hệ, dùng ngô hạt vàng và men lá tự làm. Rượu được chưng cất bằng nồi đồng và để lắng trong chum sành ít nhất ba tháng. Rượu ngô Bình Long đạt OCOP 3 sao.",
    true,
  ),
  row(
    "htx-gao-nhat-hoa-an",
    "HTX sản xuất gạo Nhật Hòa An",
    "hop_tac_xa",
    "hoa_an",
    "Nam Tuấn",
    "Xóm Nà Vường",
    "Lương Văn Thắng",
    "Hợp tác xã liên kết các hộ trồng lúa giống Nhật trên cánh đồng Hòa An theo quy trình canh tác an toàn. Ngoài gạo, hợp tác xã còn nấu rượu từ chính gạo Nhật của mình. Gạo Nhật Cao Bằng và rượu gạo Nhật Cao Bằng đều đạt OCOP 3 sao.",
    true,
  ),
  row(
    "co-so-com-chay-huy-hoang",
    "Cơ sở cơm cháy Huy Hoàng",
    "ho_kinh_doanh",
    "hoa_an",
    "Hòa An",
    "Tổ 3",
    undefined,
    "Cơ sở làm cơm cháy từ gạo tẻ địa phương, nấu trong nồi gang rồi sấy khô và chiên giòn. Cơm cháy được phủ chà bông, mỡ hành và đóng túi có gói hút ẩm. Cơm cháy Huy Hoàng đạt OCOP 3 sao.",
    true,
  ),
  row(
    "tht-nuoi-ong-binh-duong",
    "Tổ hợp tác nuôi ong Bình Dương",
    "to_hop_tac",
    "hoa_an",
    "Nam Tuấn",
    "Xóm Bản Khuông",
    "Hà Văn Hiển",
    "Tổ hợp tác nuôi ong lấy mật hoa tự nhiên từ các đồi cây ăn quả và rừng tái sinh của xã Bình Dương cũ. Các thành viên cam kết không cho ong ăn đường trong mùa lấy mật. Mật ong hoa tự nhiên Bình Dương đạt OCOP 3 sao.",
    true,
  ),
  row(
    "co-so-ruou-ngo-dinh-dong",
    "Cơ sở rượu ngô Đinh Đông",
    "ho_kinh_doanh",
    "ha_quang",
    "Thông Nông",
    "Xóm Lũng Rì",
    undefined,
    "Cơ sở nấu rượu ngô men lá theo cách của người Nùng, người Mông vùng Thông Nông. Ngô được trồng trên nương đá, thu hoạch khi hạt già rồi phơi khô trên gác bếp. Rượu ngô Đinh Đông đạt OCOP 3 sao cấp tỉnh.",
    true,
  ),
  row(
    "co-so-ruou-ngo-cai-van",
    "Cơ sở rượu ngô Cải Vân",
    "ho_kinh_doanh",
    "ha_quang",
    "Cần Yên",
    "Xóm Cải Vân",
    undefined,
    "Gia đình nấu rượu ngô thủ công trên bếp củi với nồi chưng cất bằng đồng. Men lá được làm từ hơn mười loại lá rừng hái trên núi quanh bản. Rượu ngô Cải Vân đạt OCOP 3 sao cấp tỉnh.",
    true,
  ),
  row(
    "htx-nong-nghiep-luc-khu",
    "HTX nông nghiệp Lục Khu",
    "hop_tac_xa",
    "ha_quang",
    "Tổng Cọt",
    "Xóm Lũng Tao",
    "Mã Văn Lạng",
    "Hợp tác xã giữ giống lạc đỏ bản địa được các hộ người Nùng gieo trồng trên đất nương và ruộng cạn. Lạc được phơi khô, tách vỏ và chọn hạt bằng tay. Lạc đỏ Lục Khu đạt OCOP 3 sao cấp tỉnh.",
    true,
  ),
  row(
    "me-farmstay",
    "Mế Farmstay",
    "ho_kinh_doanh",
    "ha_quang",
    "Trường Hà",
    "Xóm Nà Mạ",
    undefined,
    "Mế Farmstay là điểm lưu trú cộng đồng trong ngôi nhà sàn của người Tày ở vùng quê Hà Quảng. Du khách cùng chủ nhà làm vườn, nấu món ăn địa phương và đi bộ quanh bản. Mế Farmstay được công nhận OCOP 3 sao cấp tỉnh.",
    true,
  ),
  row(
    "htx-chan-nuoi-lon-den-ha-quang",
    "HTX chăn nuôi lợn đen Hà Quảng",
    "hop_tac_xa",
    "ha_quang",
    "Hà Quảng",
    "Xóm Nà Pò",
    "Lục Văn Khiêm",
    "Hợp tác xã liên kết các hộ nuôi lợn đen bản địa thả vườn, cho ăn ngô, cám gạo và rau rừng. Thịt lợn được làm lạp sườn, ướp rượu ngô rồi hun khói trên gác bếp. Lạp sườn lợn đen Hà Quảng đạt OCOP 3 sao cấp tỉnh.",
    true,
  ),
  row(
    "tht-thach-den-dong-khe",
    "Tổ hợp tác thạch đen Đông Khê",
    "to_hop_tac",
    "thach_an",
    "Đông Khê",
    "Khu 4",
    "Hoàng Thị Lụa",
    "Tổ hợp tác của những hộ trồng thạch đen quanh Đông Khê, nơi cây thạch đen được trồng trên đất đồi thấp. Cây được cắt khi ra hoa, ủ rồi phơi nhiều nắng để lá đen đều. Thạch đen Thạch An là đặc sản nổi tiếng của vùng.",
    true,
  ),
  row(
    "htx-hat-de-trung-khanh",
    "HTX hạt dẻ Trùng Khánh",
    "hop_tac_xa",
    "trung_khanh",
    "Đình Phong",
    "Xóm Pác Thay",
    "Nông Văn Khải",
    "Hợp tác xã thu mua và sơ chế hạt dẻ của các hộ trồng dẻ trong vùng chỉ dẫn địa lý Trùng Khánh. Hạt dẻ Trùng Khánh được cấp chỉ dẫn địa lý từ năm 2014, với vùng trồng hơn 240 ha. Hạt được chọn lọc và phân loại theo cỡ ngay sau khi thu nhặt.",
    true,
  ),
  row(
    "co-so-mat-ong-doan-linh",
    "Cơ sở mật ong Đoàn Linh",
    "ho_kinh_doanh",
    "nguyen_binh",
    "Nguyên Bình",
    "Tổ 2",
    undefined,
    "Cơ sở nuôi ong nội trên các sườn núi Nguyên Bình, di chuyển thùng ong theo mùa hoa rừng. Mật được quay bằng máy inox, lọc lạnh và đóng chai thủy tinh. Mật ong Đoàn Linh nằm trong nhóm sản phẩm OCOP tiêu biểu của tỉnh.",
    true,
  ),
]

/** Invented producers that make up the rest of the report's 91. */
const SAMPLE: ProducerRow[] = [
  // Thành phố Cao Bằng
  row("hkd-luong-thi-hoa", "Hộ kinh doanh Lương Thị Hoa", "ho_kinh_doanh", "thanh_pho_cao_bang", "Tân Giang", "Tổ 7", "Lương Thị Hoa",
    "Bà Lương Thị Hoa học làm bánh khảo và khẩu sli từ mẹ, một người Tày ở Hòa An, rồi mở lò bánh nhỏ ở thành phố. Bánh được làm bằng đường phên mua của bà con Phục Hòa và gạo nếp nương Bảo Lạc. Dịp giáp Tết, lò bánh làm việc từ sáng sớm đến khuya mới kịp đơn hàng.", true),
  row("cong-ty-tnhh-thuc-pham-bang-giang", "Công ty TNHH thực phẩm Bằng Giang", "doanh_nghiep", "thanh_pho_cao_bang", "Nùng Trí Cao", "Tổ 9, khu Đề Thám", "Hoàng Minh Tuấn",
    "Công ty chế biến lạp sườn, thịt trâu và thịt lợn gác bếp từ nguồn thịt của các trang trại trong tỉnh. Xưởng có phòng sấy khói bằng củi nghiến và dây chuyền hút chân không. Công ty cung cấp đặc sản Cao Bằng cho các cửa hàng ở Hà Nội và Lạng Sơn.", true),
  row("htx-dich-vu-nong-nghiep-vinh-quang", "HTX dịch vụ nông nghiệp Vĩnh Quang", "hop_tac_xa", "thanh_pho_cao_bang", "Nùng Trí Cao", "Xóm Nà Phía", "Nông Thị Thủy",
    "Hợp tác xã ở xã Vĩnh Quang cũ trồng dong riềng trên bãi bồi ven sông Bằng Giang. Các xã viên cùng làm miến và tinh bột dong vào mùa đông, khi củ đủ tinh bột. Nước thải lọc bột được xử lý qua bể lắng trước khi dùng tưới vườn.", true),
  row("hkd-hoang-van-duc", "Hộ kinh doanh Hoàng Văn Đức", "ho_kinh_doanh", "thanh_pho_cao_bang", "Thục Phán", "Tổ 4", "Hoàng Văn Đức",
    "Gia đình anh Hoàng Văn Đức làm bún và phở khô từ gạo Nà Giàng, Hòa An hơn hai mươi năm. Anh đầu tư máy tráng bánh và lò sấy để sản xuất được cả mùa mưa. Sản phẩm có mặt ở nhiều chợ và bếp ăn trường học trong thành phố.", true),
  row("hkd-be-thi-thu", "Hộ kinh doanh Bế Thị Thu", "ho_kinh_doanh", "thanh_pho_cao_bang", "Tân Giang", "Tổ 11", "Bế Thị Thu",
    "Chị Bế Thị Thu làm tương ớt theo công thức của bà ngoại, người Nùng ở Quảng Uyên. Ớt và tỏi được mua trực tiếp của các hộ trồng ven thành phố. Món tương này thường đi kèm vịt quay và bánh cuốn Cao Bằng.", true),

  // Hòa An
  row("htx-nong-nghiep-be-trieu", "HTX nông nghiệp Bế Triều", "hop_tac_xa", "hoa_an", "Hòa An", "Xóm Bản Phủ", "Bế Văn Hùng",
    "Hợp tác xã khôi phục giống nếp cẩm bản địa trên những thửa ruộng bậc thang ở Bế Triều. Các xã viên canh tác không dùng thuốc diệt cỏ và gặt tay. Một phần gạo được bán cho các cơ sở làm bún màu và rượu nếp trong tỉnh.", true),
  row("hkd-dam-thi-lan", "Hộ kinh doanh Đàm Thị Lan", "ho_kinh_doanh", "hoa_an", "Nam Tuấn", "Xóm Nà Nàn", "Đàm Thị Lan",
    "Chị Đàm Thị Lan hái chè dây trên các núi đá vôi quanh bản từ khi còn nhỏ theo mẹ. Nay chị trồng thêm chè dây dưới tán rừng và sao chè bằng chảo gang. Sản phẩm được khách du lịch về Hòa An mua làm quà.", true),
  row("hkd-nong-thi-hang", "Hộ kinh doanh Nông Thị Hằng", "ho_kinh_doanh", "hoa_an", "Bạch Đằng", "Xóm Nà Mười", "Nông Thị Hằng",
    "Hộ kinh doanh tráng phở khô từ gạo tẻ của đồng Hòa An, nơi có tiếng gạo thơm dẻo. Bột gạo được ủ qua đêm rồi tráng trên nồi hơi, phơi trên giàn tre. Mỗi ngày cơ sở làm khoảng hai tạ phở khô.", true),

  // Nguyên Bình
  row("htx-dong-rieng-tam-kim", "HTX dong riềng Tam Kim", "hop_tac_xa", "nguyen_binh", "Tam Kim", "Xóm Nà Bản", "Lý Văn Thành",
    "Hợp tác xã của đồng bào Dao và Tày ở Tam Kim trồng dong riềng trên những nương đồi dốc. Miến được tráng thủ công và phơi nắng trên các sào tre trước sân nhà văn hóa xóm. Hợp tác xã tạo việc làm mùa đông cho hơn ba mươi lao động.", true),
  row("tht-che-phja-oac", "Tổ hợp tác chè Phja Oắc", "to_hop_tac", "nguyen_binh", "Thành Công", "Xóm Khuổi Mỵ", "Triệu Thị Mai",
    "Tổ hợp tác gồm các hộ người Dao chăm sóc những cây chè shan tuyết mọc dưới chân núi Phja Oắc, trong mây mù quanh năm. Búp chè được hái tay từ những cây có tuổi đời hàng chục năm. Các thành viên tự làm cả chè xanh sao chảo và hồng trà lên men.", true),
  row("htx-du-lich-cong-dong-hoai-khao", "HTX du lịch cộng đồng Hoài Khao", "hop_tac_xa", "nguyen_binh", "Thành Công", "Xóm Hoài Khao", "Triệu Văn Hiền",
    "Hợp tác xã của người Dao Tiền ở xóm Hoài Khao tổ chức đón khách lưu trú trong những ngôi nhà trình tường mái ngói. Chị em trong hợp tác xã giữ nghề in hoa văn sáp ong và thêu khăn. Du khách được học in sáp ong và nhuộm chàm cùng người dân.", true),
  row("hkd-trieu-thi-may", "Hộ kinh doanh Triệu Thị Mẩy", "ho_kinh_doanh", "nguyen_binh", "Phan Thanh", "Xóm Lũng Mười", "Triệu Thị Mẩy",
    "Vườn mận Tam Hoa của gia đình chị Triệu Thị Mẩy nằm trên sườn đồi cao, sương mù dày vào mùa xuân. Mận chín được bán tươi, phần còn lại ngâm rượu theo cách của người Dao. Gia đình chị còn hướng dẫn các hộ khác trong xóm cải tạo vườn mận già.", true),
  row("hkd-ly-van-sinh", "Hộ kinh doanh Lý Văn Sinh", "ho_kinh_doanh", "nguyen_binh", "Tĩnh Túc", "Tổ 5", "Lý Văn Sinh",
    "Anh Lý Văn Sinh thu mua măng vầu, măng tre của bà con người Dao trên núi về luộc và phơi khô. Măng được phơi trên giàn bếp và không xông lưu huỳnh. Mỗi mùa mưa, cơ sở làm được khoảng hai tấn măng khô.", true),
  row("htx-nong-lam-nghiep-ca-thanh", "HTX nông lâm nghiệp Ca Thành", "hop_tac_xa", "nguyen_binh", "Ca Thành", "Xóm Nà Phiáy", "Bàn Văn Quý",
    "Hợp tác xã trồng nấm hương và mộc nhĩ trên gỗ rừng trồng ở độ cao trên 700 m. Thân gỗ sau khi hết nấm được ủ làm phân bón cho nương ngô. Các xã viên là đồng bào Dao và Mông được tập huấn kỹ thuật cấy giống nấm.", true),

  // Bảo Lạc
  row("htx-nong-lam-san-xuan-truong", "HTX nông lâm sản Xuân Trường", "hop_tac_xa", "bao_lac", "Xuân Trường", "Xóm Khau Dề", "Đặng Văn Phin",
    "Hợp tác xã quản lý vùng chè shan tuyết cổ thụ của người Dao ở Xuân Trường, có những cây hàng trăm năm tuổi. Chè được chế biến thành hồng trà và chè xanh trong xưởng nhỏ ngay giữa đồi chè. Hợp tác xã cam kết không bón phân hóa học cho vùng chè cổ thụ.", true),
  row("hkd-sung-van-pao", "Hộ kinh doanh Sùng Văn Páo", "ho_kinh_doanh", "bao_lac", "Cốc Pàng", "Xóm Lũng Vài", "Sùng Văn Páo",
    "Gia đình người Mông của anh Sùng Văn Páo nuôi trâu thả trên đồi cỏ và nấu rượu ngô men lá. Thịt trâu được tẩm mắc khén, treo gác bếp hơn một tuần. Rượu ngô được ủ trong chum sành đặt dưới gầm nhà.", true),
  row("hkd-nong-thi-nguyet", "Hộ kinh doanh Nông Thị Nguyệt", "ho_kinh_doanh", "bao_lac", "Bảo Lạc", "Khu 5", "Nông Thị Nguyệt",
    "Chị Nông Thị Nguyệt làm lạp sườn và thịt lợn gác bếp từ lợn đen của các hộ chăn nuôi quanh Bảo Lạc. Thịt được ướp rượu ngô, gừng rồi hun khói bằng củi nghiến. Khách ở Bảo Lạc thường đặt hàng từ trước Tết cả tháng.", true),
  row("htx-nong-nghiep-co-ba", "HTX nông nghiệp Cô Ba", "hop_tac_xa", "bao_lac", "Cô Ba", "Xóm Nà Bó", "Lương Văn Sáu",
    "Hợp tác xã nuôi ong nội và trồng mộc nhĩ dưới tán rừng ở Cô Ba. Các đàn ong được đặt trong thùng gỗ ven rừng nghiến và rừng dẻ. Hợp tác xã giúp các hộ nghèo có thêm thu nhập từ nghề nuôi ong.", true),
  row("tht-det-lanh-huy-giap", "Tổ hợp tác dệt lanh Huy Giáp", "to_hop_tac", "bao_lac", "Huy Giáp", "Xóm Nặm Chá", "Vàng Thị Mỷ",
    "Tổ hợp tác của hơn hai mươi phụ nữ Mông giữ nghề trồng lanh, se sợi và dệt vải trên khung cửi. Vải lanh được nhuộm chàm và vẽ sáp ong theo hoa văn truyền thống. Sản phẩm được bán cho khách du lịch và các cửa hàng thủ công ở Hà Nội.", true),
  row("hkd-dang-van-kiem", "Hộ kinh doanh Đặng Văn Kiềm", "ho_kinh_doanh", "bao_lac", "Khánh Xuân", "Xóm Phya Chang", "Đặng Văn Kiềm",
    "Anh Đặng Văn Kiềm, người Dao đỏ, trồng nếp cẩm trên ruộng bậc thang và làm măng khô vào mùa mưa. Ruộng được bón phân chuồng, không dùng thuốc diệt cỏ. Anh liên kết với sáu hộ trong xóm để có đủ hàng quanh năm.", true),
  row("cong-ty-tnhh-nong-san-son-lo", "Công ty TNHH nông sản Sơn Lộ", "doanh_nghiep", "bao_lac", "Sơn Lộ", "Xóm Nà Đoỏng", "Hà Văn Sơn",
    "Công ty thu mua nấm hương và mộc nhĩ của các hộ trồng nấm trên gỗ ở Bảo Lạc. Xưởng có lò sấy nhiệt độ thấp và khu phân loại sản phẩm theo kích cỡ. Công ty ký hợp đồng bao tiêu với gần một trăm hộ đồng bào dân tộc thiểu số.", true),

  // Bảo Lâm
  row("htx-nong-nghiep-ly-bon", "HTX nông nghiệp Lý Bôn", "hop_tac_xa", "bao_lam", "Lý Bôn", "Xóm Nà Pồng", "Hoàng Văn Lợi",
    "Hợp tác xã trồng gạo nếp hương và lạc đỏ trên những cánh đồng ven sông Gâm. Các xã viên người Tày, Dao cùng gieo cấy theo lịch thời vụ chung. Hợp tác xã có máy xay xát và máy tách vỏ lạc riêng.", true),
  row("hkd-ban-van-phin", "Hộ kinh doanh Bàn Văn Phin", "ho_kinh_doanh", "bao_lam", "Quảng Lâm", "Xóm Khuổi Khon", "Bàn Văn Phin",
    "Gia đình người Dao của anh Bàn Văn Phin nấu rượu thóc men lá theo cách ông bà truyền lại và nuôi ong ven rừng. Men lá được làm từ các loại lá hái trên núi vào tháng 7 âm lịch. Rượu được ủ trong chum sành và để lắng tự nhiên.", true),
  row("hkd-vang-thi-say", "Hộ kinh doanh Vàng Thị Sáy", "ho_kinh_doanh", "bao_lam", "Nam Quang", "Xóm Nà Mạ", "Vàng Thị Sáy",
    "Chị Vàng Thị Sáy, người Mông, làm thịt trâu gác bếp từ trâu nuôi thả trên núi. Gia vị gồm mắc khén, ớt và gừng đều do gia đình tự trồng. Chị bán hàng qua Zalo và gửi xe khách xuống thành phố.", true),
  row("hkd-nong-van-thuan", "Hộ kinh doanh Nông Văn Thuận", "ho_kinh_doanh", "bao_lam", "Yên Thổ", "Xóm Cốc Phường", "Nông Văn Thuận",
    "Anh Nông Văn Thuận vận động các hộ trong xóm chuyển đất nương bạc màu sang trồng dong riềng. Miến được tráng và phơi ngay tại nhà trong những ngày hanh khô cuối năm. Cơ sở bán miến cho các chợ phiên ở Bảo Lâm và Bảo Lạc.", true),
  row("hkd-ly-thi-meo", "Hộ kinh doanh Lý Thị Mèo", "ho_kinh_doanh", "bao_lam", "Bảo Lâm", "Xóm Khuổi Pao", "Lý Thị Mèo",
    "Chị Lý Thị Mèo, người Dao, chăm sóc nương chè shan tuyết của gia đình trên sườn núi cao hơn 900 m. Chè được sao tay trên chảo gang, vò bằng tay rồi phơi trong bóng râm. Chị học thêm cách đóng gói để bán chè cho khách du lịch.", true),
  row("hkd-hoang-van-tham", "Hộ kinh doanh Hoàng Văn Thắm", "ho_kinh_doanh", "bao_lam", "Lý Bôn", "Xóm Bản Là", "Hoàng Văn Thắm",
    "Gia đình anh Hoàng Văn Thắm nuôi lợn đen thả vườn và làm thịt lợn gác bếp theo cách của người Tày. Lợn được cho ăn ngô, cám gạo và rau chuối. Thịt được treo trên gác bếp củi ít nhất một tuần trước khi đóng gói.", true),

  // Hà Quảng
  row("tht-lam-huong-phja-thap", "Tổ hợp tác làm hương Phja Thắp", "to_hop_tac", "ha_quang", "Thanh Long", "Xóm Phja Thắp", "Hoàng Văn Nhất",
    "Tổ hợp tác của những hộ người Nùng ở xóm Phja Thắp giữ nghề làm hương thủ công hàng trăm năm. Bột hương làm từ vỏ cây mò, quế, hồi, trộn nước rồi se tay quanh que tre. Những giàn hương phơi nắng trước sân nhà thu hút nhiều du khách ghé thăm.", true),
  row("hkd-ma-van-hung", "Hộ kinh doanh Mã Văn Hùng", "ho_kinh_doanh", "ha_quang", "Thông Nông", "Xóm Nà Ngần", "Mã Văn Hùng",
    "Anh Mã Văn Hùng nuôi hơn một trăm đàn ong nội và một đàn trâu thả đồi ở Thông Nông. Mật được thu vào mùa hoa rừng, còn thịt trâu được làm gác bếp vào cuối năm. Anh bán hàng chủ yếu cho khách quen qua điện thoại và Zalo.", true),
  row("htx-nong-nghiep-truong-ha", "HTX nông nghiệp Trường Hà", "hop_tac_xa", "ha_quang", "Trường Hà", "Xóm Pác Bó", "Lục Thị Hiền",
    "Hợp tác xã của các hộ người Nùng ở Trường Hà làm bánh khảo và khẩu sli phục vụ khách về thăm khu di tích Pác Bó. Gạo nếp và lạc đều do xã viên trồng trên ruộng nhà. Hợp tác xã có gian bán hàng ngay tại bản.", true),
  row("hkd-luc-thi-xuan", "Hộ kinh doanh Lục Thị Xuân", "ho_kinh_doanh", "ha_quang", "Tổng Cọt", "Xóm Cả Poóc", "Lục Thị Xuân",
    "Chị Lục Thị Xuân làm bún khô từ gạo tẻ được cấy trên ruộng bậc thang ở Tổng Cọt. Sợi bún được phơi trên giàn tre trên đồi lộng gió. Sản phẩm được bán ở các chợ phiên vùng biên giới.", true),

  // Hạ Lang
  row("htx-may-tre-dan-ly-quoc", "HTX mây tre đan Lý Quốc", "hop_tac_xa", "ha_lang", "Lý Quốc", "Xóm Bản Mỏ", "Lương Thị Đào",
    "Hợp tác xã tập hợp hơn bốn mươi thợ đan người Tày, Nùng làm giỏ, làn và khay từ mây rừng và tre. Nan được vót tay, hun khói bếp củi để chống mối mọt. Phụ nữ trong bản đan hàng vào lúc nông nhàn, có thêm thu nhập ổn định.", true),
  row("hkd-nong-thi-hien", "Hộ kinh doanh Nông Thị Hiền", "ho_kinh_doanh", "ha_lang", "Vinh Quý", "Xóm Bản Khoòng", "Nông Thị Hiền",
    "Chị Nông Thị Hiền làm bánh khảo vào mùa Tết và trồng thạch đen trên đồi quanh nhà. Cây thạch đen được cắt khi ra hoa, ủ rồi phơi cho lá đen đều. Gia đình chị bán sản phẩm ở chợ Hạ Lang và qua Zalo.", true),
  row("htx-nong-lam-nghiep-quang-long", "HTX nông lâm nghiệp Quang Long", "hop_tac_xa", "ha_lang", "Quang Long", "Xóm Bản Thuộc", "Hà Văn Khánh",
    "Hợp tác xã chăm sóc những rừng hồi lâu năm và nuôi ong dưới tán rừng ở Quang Long. Hoa hồi được thu hai vụ mỗi năm và phơi khô tự nhiên. Mật ong hoa rừng là sản phẩm mới của hợp tác xã từ năm 2021.", true),
  row("hkd-ha-van-quyet", "Hộ kinh doanh Hà Văn Quyết", "ho_kinh_doanh", "ha_lang", "Hạ Lang", "Xóm Lũng Phiắc", "Hà Văn Quyết",
    "Anh Hà Văn Quyết làm lạp sườn Cao Bằng theo công thức của gia đình người Tày, ướp rượu ngô và gừng. Thịt lợn được mua của các hộ nuôi lợn bản địa trong xã. Lạp sườn được phơi gió mùa đông và hun khói bếp củi.", true),
  row("hkd-chu-thi-dung", "Hộ kinh doanh Chu Thị Dung", "ho_kinh_doanh", "ha_lang", "Hạ Lang", "Xóm Nà Thin", "Chu Thị Dung",
    "Chị Chu Thị Dung làm miến dong từ dong riềng trồng trên bãi ven suối Hạ Lang. Chị cải tiến khâu tráng miến bằng máy để sợi đều mà vẫn phơi nắng tự nhiên. Miến được bán cho khách đi chợ biên giới và khách du lịch.", true),
  row("cong-ty-tnhh-nong-san-ha-lang", "Công ty TNHH nông sản Hạ Lang", "doanh_nghiep", "ha_lang", "Lý Quốc", "Xóm Nà Lạn", "Đinh Văn Tài",
    "Công ty thu mua hạt dẻ, nấm hương và các nông sản khác của đồng bào vùng biên Hạ Lang. Công ty có kho lạnh nhỏ để giữ hạt dẻ tươi lâu hơn. Sản phẩm được phân phối cho các siêu thị ở Cao Bằng và Lạng Sơn.", true),
  row("hkd-luong-van-khai", "Hộ kinh doanh Lương Văn Khải", "ho_kinh_doanh", "ha_lang", "Quang Long", "Xóm Bản Chang", "Lương Văn Khải",
    "Gia đình anh Lương Văn Khải làm khẩu sli mỗi dịp Tết và lễ cưới trong bản. Mật mía được nấu từ mía nhà trồng, gạo nếp được giã, rang phồng thủ công. Anh nhận làm bánh theo đơn cho các đám cưới ở Hạ Lang.", true),

  // Quảng Hòa
  row("htx-ren-phuc-sen", "HTX rèn Phúc Sen", "hop_tac_xa", "quang_hoa", "Độc Lập", "Xóm Khuổi Khỏn", "Nông Văn Thùy",
    "Hợp tác xã tập hợp các lò rèn của người Nùng An ở làng rèn Phúc Sen, nghề truyền qua nhiều đời. Dao được rèn từ thép nhíp ô tô và tôi nước theo bí quyết riêng của thợ cả. Sản phẩm của làng có mặt ở nhiều tỉnh miền núi phía Bắc.", true),
  row("hkd-nong-thi-anh", "Hộ kinh doanh Nông Thị Ánh", "ho_kinh_doanh", "quang_hoa", "Quảng Uyên", "Tổ 3", "Nông Thị Ánh",
    "Chị Nông Thị Ánh thu hái chè dây trên núi đá và trồng thạch đen trên nương. Các sản phẩm được phơi, sao bằng tay và đóng túi tại nhà. Chị bán hàng ở chợ Quảng Uyên và gửi đơn đi các tỉnh qua bưu điện.", true),
  row("htx-mia-duong-phuc-hoa", "HTX mía đường Phục Hòa", "hop_tac_xa", "quang_hoa", "Phục Hòa", "Xóm Nà Thuổm", "Lý Văn Tiến",
    "Hợp tác xã trồng mía trên đất bãi ven sông và nấu đường phên, kẹo lạc theo cách truyền thống. Mùa ép mía kéo dài từ tháng 11 đến tháng 3 năm sau. Đường phên của hợp tác xã được nhiều lò bánh khảo trong tỉnh đặt mua.", true),
  row("cong-ty-tnhh-thuc-pham-quang-uyen", "Công ty TNHH thực phẩm Quảng Uyên", "doanh_nghiep", "quang_hoa", "Quảng Uyên", "Tổ 6", "Lương Thị Ngân",
    "Công ty chế biến lạp sườn và thịt xông khói từ lợn của các trang trại trong huyện theo quy trình an toàn thực phẩm. Xưởng có buồng xông khói, phòng lạnh và máy hút chân không. Công ty giao hàng cho các cửa hàng đặc sản ở Hà Nội.", true),
  row("hkd-hoang-thi-nhung", "Hộ kinh doanh Hoàng Thị Nhung", "ho_kinh_doanh", "quang_hoa", "Hạnh Phúc", "Xóm Pác Ngà", "Hoàng Thị Nhung",
    "Chị Hoàng Thị Nhung làm bánh khảo và bún màu từ nguyên liệu của các hộ trong xóm. Màu bún lấy từ lá cẩm, gấc, lá dứa và nghệ do gia đình tự trồng. Lò bánh nhỏ của chị tạo việc làm thời vụ cho năm phụ nữ trong xóm.", true),
  row("hkd-luong-van-binh", "Hộ kinh doanh Lương Văn Bình", "ho_kinh_doanh", "quang_hoa", "Bế Văn Đàn", "Xóm Nà Đon", "Lương Văn Bình",
    "Anh Lương Văn Bình nuôi ong nội trên những đồi cây ăn quả và rừng tái sinh. Mỗi năm anh thu hai vụ mật chính vào mùa xuân và mùa thu. Anh hướng dẫn nhiều hộ trong xã cách nhân đàn ong mà không cần mua giống.", true),
  row("hkd-vi-thi-tuyet", "Hộ kinh doanh Vi Thị Tuyết", "ho_kinh_doanh", "quang_hoa", "Quảng Uyên", "Tổ 8", "Vi Thị Tuyết",
    "Chị Vi Thị Tuyết làm bún khô từ gạo của cánh đồng Quảng Uyên. Sợi bún được sấy bằng lò than để có hàng cả mùa mưa. Sản phẩm được bán cho các quán ăn và bếp ăn tập thể trong vùng.", true),
  row("hkd-nong-van-hai", "Hộ kinh doanh Nông Văn Hải", "ho_kinh_doanh", "quang_hoa", "Độc Lập", "Xóm Lũng Đính", "Nông Văn Hải",
    "Anh Nông Văn Hải làm lạp sườn và thịt hun khói theo công thức của người Nùng An. Thịt lợn được lấy từ các hộ chăn nuôi trong xã và ướp ngay trong ngày. Mỗi mùa đông, anh làm khoảng một tấn lạp sườn.", true),

  // Thạch An
  row("htx-nong-nghiep-duc-long", "HTX nông nghiệp Đức Long", "hop_tac_xa", "thach_an", "Đức Long", "Xóm Nà Kheo", "Hoàng Văn Minh",
    "Hợp tác xã trồng thạch đen trên hơn mười hecta đất đồi và chế biến thạch đen khô, nước thạch đen đóng chai. Cây thạch đen được ủ, phơi nhiều nắng trên sân gạch của hợp tác xã. Hợp tác xã bao tiêu sản phẩm cho các hộ trồng thạch đen trong xã.", true),
  row("hkd-ly-thi-phuong", "Hộ kinh doanh Lý Thị Phương", "ho_kinh_doanh", "thach_an", "Canh Tân", "Xóm Nà Chang", "Lý Thị Phương",
    "Gia đình chị Lý Thị Phương có hơn ba hecta rừng hồi do ông bà trồng từ những năm 1980. Hoa hồi được thu vào mùa thu, phơi khô trên sân đất rồi sàng sạch. Chị bán hồi cho các quán phở và cửa hàng gia vị trong tỉnh.", true),
  row("hkd-hoang-van-tien", "Hộ kinh doanh Hoàng Văn Tiến", "ho_kinh_doanh", "thach_an", "Kim Đồng", "Xóm Bản Kéo", "Hoàng Văn Tiến",
    "Anh Hoàng Văn Tiến nuôi ong nội ven rừng và trồng cây ăn quả để có thêm nguồn hoa. Mật được lọc lạnh, đo độ ẩm rồi đóng chai thủy tinh. Anh được xã chọn làm hộ mẫu về nuôi ong sinh thái.", true),
  row("cong-ty-tnhh-san-xuat-dong-khe", "Công ty TNHH sản xuất Đông Khê", "doanh_nghiep", "thach_an", "Đông Khê", "Khu 2", "Đàm Thị Hương",
    "Công ty sản xuất miến dong và bún khô trên dây chuyền tráng, sấy khép kín. Nguyên liệu dong riềng và gạo được thu mua theo hợp đồng với các hộ trong huyện. Sản phẩm có mặt ở các siêu thị tại Cao Bằng, Lạng Sơn và Thái Nguyên.", true),
  row("hkd-hoang-van-sang", "Hộ kinh doanh Hoàng Văn Sáng", "ho_kinh_doanh", "thach_an", "Minh Khai", "Xóm Cốc Lùng", "Hoàng Văn Sáng",
    "Gia đình anh Hoàng Văn Sáng làm bánh khảo từ hơn ba mươi năm nay, truyền qua ba thế hệ. Bột nếp được rang bằng chảo gang trên bếp củi cho thơm. Dịp Tết, gia đình làm tới hàng nghìn hộp bánh.", true),
  row("hkd-nong-van-loi", "Hộ kinh doanh Nông Văn Lợi", "ho_kinh_doanh", "thach_an", "Thạch An", "Xóm Nà Pá", "Nông Văn Lợi",
    "Anh Nông Văn Lợi nuôi lợn đen thả vườn và làm thịt lợn gác bếp theo cách người Tày. Thịt được tẩm mắc khén, ớt, gừng và treo trên bếp củi nhiều ngày. Anh bán hàng qua Zalo và gửi xe khách đi Hà Nội.", true),

  // Trùng Khánh
  row("htx-du-lich-khuoi-ky", "HTX du lịch cộng đồng Khuổi Ky", "hop_tac_xa", "trung_khanh", "Đàm Thủy", "Xóm Khuổi Ky", "Nông Văn Bảo",
    "Hợp tác xã của người Tày ở làng đá Khuổi Ky đón khách lưu trú trong những ngôi nhà sàn bằng đá cổ. Làng nằm không xa thác Bản Giốc và động Ngườm Ngao. Xã viên cùng nấu ăn, hướng dẫn khách đi bộ và biểu diễn hát then.", true),
  row("htx-gao-nep-ong-doai-duong", "HTX gạo nếp ong Đoài Dương", "hop_tac_xa", "trung_khanh", "Đoài Dương", "Xóm Bản Khâm", "Hoàng Văn Tùng",
    "Hợp tác xã giữ giống nếp ong (khẩu phjẩng) trên những thửa ruộng đầu nguồn nước ở Đoài Dương. Lúa chỉ cấy một vụ mỗi năm và được gặt tay khi chín đều. Hợp tác xã có máy xay xát nhỏ để gạo giữ được lớp cám mỏng.", true),
  row("hkd-dam-van-thanh", "Hộ kinh doanh Đàm Văn Thanh", "ho_kinh_doanh", "trung_khanh", "Đình Phong", "Xóm Pò Peo", "Đàm Văn Thanh",
    "Gia đình anh Đàm Văn Thanh có vườn dẻ hơn hai trăm cây, nhiều cây đã trên ba mươi năm tuổi. Hạt dẻ được nhặt khi quả chín tự rụng và phơi se trong bóng râm. Anh bán hạt dẻ tươi và hạt dẻ rang cho khách du lịch về thác Bản Giốc.", true),
  row("htx-cay-an-qua-tra-linh", "HTX cây ăn quả Trà Lĩnh", "hop_tac_xa", "trung_khanh", "Trà Lĩnh", "Xóm Pác Rằng", "Bế Văn Khang",
    "Hợp tác xã liên kết các hộ trồng quýt trên những sườn đồi ở Trà Lĩnh. Vườn quýt được bón phân chuồng hoai và tỉa cành sau mỗi vụ. Hợp tác xã tổ chức thu hoạch, phân loại và đóng thùng tập trung.", true),
  row("hkd-be-thi-lieu", "Hộ kinh doanh Bế Thị Liễu", "ho_kinh_doanh", "trung_khanh", "Quang Hán", "Xóm Nà Rặc", "Bế Thị Liễu",
    "Chị Bế Thị Liễu dệt thổ cẩm Tày trên khung cửi của mẹ để lại và may túi, khăn bán cho khách. Gia đình chị còn có vườn quýt trên đồi sau nhà. Chị truyền nghề dệt cho các em gái trong xóm vào mùa nông nhàn.", true),
  row("cong-ty-tnhh-dac-san-ban-gioc", "Công ty TNHH đặc sản Bản Giốc", "doanh_nghiep", "trung_khanh", "Đàm Thủy", "Xóm Bản Giốc", "Lục Văn Toàn",
    "Công ty sản xuất lạp sườn, bánh khảo và các món quà đặc sản phục vụ khách du lịch thác Bản Giốc. Xưởng chế biến có khu hun khói và phòng đóng gói riêng biệt. Công ty ưu tiên thu mua nguyên liệu của các hộ trong xã.", true),
  row("hkd-nong-van-chuyen", "Hộ kinh doanh Nông Văn Chuyên", "ho_kinh_doanh", "trung_khanh", "Quang Trung", "Xóm Lũng Nọi", "Nông Văn Chuyên",
    "Anh Nông Văn Chuyên cấy nếp ong trên ruộng bậc thang tưới bằng nước khe núi. Gia đình giữ giống lúa cũ và tự để giống qua từng vụ. Gạo được bán cho khách quen ở thị trấn và các tỉnh xuôi.", true),
  row("hkd-luc-thi-mai", "Hộ kinh doanh Lục Thị Mai", "ho_kinh_doanh", "trung_khanh", "Trùng Khánh", "Tổ 4", "Lục Thị Mai",
    "Chị Lục Thị Mai thu mua gạo nếp ong của bà con để xát, đóng túi và bán quanh năm. Gạo được bảo quản trong kho khô, kê cao và xát theo đơn hàng. Chị đưa sản phẩm lên các phiên chợ quê và hội chợ của tỉnh.", true),
]

const SEED = 20240630

const MOBILE_PREFIXES = ["032", "033", "034", "035", "036", "037", "038", "039", "056", "058", "070", "076", "077", "078", "079", "081", "082", "083", "084", "085", "086", "088", "089", "091", "094", "096", "097", "098"] as const

const digits = (random: Random, count: number): string => Array.from({ length: count }, () => String(random.int(0, 9))).join("")

/** "0912 345 678" */
function mobile(random: Random): string {
  const national = `${random.pick(MOBILE_PREFIXES)}${digits(random, 7)}`
  return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
}

/** "0206 3852 123" (Cao Bằng landline). */
function landline(random: Random): string {
  return `0206 3${digits(random, 3)} ${digits(random, 3)}`
}

/** Sample emails use the reserved example.com domain so a seeded shop never mails a real inbox. */
function emailFor(producer: ProducerRow): string {
  if (producer.type === "ho_kinh_doanh") return `${producer.key.replace(/^(hkd|co-so)-/, "").replace(/-/g, "")}@example.com`
  const prefix = producer.type === "hop_tac_xa" ? "htx" : "cty"
  return `${prefix}${producer.key.split("-").slice(-2).join("")}@example.com`
}

function withContacts(rows: ProducerRow[]): SeedProducer[] {
  const random = createRandom(SEED)
  const usedPhones = new Set<string>()
  const unique = (make: () => string): string => {
    for (;;) {
      const phone = make()
      if (!usedPhones.has(phone)) {
        usedPhones.add(phone)
        return phone
      }
    }
  }
  return rows.map((producer): SeedProducer => {
    if (!producer.is_sample) return { ...producer, phone: unique(() => landline(random)) }
    const formal = producer.type === "hop_tac_xa" || producer.type === "doanh_nghiep"
    const phone = unique(() => (formal && random.chance(0.5) ? landline(random) : mobile(random)))
    const zalo = phone.startsWith("0206") ? unique(() => mobile(random)) : phone
    const hasEmail = formal || (producer.type === "ho_kinh_doanh" && random.chance(0.4))
    const hasRegistration = producer.type !== "to_hop_tac"
    return {
      ...producer,
      phone,
      zalo,
      ...(hasEmail ? { email: emailFor(producer) } : {}),
      ...(hasRegistration ? { registration_number: `48${digits(random, 8)}` } : {}),
    }
  })
}

export const PRODUCERS: SeedProducer[] = withContacts([...REAL, ...MAKERS_OF_REAL_PRODUCTS, ...SAMPLE])
