import { Button, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage, ocopApi } from "../../lib/api"
import { useOcopMutation } from "../../lib/use-ocop-mutation"
import type { ProductOcop } from "../../lib/types"
import { AttachDrawer } from "./attach-drawer"
import { CertifyDrawer } from "./certify-drawer"
import { FileRenewalDrawer } from "./file-renewal-drawer"
import { RenewDrawer } from "./renew-drawer"
import { RevokeDrawer } from "./revoke-drawer"

type Dialog = "certify" | "renew" | "revoke" | "file" | "attach" | null

/**
 * Certify, renew, file renewal, revoke, attach and detach. The drawers stay
 * mounted so a closed drawer keeps what was typed into it.
 */
export function CertificateActions({ productId, ocop }: { productId: string; ocop: ProductOcop }) {
  const [dialog, setDialog] = useState<Dialog>(null)
  const prompt = usePrompt()
  const current = ocop.current_certificate
  const detach = useOcopMutation((certificateId: string) => ocopApi.detachCertificate(productId, certificateId))
  const live = current && current.status !== "revoked"
  const openChange = (name: Exclude<Dialog, null>) => (open: boolean) => setDialog(open ? name : null)

  const onDetach = async () => {
    if (!current) return
    const confirmed = await prompt({
      title: "Gỡ chứng nhận khỏi sản phẩm?",
      description: `Sản phẩm sẽ không còn hiển thị dấu OCOP của chứng nhận ${current.certificate_number} cho đến khi được cấp hoặc gắn chứng nhận khác.`,
      confirmText: "Gỡ",
      cancelText: "Huỷ",
    })
    if (!confirmed) return
    detach.mutate(current.id, {
      onSuccess: () => toast.success(`Đã gỡ chứng nhận ${current.certificate_number}`),
      onError: (error) => toast.error("Không gỡ được chứng nhận", { description: errorMessage(error) }),
    })
  }

  return (
    <div className="flex flex-wrap gap-2">
      <Button size="small" variant={current ? "secondary" : "primary"} onClick={() => setDialog("certify")}>
        Cấp chứng nhận mới
      </Button>
      {live ? (
        <>
          <Button size="small" variant="secondary" onClick={() => setDialog("renew")}>
            Gia hạn
          </Button>
          {!current.renewal_filed_at ? (
            <Button size="small" variant="secondary" onClick={() => setDialog("file")}>
              Nộp hồ sơ gia hạn
            </Button>
          ) : null}
          <Button size="small" variant="secondary" onClick={() => setDialog("revoke")}>
            Thu hồi
          </Button>
        </>
      ) : null}
      {current ? (
        <Button size="small" variant="transparent" isLoading={detach.isPending} onClick={() => void onDetach()}>
          Gỡ khỏi sản phẩm
        </Button>
      ) : null}
      <Button size="small" variant="transparent" onClick={() => setDialog("attach")}>
        Gắn chứng nhận có sẵn
      </Button>

      <CertifyDrawer
        productId={productId}
        currentProducer={ocop.producer}
        open={dialog === "certify"}
        onOpenChange={openChange("certify")}
      />
      <AttachDrawer productId={productId} open={dialog === "attach"} onOpenChange={openChange("attach")} />
      {current ? (
        <>
          <RenewDrawer
            key={`renew-${current.id}`}
            certificate={current}
            open={dialog === "renew"}
            onOpenChange={openChange("renew")}
          />
          <RevokeDrawer
            key={`revoke-${current.id}`}
            certificate={current}
            open={dialog === "revoke"}
            onOpenChange={openChange("revoke")}
          />
          <FileRenewalDrawer
            key={`file-${current.id}`}
            certificate={current}
            open={dialog === "file"}
            onOpenChange={openChange("file")}
          />
        </>
      ) : null}
    </div>
  )
}
