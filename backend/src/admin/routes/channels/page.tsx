import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { AccountPanel } from "../../components/channels/account-panel"
import { AccountTable } from "../../components/channels/account-table"
import { channelKeys, channelsApi } from "../../lib/channels-api"
import { useUrlFilters } from "../../lib/use-url-filters"
import { QueryState } from "../../components/query-state"

/** Kênh bán: marketplace shops with token warnings, each shop's listings, errors and runs. */
const ChannelsPage = () => {
  const filters = useUrlFilters<"account">()
  const accounts = useQuery({ queryKey: channelKeys.accounts(), queryFn: channelsApi.listAccounts })
  const list = accounts.data?.accounts ?? []
  const selected = list.find((account) => account.id === filters.get("account")) ?? list[0]

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">Kênh bán</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Gian hàng trên Shopee, Lazada, Postmart, Voso và 24/7 / Sales channels: one master stock, pushed by the backend or the channel CLI
          </Text>
        </div>
        <QueryState query={accounts} />
        {accounts.data && !list.length ? (
          <div className="px-6 py-8">
            <Text size="small" className="text-ui-fg-subtle">
              Chưa kết nối gian hàng nào. Kết nối bằng CLI kênh bán hoặc POST /admin/channels/accounts.
            </Text>
          </div>
        ) : null}
        {list.length ? (
          <div className="overflow-x-auto">
            <AccountTable accounts={list} selectedId={selected?.id ?? ""} onSelect={(id) => filters.patch({ account: id })} />
          </div>
        ) : null}
      </Container>
      {selected ? (
        <Container className="p-0">
          <AccountPanel key={selected.id} account={selected} />
        </Container>
      ) : null}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Kênh bán",
})

export default ChannelsPage
