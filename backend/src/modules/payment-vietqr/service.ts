import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MedusaError, PaymentActions } from "@medusajs/framework/utils"

export type VietQrOptions = {
  bank_bin: string
  bank_name: string
  account_number: string
  account_name: string
  /** A demonstration account: the storefront warns shoppers not to transfer. */
  is_sample?: boolean
}

/**
 * Bank transfer by VietQR (NAPAS 24/7). Placing the order authorises it and
 * shows the shopper a QR with the exact amount and the order code; the money
 * is "captured" when staff see the transfer and mark the order paid in the
 * admin (Capture payment).
 */
export class VietQrPaymentProvider extends AbstractPaymentProvider<VietQrOptions> {
  static identifier = "vietqr"

  static validateOptions(options: Record<string, unknown>): void {
    const problems: string[] = []
    if (!/^\d{6}$/.test(String(options.bank_bin ?? ""))) problems.push("bank_bin must be the 6-digit NAPAS BIN")
    if (!/^[0-9A-Za-z]{1,19}$/.test(String(options.account_number ?? ""))) problems.push("account_number must be 1–19 letters or digits")
    if (!String(options.account_name ?? "").trim()) problems.push("account_name is required")
    if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `VietQR provider: ${problems.join("; ")}`)
  }

  protected readonly options: VietQrOptions

  constructor(cradle: Record<string, unknown>, options: VietQrOptions) {
    super(cradle, options)
    this.options = options
  }

  private bankDetails() {
    return {
      method: "vietqr",
      bank_bin: this.options.bank_bin,
      bank_name: this.options.bank_name,
      account_number: this.options.account_number,
      account_name: this.options.account_name,
      is_sample: this.options.is_sample === true,
    }
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    return {
      id: `vietqr_${Date.now().toString(36)}`,
      data: { ...this.bankDetails(), amount: Number(input.amount) },
      status: "pending",
    }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { status: "authorized", data: { ...input.data, ...this.bankDetails(), ordered_at: new Date().toISOString() } }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...input.data, received_at: new Date().toISOString() } }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: input.data }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { status: input.data?.received_at ? "captured" : input.data?.ordered_at ? "authorized" : "pending" }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: { ...input.data, refunded_amount: Number(input.amount) } }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: { ...input.data, ...this.bankDetails(), amount: Number(input.amount) } }
  }

  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default VietQrPaymentProvider
