import crypto from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"

/**
 * The part of Stripe's API that Medusa's Stripe provider uses for a card
 * payment, served locally so checkout can be tested without network access.
 * It checks requests the way api.stripe.com does (key, form encoding, integer
 * amounts in the currency's smallest unit, known parameters, idempotency keys)
 * and answers with Stripe-shaped objects and Stripe's error envelope.
 */

export type FormValue = string | FormObject
export interface FormObject {
  [key: string]: FormValue
}

export type RecordedRequest = {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  query: FormObject
  body: FormObject
  status: number
}

type PaymentIntentStatus = "requires_payment_method" | "requires_capture" | "succeeded" | "canceled"

export type PaymentIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  status: PaymentIntentStatus
  client_secret: string
  capture_method: string
  automatic_payment_methods: { enabled: boolean } | null
  metadata: Record<string, string>
  description: string | null
  customer: string | null
  payment_method: string | null
  latest_charge: string | null
  last_payment_error: null
  next_action: null
  created: number
  livemode: false
}

type StripeError = { type: string; message: string; code?: string; param?: string; payment_intent?: PaymentIntent }

class StripeHttpError extends Error {
  constructor(readonly status: number, readonly error: StripeError) {
    super(error.message)
  }
}

/** Stripe's own list: amounts in these are whole units (215000 VND is 215.000 ₫, not 2.150 ₫). */
const ZERO_DECIMAL = ["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"]
const SUPPORTED_CURRENCIES = new Set([...ZERO_DECIMAL, "usd", "eur", "gbp", "sgd", "thb"])
/** Stripe accepts at most eight digits in `amount`, whatever the currency. */
const MAX_AMOUNT = 99_999_999

const CREATE_PARAMS = new Set([
  "amount",
  "currency",
  "metadata",
  "expand",
  "capture_method",
  "automatic_payment_methods",
  "description",
  "customer",
  "payment_method",
  "payment_method_types",
  "payment_method_configuration",
  "payment_method_data",
  "payment_method_options",
  "setup_future_usage",
  "off_session",
  "confirm",
  "return_url",
])
const UPDATE_PARAMS = new Set(["amount", "currency", "metadata", "expand", "description", "payment_method", "setup_future_usage"])

const randomId = (prefix: string) => `${prefix}_${crypto.randomBytes(12).toString("base64url").replace(/[-_]/g, "x")}`

/** Decodes Stripe's bracketed form encoding (metadata[session_id]=…, expand[0]=…) into nested objects. */
export function parseForm(text: string): FormObject {
  const root: FormObject = {}
  for (const [key, value] of new URLSearchParams(text)) {
    const path = key.replace(/\]/g, "").split("[")
    let node = root
    path.forEach((part, index) => {
      if (index === path.length - 1) {
        node[part] = value
        return
      }
      const existing = node[part]
      const child: FormObject = typeof existing === "object" ? existing : {}
      node[part] = child
      node = child
    })
  }
  return root
}

function invalid(message: string, param?: string, code?: string): StripeHttpError {
  return new StripeHttpError(400, {
    type: "invalid_request_error",
    message,
    ...(code ? { code } : {}),
    ...(param ? { param } : {}),
  })
}

function rejectUnknown(body: FormObject, allowed: Set<string>): void {
  const unknown = Object.keys(body).find((key) => !allowed.has(key))
  if (unknown) throw invalid(`Received unknown parameter: ${unknown}`, unknown, "parameter_unknown")
}

function readAmount(raw: FormValue | undefined, currency: string): number {
  if (typeof raw !== "string" || !/^\d+$/.test(raw)) {
    throw invalid(`Invalid integer: ${typeof raw === "string" ? raw : "(nested)"}`, "amount", "parameter_invalid_integer")
  }
  const amount = Number(raw)
  if (amount < 1) throw invalid("Amount must be at least 1 " + currency, "amount", "amount_too_small")
  if (amount > MAX_AMOUNT) throw invalid("Amount must be no more than 99,999,999", "amount", "amount_too_large")
  return amount
}

function readCurrency(raw: FormValue | undefined): string {
  if (typeof raw !== "string" || raw === "") throw invalid("Missing required param: currency.", "currency", "parameter_missing")
  if (!SUPPORTED_CURRENCIES.has(raw)) throw invalid(`Invalid currency: ${raw}.`, "currency")
  return raw
}

function readStrings(raw: FormValue | undefined, param: string): Record<string, string> {
  if (raw === undefined) return {}
  if (typeof raw === "string") throw invalid(`Invalid object`, param)
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== "string") throw invalid(`Invalid value for ${param}[${key}]`, `${param}[${key}]`)
    out[key] = value
  }
  return out
}

