export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Date (isoformat) */
  Date: { input: string; output: string; }
  /** A moment as ISO 8601. Always returned in Beijing time with its offset ("2026-03-01T09:30:00+08:00"); a value sent without an offset is read as Beijing time (Asia/Shanghai). */
  DateTime: { input: string; output: string; }
  /** An amount of money in yuan as a decimal string with two places, e.g. "1234.50". */
  Yuan: { input: string; output: string; }
};

/** 支付宝 merchant credentials, from the Alipay open platform console (RSA2 keys). */
export type AlipayCredentialsInput = {
  /** 支付宝公钥 (not the app's public key). */
  alipayPublicKey: Scalars['String']['input'];
  /** 应用 APPID, 16 digits. */
  appId: Scalars['String']['input'];
  /** 应用私钥 (RSA2, PKCS#1 or PKCS#8, PEM or bare base64). */
  appPrivateKey: Scalars['String']['input'];
  /** 商户 PID, 2088 + 12 digits. */
  sellerId: Scalars['String']['input'];
};

/** Why logging in failed. */
export type AuthError = {
  __typename?: 'AuthError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: AuthErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of AuthError. */
export type AuthErrorCode =
  /** 当前登录的人太多，请几秒后再试。 */
  | 'BUSY'
  /** 用户名或密码错误。 */
  | 'INVALID_CREDENTIALS'
  /** 登录尝试过于频繁，请稍后再试。 */
  | 'RATE_LIMITED'
  /** 请输入用户名和密码。 */
  | 'REQUIRED';

/** The input of `bookDemo`. Ask for a product demo; our staff will confirm a time. */
export type BookDemoInput = {
  /** The city the company works in, e.g. 北京. */
  city: Scalars['String']['input'];
  /** The property-management company's name (物业公司名称). */
  companyName: Scalars['String']['input'];
  /** Who to talk to (联系人). */
  contactName: Scalars['String']['input'];
  /** The contact's e-mail address; empty: none. */
  email?: Scalars['String']['input'];
  /** About how many houses (户) the company manages; null: not said. */
  housesManaged?: InputMaybe<Scalars['Int']['input']>;
  /** Anything else the prospect wants us to know. */
  notes?: Scalars['String']['input'];
  /** The contact's mainland mobile, 11 digits. */
  phone: Scalars['String']['input'];
  /** When the prospect would like the demo (+08:00); null: any time. */
  preferredTime?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What `bookDemo` returns: the result on success, or `errors` saying why nothing changed. */
export type BookDemoPayload = {
  __typename?: 'BookDemoPayload';
  /** The DemoBooking as it now stands; null when `errors` is not empty. */
  demoBooking: Maybe<DemoBooking>;
  /** Why nothing was changed; empty on success. */
  errors: Array<DemoBookingError>;
};

/** One thing a role may do. */
export type Capability =
  /** 发布公告 */
  | 'ANNOUNCEMENT_PUBLISH'
  /** 查看公告 */
  | 'ANNOUNCEMENT_VIEW'
  /** 查看个人信息访问记录 */
  | 'AUDIT_VIEW'
  /** 查看账单 */
  | 'BILL_VIEW'
  /** 新增或删除小区 */
  | 'COMMUNITY_CREATE'
  /** 公司设置 */
  | 'COMPANY_SETTINGS'
  /** 数据导入 */
  | 'DATA_IMPORT'
  /** 管理设备 */
  | 'EQUIPMENT_MANAGE'
  /** 查看设备 */
  | 'EQUIPMENT_VIEW'
  /** 维保与巡检 */
  | 'EQUIPMENT_WORK'
  /** 管理房产 */
  | 'ESTATE_MANAGE'
  /** 查看房产 */
  | 'ESTATE_VIEW'
  /** 收费设置 */
  | 'FEE_SETUP'
  /** 财务报表 */
  | 'FINANCE_REPORT'
  /** 出站消息 */
  | 'MESSAGE_OUTBOX'
  /** 抄表 */
  | 'METER_READING_RECORD'
  /** 管理停车 */
  | 'PARKING_MANAGE'
  /** 查看停车 */
  | 'PARKING_VIEW'
  /** 支付对账 */
  | 'PAYMENT_RECONCILE'
  /** 登记线下收款 */
  | 'PAYMENT_RECORD'
  /** 线上退款 */
  | 'PAYMENT_REFUND'
  /** 查看完整个人信息 */
  | 'PII_REVEAL'
  /** 个人信息导出与匿名化 */
  | 'PRIVACY_REQUEST'
  /** 审核业主认证 */
  | 'REGISTRATION_REVIEW'
  /** 管理住户 */
  | 'RESIDENT_MANAGE'
  /** 查看住户 */
  | 'RESIDENT_VIEW'
  /** 员工管理 */
  | 'STAFF_MANAGE'
  /** 审批减免 */
  | 'WAIVER_APPROVE'
  /** 申请减免 */
  | 'WAIVER_REQUEST'
  /** 管理工单 */
  | 'WORKORDER_MANAGE'
  /** 报修设置 */
  | 'WORKORDER_SETTINGS'
  /** 查看工单 */
  | 'WORKORDER_VIEW'
  /** 处理派给自己的工单 */
  | 'WORKORDER_WORK';

/** A stored credential field: its last four characters only. */
export type CredentialHint = {
  __typename?: 'CredentialHint';
  /** Its last four characters, so you can tell which one is stored. */
  last4: Scalars['String']['output'];
  /** The credential field's name, e.g. app_id or private_key. */
  name: Scalars['String']['output'];
};

/** 演示预约 A prospect's request for a product demo. */
export type DemoBooking = Node & {
  __typename?: 'DemoBooking';
  /** When one of the vendor's staff took the booking (+08:00); null: new, nobody has yet. */
  acknowledgedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who took the booking; null: nobody yet. */
  acknowledgedByName: Maybe<Scalars['String']['output']>;
  /** 城市 */
  city: Scalars['String']['output'];
  /** 公司名称 */
  companyName: Scalars['String']['output'];
  /** 联系人 */
  contactName: Scalars['String']['output'];
  /** 提交时间 */
  createdAt: Scalars['DateTime']['output'];
  /** 邮箱 */
  email: Scalars['String']['output'];
  /** 在管房屋数 */
  housesManaged: Maybe<Scalars['Int']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 会议链接 */
  meetingUrl: Scalars['String']['output'];
  /** 备注 */
  notes: Scalars['String']['output'];
  /** 手机号 */
  phone: Scalars['String']['output'];
  /** 期望时间 */
  preferredTime: Scalars['DateTime']['output'];
  /** The vendor staff member presenting the demo; null: not assigned yet. */
  presenterName: Maybe<Scalars['String']['output']>;
  /** 演示时间 */
  scheduledAt: Maybe<Scalars['DateTime']['output']>;
  /** 状态 */
  status: DemoBookingStatus;
};

/** The new demo booking to take. */
export type DemoBookingAcknowledgeInput = {
  /** Global ID of the DemoBooking to acknowledge (its `id`). */
  id: Scalars['ID']['input'];
};

/** The input of `demoBookingClose`. Mark a demo done or cancelled. */
export type DemoBookingCloseInput = {
  /** Global ID of the DemoBooking to close (its `id`). */
  id: Scalars['ID']['input'];
  /** Whether the demo took place or was called off. */
  outcome: DemoBookingOutcome;
};

/** A page of results with the total count. */
export type DemoBookingCountedConnection = {
  __typename?: 'DemoBookingCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<DemoBookingEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type DemoBookingEdge = {
  __typename?: 'DemoBookingEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: DemoBooking;
};

/** Why a demo booking change was refused. */
export type DemoBookingError = {
  __typename?: 'DemoBookingError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: DemoBookingErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of DemoBookingError. */
export type DemoBookingErrorCode =
  /** 该预约已由 {name} 认领。 */
  | 'ALREADY_ACKNOWLEDGED'
  /** 该预约已完成或已取消，不能再修改。 */
  | 'CLOSED'
  /** 请输入有效的邮箱地址。 */
  | 'EMAIL_INVALID'
  /** 在管房屋数不能为负数。 */
  | 'HOUSES_INVALID'
  /** 找不到该演示预约。 */
  | 'NOT_FOUND'
  /** 请输入有效的中国大陆手机号（11 位，以 13–19 开头）。 */
  | 'PHONE_INVALID'
  /** 演示顾问须为在职的平台员工。 */
  | 'PRESENTER_INVALID'
  /** 预约请求过于频繁，请稍后再试。 */
  | 'RATE_LIMITED'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 请选择将来的时间。 */
  | 'TIME_IN_PAST'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG'
  /** 请输入有效的会议链接。 */
  | 'URL_INVALID';

/** How a demo booking ended. */
export type DemoBookingOutcome =
  /** 已取消 */
  | 'CANCELLED'
  /** 已演示 */
  | 'DONE';

/** What `demoBookingSchedule`, `demoBookingClose`, `demoBookingAcknowledge` returns: the result on success, or `errors` saying why nothing changed. */
export type DemoBookingPayload = {
  __typename?: 'DemoBookingPayload';
  /** The DemoBooking as it now stands; null when `errors` is not empty. */
  demoBooking: Maybe<DemoBooking>;
  /** Why nothing was changed; empty on success. */
  errors: Array<DemoBookingError>;
};

/** The input of `demoBookingSchedule`. Confirm a demo time with the prospect. */
export type DemoBookingScheduleInput = {
  /** Global ID of the DemoBooking to schedule (its `id`). */
  id: Scalars['ID']['input'];
  /** Link to the online meeting; empty: none yet. */
  meetingUrl?: Scalars['String']['input'];
  /** Vendor staff presenting; defaults to the caller. */
  presenterUsername?: InputMaybe<Scalars['String']['input']>;
  /** When the demo takes place (+08:00). */
  scheduledAt: Scalars['DateTime']['input'];
};

/** Where a demo booking stands. */
export type DemoBookingStatus =
  /** 已取消 */
  | 'CANCELLED'
  /** 已完成 */
  | 'DONE'
  /** 待安排 */
  | 'REQUESTED'
  /** 已安排 */
  | 'SCHEDULED';

/** Log in with a username (or the account's phone) and password. */
export type LoginInput = {
  /** The account's password. */
  password: Scalars['String']['input'];
  /** The account's username, or its phone number. */
  username: Scalars['String']['input'];
};

/** What `login` returns: the result on success, or `errors` saying why nothing changed. */
export type LoginPayload = {
  __typename?: 'LoginPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<AuthError>;
  /** When the token stops working (+08:00); null when `errors` is not empty. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Send as `Authorization: Bearer <token>`. */
  token: Maybe<Scalars['String']['output']>;
  /** The account now logged in; null when `errors` is not empty. */
  viewer: Maybe<Viewer>;
};

/** What `logout` returns: the result on success, or `errors` saying why nothing changed. */
export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  /** True: the token is revoked and no longer works. */
  ok: Scalars['Boolean']['output'];
};

/** Signing up for a trial, booking a demo, logging in; the vendor's console manages companies (租户), demo bookings and its own payment gateways. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Ask for a product demo; our staff will confirm a time. */
  bookDemo: BookDemoPayload;
  /** Take a new demo booking (认领): it leaves the console's badge for the whole team. Scheduling or closing a booking nobody took takes it too. */
  demoBookingAcknowledge: DemoBookingPayload;
  /** Mark a demo done or cancelled. */
  demoBookingClose: DemoBookingPayload;
  /** Confirm a demo time with the prospect. */
  demoBookingSchedule: DemoBookingPayload;
  /** Log in on this host; returns an API token valid on this host only. */
  login: LoginPayload;
  /** Revoke the token this request carries and end the browser session. */
  logout: LogoutPayload;
  /** The platform's own gateway credentials. */
  paymentGatewayConfigure: PaymentGatewayConfigurePayload;
  /** Check the platform's stored credentials. */
  paymentGatewayTest: PaymentGatewayTestPayload;
  /** Start a 30-day free trial: the company is ready to use on return. */
  signUpForTrial: SignUpForTrialPayload;
  /** Start paying for a plan with the token of a subscriptionCheckoutLink (made by the company's admin on the company's host). The price is the plan's; on payment the company moves to that plan. */
  subscriptionCheckout: SubscriptionCheckoutPayload;
  /** Move a company onto a paid plan. */
  tenantConvertToPaid: TenantPayload;
  /** Lift a company's suspension: its host and logins work again. Vendor's console staff only. */
  tenantReactivate: TenantPayload;
  /** Stop serving a company until reactivated. */
  tenantSuspend: TenantPayload;
  /** Extend a trial by 1–90 days. */
  tenantTrialExtend: TenantPayload;
  /** Change your own display name or email. */
  viewerUpdate: ViewerUpdatePayload;
};


/** Signing up for a trial, booking a demo, logging in; the vendor's console manages companies (租户), demo bookings and its own payment gateways. */
export type MutationBookDemoArgs = {
  input: BookDemoInput;
};


/** Signing up for a trial, booking a demo, logging in; the vendor's console manages companies (租户), demo bookings and its own payment gateways. */
export type MutationDemoBookingAcknowledgeArgs = {
  input: DemoBookingAcknowledgeInput;
};


/** Signing up for a trial, booking a demo, logging in; the vendor's console manages companies (租户), demo bookings and its own payment gateways. */
export type MutationDemoBookingCloseArgs = {
  input: DemoBookingCloseInput;
};


/** Signing up for a trial, booking a demo, logging in; the vendor's console manages companies (租户), demo bookings and its own payment gateways. */
export type MutationDemoBookingScheduleArgs = {
  input: DemoBookingScheduleInput;
};


/** Signing up for a trial, booking a demo, logging in; the vendor's console manages companies (租户), demo bookings and its own payment gateways. */
export type MutationLoginArgs = {
  input: LoginInput;
};


/** Signing up for a trial, booking a demo, logging in; the vendor's console manages companies (租户), demo bookings and its own payment gateways. */
export type MutationPaymentGatewayConfigureArgs = {
  input: PaymentGatewayConfigureInput;
};


/** Signing up for a trial, booking a demo, logging in; the vendor's console manages companies (租户), demo bookings and its own payment gateways. */
export type MutationPaymentGatewayTestArgs = {
  input: PaymentGatewayTestInput;
};


/** Signing up for a trial, booking a demo, logging in; the vendor's console manages companies (租户), demo bookings and its own payment gateways. */
export type MutationSignUpForTrialArgs = {
  input: SignUpForTrialInput;
};


/** Signing up for a trial, booking a demo, logging in; the vendor's console manages companies (租户), demo bookings and its own payment gateways. */
export type MutationSubscriptionCheckoutArgs = {
  input: SubscriptionCheckoutInput;
};


/** Signing up for a trial, booking a demo, logging in; the vendor's console manages companies (租户), demo bookings and its own payment gateways. */
export type MutationTenantConvertToPaidArgs = {
  input: TenantConvertToPaidInput;
};


/** Signing up for a trial, booking a demo, logging in; the vendor's console manages companies (租户), demo bookings and its own payment gateways. */
export type MutationTenantReactivateArgs = {
  input: TenantReactivateInput;
};


/** Signing up for a trial, booking a demo, logging in; the vendor's console manages companies (租户), demo bookings and its own payment gateways. */
export type MutationTenantSuspendArgs = {
  input: TenantSuspendInput;
};


/** Signing up for a trial, booking a demo, logging in; the vendor's console manages companies (租户), demo bookings and its own payment gateways. */
export type MutationTenantTrialExtendArgs = {
  input: TenantTrialExtendInput;
};


/** Signing up for a trial, booking a demo, logging in; the vendor's console manages companies (租户), demo bookings and its own payment gateways. */
export type MutationViewerUpdateArgs = {
  input: ViewerUpdateInput;
};

/** An object with a Globally Unique ID */
export type Node = {
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
};

/** Information to aid in pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** When paginating forwards, the cursor to continue. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** When paginating forwards, are there more items? */
  hasNextPage: Scalars['Boolean']['output'];
  /** When paginating backwards, are there more items? */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** When paginating backwards, the cursor to continue. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** QR_CODE (scan to pay), PAGE (desktop redirect), APP (Alipay app order string), CARD (Stripe). */
export type PaymentChannel =
  /** App 支付 */
  | 'APP'
  /** 银行卡支付 */
  | 'CARD'
  /** 网页支付 */
  | 'PAGE'
  /** 扫码支付 */
  | 'QR_CODE';

/** What the front end needs to take the payment. */
export type PaymentCheckout = {
  __typename?: 'PaymentCheckout';
  /** How the payer pays: which of the fields below is set. */
  channel: PaymentChannel;
  /** CARD: give this to Stripe's payment sheet. */
  clientSecret: Maybe<Scalars['String']['output']>;
  /** The payment provider (支付渠道) taking the money. */
  gateway: PaymentGateway;
  /** False for the sandbox: no real money moves. */
  isRealMoney: Scalars['Boolean']['output'];
  /** 模拟支付 · 非真实资金 for the sandbox; show it. Empty otherwise. */
  label: Scalars['String']['output'];
  /** APP: hand this to the Alipay app SDK. */
  orderString: Maybe<Scalars['String']['output']>;
  /** QR_CODE: encode this in a QR code (or open it). */
  qrCodeUrl: Maybe<Scalars['String']['output']>;
  /** PAGE: send the browser here. */
  redirectUrl: Maybe<Scalars['String']['output']>;
};

/** ALIPAY, STRIPE or SANDBOX (no real money). */
export type PaymentGateway =
  /** 支付宝 */
  | 'ALIPAY'
  /** 模拟支付 · 非真实资金 */
  | 'SANDBOX'
  /** Stripe */
  | 'STRIPE';

/** Set one gateway's credentials (they replace what was stored) or switch it on/off. */
export type PaymentGatewayConfigureInput = {
  /** For ALIPAY. */
  alipay?: InputMaybe<AlipayCredentialsInput>;
  /** Whether payers may use it; default true. */
  enabled?: Scalars['Boolean']['input'];
  /** The payment provider (支付渠道) to configure. */
  gateway: PaymentGateway;
  /** For STRIPE. Leave both out to only switch a configured gateway on or off. */
  stripe?: InputMaybe<StripeCredentialsInput>;
};

/** What `paymentGatewayConfigure` returns: the result on success, or `errors` saying why nothing changed. */
export type PaymentGatewayConfigurePayload = {
  __typename?: 'PaymentGatewayConfigurePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<PaymentGatewaySettingsError>;
  /** The PaymentGatewaySetting as it now stands; null when `errors` is not empty. */
  setting: Maybe<PaymentGatewaySetting>;
};

/** One gateway of the merchant: configured or not. */
export type PaymentGatewaySetting = {
  __typename?: 'PaymentGatewaySetting';
  /** True when its credentials are stored. */
  configured: Scalars['Boolean']['output'];
  /** True when payers may use it. */
  enabled: Scalars['Boolean']['output'];
  /** Never the values: the last four characters. */
  fields: Array<CredentialHint>;
  /** The payment provider (支付渠道). */
  gateway: PaymentGateway;
  /** False for the sandbox: no real money moves. */
  isRealMoney: Scalars['Boolean']['output'];
  /** Give this URL to the provider (Alipay notify URL, Stripe webhook). */
  notifyUrl: Scalars['String']['output'];
  /** What the last test said; empty: not tested. */
  testMessage: Scalars['String']['output'];
  /** Result of the last paymentGatewayTest; null: not tested. */
  testOk: Maybe<Scalars['Boolean']['output']>;
  /** When paymentGatewayTest last ran; null: never. */
  testedAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was last configured; null: never. */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** Why gateway credentials were refused. */
export type PaymentGatewaySettingsError = {
  __typename?: 'PaymentGatewaySettingsError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: PaymentGatewaySettingsErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of PaymentGatewaySettingsError. */
export type PaymentGatewaySettingsErrorCode =
  /** 支付宝应用 ID 为 16 位数字。 */
  | 'APP_ID_INVALID'
  /** 密钥校验未通过：{detail} */
  | 'CHECK_FAILED'
  /** 请填写该支付渠道的密钥。 */
  | 'DETAILS_MISSING'
  /** 该支付渠道尚未配置或已停用。 */
  | 'NOT_CONFIGURED'
  /** 应用私钥须为 2048 位及以上的 RSA 私钥（PKCS#1 或 PKCS#8）。 */
  | 'PRIVATE_KEY_INVALID'
  /** 支付宝公钥须为 2048 位及以上的 RSA 公钥。 */
  | 'PUBLIC_KEY_INVALID'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 模拟支付仅用于试用和演示，不能收取真实费用。 */
  | 'SANDBOX_NOT_ALLOWED'
  /** Stripe 密钥须以 sk_ 或 rk_ 开头。 */
  | 'SECRET_KEY_INVALID'
  /** 支付宝商户号（PID）为 2088 开头的 16 位数字。 */
  | 'SELLER_ID_INVALID'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG'
  /** Stripe Webhook 签名密钥须以 whsec_ 开头。 */
  | 'WEBHOOK_SECRET_INVALID';

/** The input of `paymentGatewayTest`. Check the platform's stored credentials. */
export type PaymentGatewayTestInput = {
  /** The configured provider to try with its stored credentials. */
  gateway: PaymentGateway;
};

/** What `paymentGatewayTest` returns: the result on success, or `errors` saying why nothing changed. */
export type PaymentGatewayTestPayload = {
  __typename?: 'PaymentGatewayTestPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<PaymentGatewaySettingsError>;
  /** True when the gateway answered with the stored credentials. */
  ok: Scalars['Boolean']['output'];
  /** The PaymentGatewaySetting as it now stands; null when `errors` is not empty. */
  setting: Maybe<PaymentGatewaySetting>;
};

/** Where an online payment order stands. */
export type PaymentOrderState =
  /** 已关闭 */
  | 'CLOSED'
  /** 已支付 */
  | 'PAID'
  /** 待支付 */
  | 'PENDING'
  /** 已退款 */
  | 'REFUNDED';

/** 套餐 A subscription plan a company can be on. */
export type Plan = {
  __typename?: 'Plan';
  /** 代码 */
  code: Scalars['String']['output'];
  /** 说明 */
  description: Scalars['String']['output'];
  /** 房屋上限 — 空表示不限 */
  maxHouses: Maybe<Scalars['Int']['output']>;
  /** Monthly price in yuan. */
  monthlyPrice: Scalars['Yuan']['output'];
  /** 名称 */
  name: Scalars['String']['output'];
  /** English name */
  nameEn: Scalars['String']['output'];
};

/** Why a profile change was refused. */
export type ProfileError = {
  __typename?: 'ProfileError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: ProfileErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of ProfileError. */
export type ProfileErrorCode =
  /** 请输入有效的邮箱地址。 */
  | 'EMAIL_INVALID'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG';

/** What the public host answers: plans and signup checks for anyone; companies, demo bookings and payment gateways for the vendor's console (平台运营) staff. */
export type Query = {
  __typename?: 'Query';
  /** Demo bookings (预约演示) by prospects, newest first; vendor's console staff only. */
  demoBookings: DemoBookingCountedConnection;
  /** The logged-in account. */
  me: Viewer;
  /** The platform's own gateways (plan payments): configured or not, last four characters. */
  paymentGatewaySettings: Array<PaymentGatewaySetting>;
  /** Plans on offer, cheapest first. */
  plans: Array<Plan>;
  /** A plan payment, for whoever holds its checkout link's token; null otherwise. */
  subscriptionOrder: Maybe<SubscriptionOrder>;
  /** Every company (租户) on the platform, for the vendor's console staff only. */
  tenants: TenantCountedConnection;
};


/** What the public host answers: plans and signup checks for anyone; companies, demo bookings and payment gateways for the vendor's console (平台运营) staff. */
export type QueryDemoBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DemoBookingStatus>;
  unacknowledged?: InputMaybe<Scalars['Boolean']['input']>;
};


/** What the public host answers: plans and signup checks for anyone; companies, demo bookings and payment gateways for the vendor's console (平台运营) staff. */
export type QuerySubscriptionOrderArgs = {
  outTradeNo: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


/** What the public host answers: plans and signup checks for anyone; companies, demo bookings and payment gateways for the vendor's console (平台运营) staff. */
export type QueryTenantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<TenantStatus>;
  suspended?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 角色 admin: the whole company; manager, service, technician, finance: their assigned communities; owner: their own houses. */
export type Role =
  /** 管理员 */
  | 'ADMIN'
  /** 财务 */
  | 'FINANCE'
  /** 项目经理 */
  | 'MANAGER'
  /** 业主 */
  | 'OWNER'
  /** 客服 */
  | 'SERVICE'
  /** 维修技师 */
  | 'TECHNICIAN';

/** Why a signup was refused. */
export type SignUpError = {
  __typename?: 'SignUpError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: SignUpErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of SignUpError. */
export type SignUpErrorCode =
  /** 请输入有效的邮箱地址。 */
  | 'EMAIL_INVALID'
  /** 在管房屋数须为 0 到 10,000,000 之间的整数。 */
  | 'HOUSES_INVALID'
  /** 密码强度不足 */
  | 'PASSWORD_WEAK'
  /** 请输入有效的中国大陆手机号（11 位，以 13–19 开头）。 */
  | 'PHONE_INVALID'
  /** 注册请求过于频繁，请稍后再试。 */
  | 'RATE_LIMITED'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 子域名须为 3–30 位小写字母、数字或连字符，且不能以连字符开头或结尾。 */
  | 'SLUG_INVALID'
  /** 子域名“{slug}”为系统保留，请换一个。 */
  | 'SLUG_RESERVED'
  /** 子域名“{slug}”已被使用，请换一个。 */
  | 'SLUG_TAKEN'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG';

/** The input of `signUpForTrial`. Start a 30-day free trial: the company is ready to use on return. */
export type SignUpForTrialInput = {
  /** The city the company works in, e.g. 北京. */
  city: Scalars['String']['input'];
  /** The property-management company's name (物业公司名称). */
  companyName: Scalars['String']['input'];
  /** Who signs up (联系人); also the admin account's display name. */
  contactName: Scalars['String']['input'];
  /** The contact's e-mail address. */
  email: Scalars['String']['input'];
  /** About how many houses (户) the company manages; null: not said. */
  housesManaged?: InputMaybe<Scalars['Int']['input']>;
  /** The admin account's password; weak ones are refused (PASSWORD_WEAK). */
  password: Scalars['String']['input'];
  /** Mainland mobile; also the admin's login name. */
  phone: Scalars['String']['input'];
  /** Subdomain: the company's host becomes <slug>.<base domain>. */
  slug: Scalars['String']['input'];
};

/** What `signUpForTrial` returns: the result on success, or `errors` saying why nothing changed. */
export type SignUpForTrialPayload = {
  __typename?: 'SignUpForTrialPayload';
  /** The new admin account's login name (the phone given). */
  adminUsername: Maybe<Scalars['String']['output']>;
  /** A token for the new admin account. */
  apiToken: Maybe<Scalars['String']['output']>;
  /** Why nothing was changed; empty on success. */
  errors: Array<SignUpError>;
  /** The company's GraphQL endpoint. */
  graphqlUrl: Maybe<Scalars['String']['output']>;
  /** The company's subdomain, as given. */
  slug: Maybe<Scalars['String']['output']>;
  /** Base URL of the company's host. */
  tenantUrl: Maybe<Scalars['String']['output']>;
};

/** Stripe credentials: the secret API key and the webhook endpoint's signing secret. */
export type StripeCredentialsInput = {
  /** sk_live_… / sk_test_… (or a restricted rk_ key). */
  secretKey: Scalars['String']['input'];
  /** whsec_… of the webhook endpoint pointing at notifyUrl. */
  webhookSecret: Scalars['String']['input'];
};

/** Start paying for a plan with the token of a subscriptionCheckoutLink. */
export type SubscriptionCheckoutInput = {
  /** How the company pays: QR code, web page, app or card. */
  channel: PaymentChannel;
  /** The payment provider (支付渠道). */
  gateway: PaymentGateway;
  /** Where the provider's page sends the payer back after paying; optional. */
  returnUrl?: InputMaybe<Scalars['String']['input']>;
  /** The token of the checkout link (from its URL). */
  token: Scalars['String']['input'];
};

/** What `subscriptionCheckout` returns: the result on success, or `errors` saying why nothing changed. */
export type SubscriptionCheckoutPayload = {
  __typename?: 'SubscriptionCheckoutPayload';
  /** The PaymentCheckout as it now stands; null when `errors` is not empty. */
  checkout: Maybe<PaymentCheckout>;
  /** Why nothing was changed; empty on success. */
  errors: Array<SubscriptionError>;
  /** The SubscriptionOrder as it now stands; null when `errors` is not empty. */
  order: Maybe<SubscriptionOrder>;
};

/** Why a plan checkout was refused. */
export type SubscriptionError = {
  __typename?: 'SubscriptionError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: SubscriptionErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of SubscriptionError. */
export type SubscriptionErrorCode =
  /** 该支付渠道不支持此支付方式。 */
  | 'CHANNEL_NOT_SUPPORTED'
  /** 找不到该物业公司。 */
  | 'COMPANY_NOT_FOUND'
  /** 该支付渠道尚未配置或已停用。 */
  | 'GATEWAY_NOT_CONFIGURED'
  /** 支付渠道暂时无法处理，请稍后再试。 */
  | 'GATEWAY_UNAVAILABLE'
  /** 支付链接无效或已过期，请回到公司后台重新发起。 */
  | 'LINK_INVALID'
  /** 订阅月数须在 1 到 {limit} 之间。 */
  | 'MONTHS_INVALID'
  /** 找不到该套餐。 */
  | 'PLAN_NOT_FOUND'
  /** 请选择付费套餐。 */
  | 'PLAN_NOT_PAID'
  /** 模拟支付仅用于试用和演示，不能收取真实费用。 */
  | 'SANDBOX_NOT_ALLOWED';

/** A company's payment for its plan. */
export type SubscriptionOrder = {
  __typename?: 'SubscriptionOrder';
  /** What the company pays, in yuan. */
  amount: Scalars['Yuan']['output'];
  /** How the payer pays. */
  channel: PaymentChannel;
  /** After this the order can no longer be paid (+08:00). */
  expiresAt: Scalars['DateTime']['output'];
  /** The payment provider (支付渠道). */
  gateway: PaymentGateway;
  /** How many months the payment covers. */
  months: Scalars['Int']['output'];
  /** 商户订单号, as the provider shows it. */
  outTradeNo: Scalars['String']['output'];
  /** When the provider confirmed the payment; null: not paid. */
  paidAt: Maybe<Scalars['DateTime']['output']>;
  /** The `code` of the plan (套餐) paid for. */
  plan: Scalars['String']['output'];
  /** Where the order stands. */
  state: PaymentOrderState;
};

/** A property company, seen from the vendor console. */
export type Tenant = Node & {
  __typename?: 'Tenant';
  /** 城市 */
  city: Scalars['String']['output'];
  /** 联系邮箱 */
  contactEmail: Scalars['String']['output'];
  /** 联系人 */
  contactName: Scalars['String']['output'];
  /** 联系电话 */
  contactPhone: Scalars['String']['output'];
  /** 创建时间 */
  createdAt: Scalars['DateTime']['output'];
  /** The company's host names, primary first. */
  domains: Array<Scalars['String']['output']>;
  /** 在管房屋数 */
  housesManaged: Maybe<Scalars['Int']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** True when a trial company is past its trial's end. */
  isTrialExpired: Scalars['Boolean']['output'];
  /** 公司名称 */
  name: Scalars['String']['output'];
  /** 付费截止 */
  paidUntil: Maybe<Scalars['Date']['output']>;
  /** 套餐 */
  plan: Maybe<Plan>;
  /** 状态 */
  status: TenantStatus;
  /** 停用时间 */
  suspendedAt: Maybe<Scalars['DateTime']['output']>;
  /** 停用原因 */
  suspensionReason: Scalars['String']['output'];
  /** 试用截止 */
  trialEndsAt: Maybe<Scalars['DateTime']['output']>;
  /** Base URL of the company's primary host. */
  url: Maybe<Scalars['String']['output']>;
  /** Counts read live from the company's schema. */
  usage: TenantUsage;
};

/** The input of `tenantConvertToPaid`. Move a company onto a paid plan. */
export type TenantConvertToPaidInput = {
  /** Global ID of the Tenant `tenantConvertToPaid` acts on (its `id`). */
  id: Scalars['ID']['input'];
  /** The last day the payment covers. */
  paidUntil: Scalars['Date']['input'];
  /** The `code` of the plan (套餐) the company now pays for. */
  planCode: Scalars['String']['input'];
};

/** A page of results with the total count. */
export type TenantCountedConnection = {
  __typename?: 'TenantCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<TenantEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type TenantEdge = {
  __typename?: 'TenantEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Tenant;
};

/** Why a change to a company was refused. */
export type TenantError = {
  __typename?: 'TenantError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: TenantErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of TenantError. */
export type TenantErrorCode =
  /** 该公司已处于停用状态。 */
  | 'ALREADY_SUSPENDED'
  /** 延长天数须在 1 到 {limit} 天之间。 */
  | 'DAYS_INVALID'
  /** 找不到该物业公司。 */
  | 'NOT_FOUND'
  /** 该公司未被停用。 */
  | 'NOT_SUSPENDED'
  /** 该公司不在试用期，无法延长试用。 */
  | 'NOT_TRIAL'
  /** 付费截止日期须晚于今天。 */
  | 'PAID_UNTIL_INVALID'
  /** 找不到该套餐。 */
  | 'PLAN_NOT_FOUND'
  /** 请选择付费套餐。 */
  | 'PLAN_NOT_PAID'
  /** 请填写停用原因。 */
  | 'REASON_REQUIRED';

/** What `tenantTrialExtend`, `tenantConvertToPaid`, `tenantSuspend`, `tenantReactivate` returns: the result on success, or `errors` saying why nothing changed. */
export type TenantPayload = {
  __typename?: 'TenantPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<TenantError>;
  /** The Tenant as it now stands; null when `errors` is not empty. */
  tenant: Maybe<Tenant>;
};

/** The input of `tenantReactivate`. Lift a company's suspension: its host and logins work again. */
export type TenantReactivateInput = {
  /** Global ID of the Tenant to reactivate (its `id`). */
  id: Scalars['ID']['input'];
};

/** Where a company is in its subscription. */
export type TenantStatus =
  /** 付费 */
  | 'PAID'
  /** 试用 */
  | 'TRIAL';

/** The input of `tenantSuspend`. Stop serving a company until reactivated. */
export type TenantSuspendInput = {
  /** Global ID of the Tenant to suspend (its `id`). */
  id: Scalars['ID']['input'];
  /** Why the company is suspended (停用原因); shown in the console. */
  reason: Scalars['String']['input'];
};

/** The input of `tenantTrialExtend`. Extend a trial by 1–90 days. */
export type TenantTrialExtendInput = {
  /** How many days to add to the trial's end. */
  days: Scalars['Int']['input'];
  /** Global ID of the Tenant `tenantTrialExtend` acts on (its `id`). */
  id: Scalars['ID']['input'];
};

/** Live counts from the company's own schema. */
export type TenantUsage = {
  __typename?: 'TenantUsage';
  /** Communities (小区). */
  communities: Scalars['Int']['output'];
  /** Houses (房屋); the trial plan's limit counts these. */
  houses: Scalars['Int']['output'];
  /** Accounts in the company: staff and owners. */
  users: Scalars['Int']['output'];
};

/** The account making the request. */
export type Viewer = {
  __typename?: 'Viewer';
  /** What your role lets you do (the staff app shows what these allow); empty for owners. */
  capabilities: Array<Capability>;
  /** 加入日期 */
  dateJoined: Scalars['DateTime']['output'];
  /** 姓名 */
  displayName: Scalars['String']['output'];
  /** 电子邮件地址 */
  email: Scalars['String']['output'];
  /** 工作人员状态 — 指明用户是否可以登录到这个管理站点。 */
  isStaff: Scalars['Boolean']['output'];
  /** 超级用户状态 — 指明该用户缺省拥有所有权限。 */
  isSuperuser: Scalars['Boolean']['output'];
  /** 手机号 */
  phone: Scalars['String']['output'];
  /** Your role in this company; null on the vendor's host. */
  role: Maybe<Role>;
  /** 用户名 — 必填；长度为150个字符或以下；只能包含字母、数字、特殊字符“@”、“.”、“-”和“_”。 */
  username: Scalars['String']['output'];
};

/** Fields left out stay as they are. */
export type ViewerUpdateInput = {
  /** The name others see; null: unchanged. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Your e-mail address; null: unchanged. */
  email?: InputMaybe<Scalars['String']['input']>;
};

/** What `viewerUpdate` returns: the result on success, or `errors` saying why nothing changed. */
export type ViewerUpdatePayload = {
  __typename?: 'ViewerUpdatePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<ProfileError>;
  /** The Viewer as it now stands; null when `errors` is not empty. */
  viewer: Maybe<Viewer>;
};
