import { Button, Checkbox, Heading, Label, Text, toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { errorMessage } from "../../lib/api"
import { LISTING_STATUS_OPTIONS, platformLabel } from "../../lib/channel-labels"
import type { ChannelAccount, ChannelRun, ListingsQuery, RequestRunKind } from "../../lib/channel-types"
import { channelKeys, channelsApi } from "../../lib/channels-api"
import { FormError } from "../form-error"
import { Pagination } from "../pagination"
import { SelectField } from "../select-field"
import { ListingTable } from "./listing-table"
import { RunTable } from "./run-table"

const PAGE_SIZE = 20

/** "Chạy thử: 2 tạo mới, 1 cập nhật, 0 lỗi" — a run's counts in one line. */
function runMessage(run: ChannelRun): string {
  const label = run.kind === "dry-run" ? "Chạy thử (không gửi gì lên sàn)" : "Đã đồng bộ"
  return `${label}: ${run.created_count} tạo mới, ${run.updated_count} cập nhật, ${run.unchanged_count} không đổi, ${run.failed_count} lỗi/từ chối`
}

function runError(summary: Record<string, unknown> | null): string {
  return typeof summary?.error === "string" ? summary.error : "không rõ lý do"
}
const ALL = "all"

/** One account: request a run, its ledger (filterable), its recent runs. */
export function AccountPanel({ account }: { account: ChannelAccount }) {
  const queryClient = useQueryClient()
  const [status, setStatus] = useState(ALL)
  const [needsPush, setNeedsPush] = useState(false)
  const [offset, setOffset] = useState(0)
  const query: ListingsQuery = {
    status: status === ALL ? undefined : [status as NonNullable<ListingsQuery["status"]>[number]],
    needs_push: needsPush ? true : undefined,
    offset,
    limit: PAGE_SIZE,
  }
  const listings = useQuery({
    queryKey: channelKeys.listings(account.id, query),
    queryFn: () => channelsApi.listListings(account.id, query),
    placeholderData: keepPreviousData,
  })
  const runs = useQuery({ queryKey: channelKeys.runs(account.id), queryFn: () => channelsApi.listRuns(account.id) })
  // With tokens on the account the backend pushes itself; without, the request is left for the channel CLI.
  const backendPushes = account.has_access_token && account.has_refresh_token
  const request = useMutation({
    mutationFn: async (kind: RequestRunKind) =>
      backendPushes ? channelsApi.push(account.id, kind === "dry-run") : channelsApi.requestRun(account.id, kind),
    onSuccess: ({ run }) => {
      if (!backendPushes) toast.success("Đã ghi nhận yêu cầu. Công cụ dòng lệnh (CLI) sẽ thực hiện ở lần chạy tới.")
      else if (run.status === "failed") toast.error(`Đồng bộ lỗi: ${runError(run.summary)}`)
      else toast.success(runMessage(run))
      return queryClient.invalidateQueries({ queryKey: channelKeys.all })
    },
    onError: (error) => toast.error(errorMessage(error)),
  })
  // Only for accounts the backend reaches itself; it also pulls them every five minutes.
  const pull = useMutation({
    mutationFn: () => channelsApi.pullOrders(account.id),
    onSuccess: ({ run }) => {
      if (run?.status === "failed") toast.error(`Lấy đơn lỗi: ${runError(run.summary)}`)
      else if (run) toast.success(`Lấy đơn hàng: ${run.created_count} đơn mới, ${run.unchanged_count} đã có, ${run.failed_count} lỗi/từ chối`)
      return queryClient.invalidateQueries({ queryKey: channelKeys.all })
    },
    onError: (error) => toast.error(errorMessage(error)),
  })

  return (
    <div className="divide-y">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h2">
            {account.name} · {platformLabel(account.platform)}
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Quy tắc tồn: giữ lại {account.stock_reserve}, đẩy {account.stock_percent}%, về 0 khi dưới {account.stock_zero_below}.
            Giá sàn = giá × {account.price_multiplier} {account.price_offset >= 0 ? "+" : "−"} {Math.abs(account.price_offset).toLocaleString("vi-VN")} ₫.
          </Text>
          <Text size="xsmall" className="text-ui-fg-muted">
            {backendPushes
              ? "Máy chủ tự lấy đơn hàng mỗi 5 phút và tự đẩy tồn kho và chứng nhận sau mỗi đơn hàng, lần hủy, lần sửa tồn; các nút dưới đây chạy ngay."
              : "Gian hàng chưa có token: việc đăng và đồng bộ do công cụ dòng lệnh kênh bán (thư mục scripts/) thực hiện; các nút dưới đây chỉ ghi nhận yêu cầu."}
          </Text>
        </div>
        <div className="flex gap-2">
          {backendPushes ? (
            <Button size="small" variant="secondary" isLoading={pull.isPending} onClick={() => pull.mutate()}>
              Lấy đơn hàng
            </Button>
          ) : null}
          <Button size="small" variant="secondary" isLoading={request.isPending} onClick={() => request.mutate("dry-run")}>
            Chạy thử (dry run)
          </Button>
          <Button size="small" isLoading={request.isPending} onClick={() => request.mutate("push")}>
            Đồng bộ
          </Button>
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-4 px-6 py-4">
        <Heading level="h3">Sản phẩm trên sàn</Heading>
        <div className="w-48">
          <SelectField
            value={status}
            onChange={(value) => {
              setStatus(value)
              setOffset(0)
            }}
            options={[{ value: ALL, label: "Mọi trạng thái" }, ...LISTING_STATUS_OPTIONS]}
            size="small"
          />
        </div>
        <div className="flex items-center gap-x-2">
          <Checkbox
            id="needs-push"
            checked={needsPush}
            onCheckedChange={(checked) => {
              setNeedsPush(checked === true)
              setOffset(0)
            }}
          />
          <Label htmlFor="needs-push" size="small">
            Chỉ sản phẩm cần đẩy
          </Label>
        </div>
      </div>
      {listings.isError ? (
        <div className="px-6 py-4">
          <FormError messages={[errorMessage(listings.error)]} />
        </div>
      ) : null}
      {listings.data ? (
        listings.data.listings.length ? (
          <>
            <div className="overflow-x-auto">
              <ListingTable listings={listings.data.listings} />
            </div>
            <Pagination count={listings.data.count} offset={listings.data.offset} limit={listings.data.limit} onOffsetChange={setOffset} />
          </>
        ) : (
          <div className="px-6 py-6">
            <Text size="small" className="text-ui-fg-subtle">
              Chưa có sản phẩm nào khớp bộ lọc. Sổ đăng bán được cập nhật sau mỗi lần đồng bộ (máy chủ hoặc CLI).
            </Text>
          </div>
        )
      ) : null}

      <div className="px-6 py-4">
        <Heading level="h3">Lần chạy gần đây</Heading>
      </div>
      {runs.data?.runs.length ? (
        <div className="overflow-x-auto">
          <RunTable runs={runs.data.runs} />
        </div>
      ) : (
        <div className="px-6 pb-6">
          <Text size="small" className="text-ui-fg-subtle">
            Chưa có lần chạy nào.
          </Text>
        </div>
      )}
    </div>
  )
}