export class StripeContractServer {
  readonly requests: RecordedRequest[] = []
  private readonly intents = new Map<string, PaymentIntent>()
  private readonly idempotent = new Map<string, { fingerprint: string; status: number; body: unknown }>()
  private readonly server = http.createServer((req, res) => void this.handle(req, res))

  constructor(private readonly apiKey: string) {
    if (!/^sk_test_/.test(apiKey)) throw new Error("the contract server only plays Stripe's test mode")
  }

  /** Listens on a free port on 127.0.0.1 and returns the origin to use as STRIPE_API_BASE. */
  async start(): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject)
      this.server.listen(0, "127.0.0.1", resolve)
    })
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  intent(id: string): PaymentIntent {
    const intent = this.intents.get(id)
    if (!intent) throw new Error(`no payment intent ${id}`)
    return structuredClone(intent)
  }

  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && path.test(request.path))
  }

  /**
   * What Stripe.js's confirmPayment does with a good test card: the charge
   * goes through; with automatic capture the intent succeeds, otherwise it
   * waits for capture.
   */
  payWithCard(id: string): PaymentIntent {
    const intent = this.intents.get(id)
    if (!intent) throw new Error(`no payment intent ${id}`)
    intent.payment_method = randomId("pm")
    intent.latest_charge = randomId("ch")
    if (intent.capture_method === "manual") {
      intent.status = "requires_capture"
      intent.amount_capturable = intent.amount
    } else {
      intent.status = "succeeded"
      intent.amount_received = intent.amount
    }
    return structuredClone(intent)
  }

  /** A Stripe event as delivered to a webhook endpoint. */
  event(type: string, intent: PaymentIntent): string {
    return JSON.stringify({
      id: randomId("evt"),
      object: "event",
      api_version: "2024-04-10",
      created: Math.floor(Date.now() / 1000),
      data: { object: intent },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    })
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString("utf8")
    const url = new URL(req.url ?? "/", "http://stripe.local")
    const method = req.method ?? "GET"
    const query = parseForm(url.search.slice(1))
    const record: RecordedRequest = { method, path: url.pathname, headers: req.headers, query, body: {}, status: 0 }
    this.requests.push(record)

    let status = 200
    let body: unknown
    try {
      this.authenticate(req.headers.authorization)
      const form = (req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")
      if (method === "POST" && raw !== "" && !form) {
        throw invalid("Stripe's API takes application/x-www-form-urlencoded request bodies")
      }
      record.body = parseForm(raw)
      // Idempotency keys only mean something on POST.
      const key = method === "POST" ? req.headers["idempotency-key"] : undefined
      const fingerprint = `${method} ${url.pathname} ${raw}`
      const replay = this.replay(key, fingerprint)
      if (replay) {
        ;({ status, body } = replay)
        res.setHeader("idempotent-replayed", "true")
      } else {
        body = this.route(method, url.pathname, method === "GET" ? record.query : record.body)
        this.remember(key, fingerprint, status, body)
      }
    } catch (error) {
      ;[status, body] =
        error instanceof StripeHttpError
          ? [error.status, { error: error.error }]
          : [500, { error: { type: "api_error", message: error instanceof Error ? error.message : String(error) } }]
    }
    record.status = status
    res.writeHead(status, { "content-type": "application/json", "request-id": randomId("req") })
    res.end(JSON.stringify(body))
  }

  private authenticate(header: string | undefined): void {
    if (!header) {
      throw new StripeHttpError(401, {
        type: "invalid_request_error",
        message: "You did not provide an API key. You need to provide your API key in the Authorization header, " +
          "using Bearer auth.",
      })
    }
    if (header !== `Bearer ${this.apiKey}`) {
      const key = header.replace(/^Bearer /, "")
      const masked = `${key.slice(0, 8)}****${key.slice(-4)}`
      throw new StripeHttpError(401, { type: "invalid_request_error", message: `Invalid API Key provided: ${masked}` })
    }
  }

  /** Stripe replays the first answer to a repeated key, and refuses the key for a different request. */
  private replay(key: string | string[] | undefined, fingerprint: string): { status: number; body: unknown } | undefined {
    if (typeof key !== "string") return undefined
    const seen = this.idempotent.get(key)
    if (!seen) return undefined
    if (seen.fingerprint !== fingerprint) {
      throw new StripeHttpError(400, {
        type: "idempotency_error",
        message:
          "Keys for idempotent requests can only be used with the same parameters they were first used with. " +
          `Try using a key other than '${key}' if you meant to execute a different request.`,
      })
    }
    return { status: seen.status, body: seen.body }
  }

  private remember(key: string | string[] | undefined, fingerprint: string, status: number, body: unknown): void {
    if (typeof key === "string") this.idempotent.set(key, { fingerprint, status, body })
  }

  private route(method: string, path: string, params: FormObject): unknown {
    if (method === "POST" && path === "/v1/payment_intents") return this.create(params)
    const match = /^\/v1\/payment_intents\/([^/]+)(\/capture|\/cancel)?$/.exec(path)
    if (match) {
      const intent = this.find(match[1])
      if (method === "GET" && !match[2]) return this.render(intent, params)
      if (method === "POST" && !match[2]) return this.update(intent, params)
      if (method === "POST" && match[2] === "/capture") return this.capture(intent, params)
      if (method === "POST" && match[2] === "/cancel") return this.cancel(intent, params)
    }
    throw new StripeHttpError(404, {
      type: "invalid_request_error",
      message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs.`,
    })
  }

  private find(id: string): PaymentIntent {
    const intent = this.intents.get(id)
    if (!intent) {
      throw new StripeHttpError(404, {
        type: "invalid_request_error",
        code: "resource_missing",
        param: "intent",
        message: `No such payment_intent: '${id}'`,
      })
    }
    return intent
  }

  private create(params: FormObject): unknown {
    rejectUnknown(params, CREATE_PARAMS)
    if (params.amount === undefined) throw invalid("Missing required param: amount.", "amount", "parameter_missing")
    const currency = readCurrency(params.currency)
    const amount = readAmount(params.amount, currency)
    const metadata = readStrings(params.metadata, "metadata")
    // Not a Stripe rule but Medusa's contract: webhooks find the payment session through it.
    if (!/^payses_/.test(metadata.session_id ?? "")) {
      throw invalid("metadata[session_id] must carry Medusa's payment session id", "metadata[session_id]", "parameter_missing")
    }
    const captureMethod = typeof params.capture_method === "string" ? params.capture_method : "automatic"
    if (!["automatic", "automatic_async", "manual"].includes(captureMethod)) {
      throw invalid(`Invalid capture_method: ${captureMethod}`, "capture_method")
    }
    const automatic = readStrings(params.automatic_payment_methods, "automatic_payment_methods")
    const id = randomId("pi")
    const intent: PaymentIntent = {
      id,
      object: "payment_intent",
      amount,
      amount_capturable: 0,
      amount_received: 0,
      currency,
      status: "requires_payment_method",
      client_secret: `${id}_secret_${crypto.randomBytes(12).toString("hex")}`,
      capture_method: captureMethod,
      // Since API version 2023-08-16 Stripe turns these on unless told otherwise.
      automatic_payment_methods: { enabled: automatic.enabled !== "false" },
      metadata,
      description: typeof params.description === "string" ? params.description : null,
      customer: typeof params.customer === "string" ? params.customer : null,
      payment_method: null,
      latest_charge: null,
      last_payment_error: null,
      next_action: null,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
    }
    this.intents.set(id, intent)
    return this.render(intent, params)
  }

  private update(intent: PaymentIntent, params: FormObject): unknown {
    rejectUnknown(params, UPDATE_PARAMS)
    if (intent.status === "succeeded" || intent.status === "canceled") {
      throw this.unexpectedState(intent, `You cannot update this PaymentIntent because it has a status of ${intent.status}.`)
    }
    if (params.currency !== undefined) intent.currency = readCurrency(params.currency)
    if (params.amount !== undefined) intent.amount = readAmount(params.amount, intent.currency)
    if (params.metadata !== undefined) intent.metadata = { ...intent.metadata, ...readStrings(params.metadata, "metadata") }
    return this.render(intent, params)
  }

  private capture(intent: PaymentIntent, params: FormObject): unknown {
    if (intent.status !== "requires_capture") {
      throw this.unexpectedState(
        intent,
        `This PaymentIntent could not be captured because it has a status of ${intent.status}. ` +
          "Only a PaymentIntent with one of the following statuses may be captured: requires_capture."
      )
    }
    intent.status = "succeeded"
    intent.amount_received = intent.amount_capturable
    intent.amount_capturable = 0
    return this.render(intent, params)
  }

  private cancel(intent: PaymentIntent, params: FormObject): unknown {
    if (intent.status === "succeeded" || intent.status === "canceled") {
      throw this.unexpectedState(intent, `You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`)
    }
    intent.status = "canceled"
    return this.render(intent, params)
  }

  private unexpectedState(intent: PaymentIntent, message: string): StripeHttpError {
    return new StripeHttpError(400, {
      type: "invalid_request_error",
      code: "payment_intent_unexpected_state",
      message,
      payment_intent: structuredClone(intent),
    })
  }

  /** Honours expand[]=payment_method as Stripe does. */
  private render(intent: PaymentIntent, params: FormObject): unknown {
    const expand = typeof params.expand === "object" ? Object.values(params.expand) : []
    const copy = structuredClone(intent)
    if (expand.includes("payment_method") && copy.payment_method) {
      return {
        ...copy,
        payment_method: {
          id: copy.payment_method,
          object: "payment_method",
          type: "card",
          card: { brand: "visa", last4: "4242" },
        },
      }
    }
    return copy
  }
}
