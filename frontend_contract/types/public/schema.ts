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
  | 'BUSY'
  | 'INVALID_CREDENTIALS'
  | 'RATE_LIMITED'
  | 'REQUIRED';

export type BookDemoInput = {
  city: Scalars['String']['input'];
  companyName: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  email?: Scalars['String']['input'];
  housesManaged?: InputMaybe<Scalars['Int']['input']>;
  notes?: Scalars['String']['input'];
  phone: Scalars['String']['input'];
  preferredTime?: InputMaybe<Scalars['DateTime']['input']>;
};

export type BookDemoPayload = {
  __typename?: 'BookDemoPayload';
  demoBooking: Maybe<DemoBooking>;
  errors: Array<DemoBookingError>;
};

/** One thing a role may do. */
export type Capability =
  | 'AUDIT_VIEW'
  | 'BILL_VIEW'
  | 'COMMUNITY_CREATE'
  | 'COMPANY_SETTINGS'
  | 'ESTATE_MANAGE'
  | 'ESTATE_VIEW'
  | 'FEE_SETUP'
  | 'FINANCE_REPORT'
  | 'METER_READING_RECORD'
  | 'PARKING_MANAGE'
  | 'PARKING_VIEW'
  | 'PAYMENT_RECONCILE'
  | 'PAYMENT_RECORD'
  | 'PAYMENT_REFUND'
  | 'PII_REVEAL'
  | 'PRIVACY_REQUEST'
  | 'REGISTRATION_REVIEW'
  | 'RESIDENT_MANAGE'
  | 'RESIDENT_VIEW'
  | 'STAFF_MANAGE'
  | 'WAIVER_APPROVE'
  | 'WAIVER_REQUEST'
  | 'WORKORDER_MANAGE'
  | 'WORKORDER_SETTINGS'
  | 'WORKORDER_VIEW'
  | 'WORKORDER_WORK';

/** A stored credential field: its last four characters only. */
export type CredentialHint = {
  __typename?: 'CredentialHint';
  last4: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type DemoBooking = Node & {
  __typename?: 'DemoBooking';
  city: Scalars['String']['output'];
  companyName: Scalars['String']['output'];
  contactName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  housesManaged: Maybe<Scalars['Int']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  meetingUrl: Scalars['String']['output'];
  notes: Scalars['String']['output'];
  phone: Scalars['String']['output'];
  preferredTime: Scalars['DateTime']['output'];
  presenterName: Maybe<Scalars['String']['output']>;
  scheduledAt: Maybe<Scalars['DateTime']['output']>;
  status: DemoBookingStatus;
};

export type DemoBookingCloseInput = {
  id: Scalars['ID']['input'];
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
  | 'CLOSED'
  | 'EMAIL_INVALID'
  | 'HOUSES_INVALID'
  | 'NOT_FOUND'
  | 'PHONE_INVALID'
  | 'PRESENTER_INVALID'
  | 'RATE_LIMITED'
  | 'REQUIRED'
  | 'TIME_IN_PAST'
  | 'TOO_LONG'
  | 'URL_INVALID';

export type DemoBookingOutcome =
  | 'CANCELLED'
  | 'DONE';

export type DemoBookingPayload = {
  __typename?: 'DemoBookingPayload';
  demoBooking: Maybe<DemoBooking>;
  errors: Array<DemoBookingError>;
};

export type DemoBookingScheduleInput = {
  id: Scalars['ID']['input'];
  meetingUrl?: Scalars['String']['input'];
  /** Vendor staff presenting; defaults to the caller. */
  presenterUsername?: InputMaybe<Scalars['String']['input']>;
  scheduledAt: Scalars['DateTime']['input'];
};

export type DemoBookingStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'REQUESTED'
  | 'SCHEDULED';

/** Log in with a username (or the account's phone) and password. */
export type LoginInput = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

export type LoginPayload = {
  __typename?: 'LoginPayload';
  errors: Array<AuthError>;
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Send as `Authorization: Bearer <token>`. */
  token: Maybe<Scalars['String']['output']>;
  viewer: Maybe<Viewer>;
};

export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  ok: Scalars['Boolean']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Ask for a product demo; our staff will confirm a time. */
  bookDemo: BookDemoPayload;
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
  tenantReactivate: TenantPayload;
  /** Stop serving a company until reactivated. */
  tenantSuspend: TenantPayload;
  /** Extend a trial by 1–90 days. */
  tenantTrialExtend: TenantPayload;
  /** Change your own display name or email. */
  viewerUpdate: ViewerUpdatePayload;
};


export type MutationBookDemoArgs = {
  input: BookDemoInput;
};


export type MutationDemoBookingCloseArgs = {
  input: DemoBookingCloseInput;
};


export type MutationDemoBookingScheduleArgs = {
  input: DemoBookingScheduleInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationPaymentGatewayConfigureArgs = {
  input: PaymentGatewayConfigureInput;
};


export type MutationPaymentGatewayTestArgs = {
  input: PaymentGatewayTestInput;
};


export type MutationSignUpForTrialArgs = {
  input: SignUpForTrialInput;
};


export type MutationSubscriptionCheckoutArgs = {
  input: SubscriptionCheckoutInput;
};


export type MutationTenantConvertToPaidArgs = {
  input: TenantConvertToPaidInput;
};


export type MutationTenantReactivateArgs = {
  input: TenantReactivateInput;
};


export type MutationTenantSuspendArgs = {
  input: TenantSuspendInput;
};


export type MutationTenantTrialExtendArgs = {
  input: TenantTrialExtendInput;
};


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
  | 'APP'
  | 'CARD'
  | 'PAGE'
  | 'QR_CODE';

/** What the front end needs to take the payment. */
export type PaymentCheckout = {
  __typename?: 'PaymentCheckout';
  channel: PaymentChannel;
  /** CARD: give this to Stripe's payment sheet. */
  clientSecret: Maybe<Scalars['String']['output']>;
  gateway: PaymentGateway;
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
  | 'ALIPAY'
  | 'SANDBOX'
  | 'STRIPE';

/** Set one gateway's credentials (they replace what was stored) or switch it on/off. */
export type PaymentGatewayConfigureInput = {
  /** For ALIPAY. */
  alipay?: InputMaybe<AlipayCredentialsInput>;
  enabled?: Scalars['Boolean']['input'];
  gateway: PaymentGateway;
  /** For STRIPE. Leave both out to only switch a configured gateway on or off. */
  stripe?: InputMaybe<StripeCredentialsInput>;
};

export type PaymentGatewayConfigurePayload = {
  __typename?: 'PaymentGatewayConfigurePayload';
  errors: Array<PaymentGatewaySettingsError>;
  setting: Maybe<PaymentGatewaySetting>;
};

/** One gateway of the merchant: configured or not. */
export type PaymentGatewaySetting = {
  __typename?: 'PaymentGatewaySetting';
  configured: Scalars['Boolean']['output'];
  enabled: Scalars['Boolean']['output'];
  /** Never the values: the last four characters. */
  fields: Array<CredentialHint>;
  gateway: PaymentGateway;
  isRealMoney: Scalars['Boolean']['output'];
  /** Give this URL to the provider (Alipay notify URL, Stripe webhook). */
  notifyUrl: Scalars['String']['output'];
  testMessage: Scalars['String']['output'];
  /** Result of the last paymentGatewayTest; null: not tested. */
  testOk: Maybe<Scalars['Boolean']['output']>;
  testedAt: Maybe<Scalars['DateTime']['output']>;
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
  | 'APP_ID_INVALID'
  | 'CHECK_FAILED'
  | 'DETAILS_MISSING'
  | 'NOT_CONFIGURED'
  | 'PRIVATE_KEY_INVALID'
  | 'PUBLIC_KEY_INVALID'
  | 'REQUIRED'
  | 'SANDBOX_NOT_ALLOWED'
  | 'SECRET_KEY_INVALID'
  | 'SELLER_ID_INVALID'
  | 'TOO_LONG'
  | 'WEBHOOK_SECRET_INVALID';

export type PaymentGatewayTestInput = {
  gateway: PaymentGateway;
};

export type PaymentGatewayTestPayload = {
  __typename?: 'PaymentGatewayTestPayload';
  errors: Array<PaymentGatewaySettingsError>;
  ok: Scalars['Boolean']['output'];
  setting: Maybe<PaymentGatewaySetting>;
};

export type PaymentOrderState =
  | 'CLOSED'
  | 'PAID'
  | 'PENDING'
  | 'REFUNDED';

export type Plan = {
  __typename?: 'Plan';
  code: Scalars['String']['output'];
  description: Scalars['String']['output'];
  maxHouses: Maybe<Scalars['Int']['output']>;
  /** Monthly price in yuan. */
  monthlyPrice: Scalars['Yuan']['output'];
  name: Scalars['String']['output'];
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
  | 'EMAIL_INVALID'
  | 'REQUIRED'
  | 'TOO_LONG';

export type Query = {
  __typename?: 'Query';
  demoBookings: DemoBookingCountedConnection;
  /** The logged-in account. */
  me: Viewer;
  /** The platform's own gateways (plan payments): configured or not, last four characters. */
  paymentGatewaySettings: Array<PaymentGatewaySetting>;
  /** Plans on offer, cheapest first. */
  plans: Array<Plan>;
  /** A plan payment, for whoever holds its checkout link's token; null otherwise. */
  subscriptionOrder: Maybe<SubscriptionOrder>;
  tenants: TenantCountedConnection;
};


export type QueryDemoBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DemoBookingStatus>;
};


export type QuerySubscriptionOrderArgs = {
  outTradeNo: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


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
  | 'ADMIN'
  | 'FINANCE'
  | 'MANAGER'
  | 'OWNER'
  | 'SERVICE'
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
  | 'EMAIL_INVALID'
  | 'HOUSES_INVALID'
  | 'PASSWORD_WEAK'
  | 'PHONE_INVALID'
  | 'RATE_LIMITED'
  | 'REQUIRED'
  | 'SLUG_INVALID'
  | 'SLUG_RESERVED'
  | 'SLUG_TAKEN'
  | 'TOO_LONG';

export type SignUpForTrialInput = {
  city: Scalars['String']['input'];
  companyName: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  housesManaged?: InputMaybe<Scalars['Int']['input']>;
  password: Scalars['String']['input'];
  /** Mainland mobile; also the admin's login name. */
  phone: Scalars['String']['input'];
  /** Subdomain: the company's host becomes <slug>.<base domain>. */
  slug: Scalars['String']['input'];
};

export type SignUpForTrialPayload = {
  __typename?: 'SignUpForTrialPayload';
  adminUsername: Maybe<Scalars['String']['output']>;
  /** A token for the new admin account. */
  apiToken: Maybe<Scalars['String']['output']>;
  errors: Array<SignUpError>;
  /** The company's GraphQL endpoint. */
  graphqlUrl: Maybe<Scalars['String']['output']>;
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
  channel: PaymentChannel;
  gateway: PaymentGateway;
  returnUrl?: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
};

export type SubscriptionCheckoutPayload = {
  __typename?: 'SubscriptionCheckoutPayload';
  checkout: Maybe<PaymentCheckout>;
  errors: Array<SubscriptionError>;
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
  | 'CHANNEL_NOT_SUPPORTED'
  | 'COMPANY_NOT_FOUND'
  | 'GATEWAY_NOT_CONFIGURED'
  | 'GATEWAY_UNAVAILABLE'
  | 'LINK_INVALID'
  | 'MONTHS_INVALID'
  | 'PLAN_NOT_FOUND'
  | 'PLAN_NOT_PAID'
  | 'SANDBOX_NOT_ALLOWED';

/** A company's payment for its plan. */
export type SubscriptionOrder = {
  __typename?: 'SubscriptionOrder';
  amount: Scalars['Yuan']['output'];
  channel: PaymentChannel;
  expiresAt: Scalars['DateTime']['output'];
  gateway: PaymentGateway;
  months: Scalars['Int']['output'];
  outTradeNo: Scalars['String']['output'];
  paidAt: Maybe<Scalars['DateTime']['output']>;
  plan: Scalars['String']['output'];
  state: PaymentOrderState;
};

/** A property company, seen from the vendor console. */
export type Tenant = Node & {
  __typename?: 'Tenant';
  city: Scalars['String']['output'];
  contactEmail: Scalars['String']['output'];
  contactName: Scalars['String']['output'];
  contactPhone: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  domains: Array<Scalars['String']['output']>;
  housesManaged: Maybe<Scalars['Int']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  isTrialExpired: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  paidUntil: Maybe<Scalars['Date']['output']>;
  plan: Maybe<Plan>;
  status: TenantStatus;
  suspendedAt: Maybe<Scalars['DateTime']['output']>;
  suspensionReason: Scalars['String']['output'];
  trialEndsAt: Maybe<Scalars['DateTime']['output']>;
  /** Base URL of the company's primary host. */
  url: Maybe<Scalars['String']['output']>;
  /** Counts read live from the company's schema. */
  usage: TenantUsage;
};

export type TenantConvertToPaidInput = {
  id: Scalars['ID']['input'];
  paidUntil: Scalars['Date']['input'];
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
  | 'ALREADY_SUSPENDED'
  | 'DAYS_INVALID'
  | 'NOT_FOUND'
  | 'NOT_SUSPENDED'
  | 'NOT_TRIAL'
  | 'PAID_UNTIL_INVALID'
  | 'PLAN_NOT_FOUND'
  | 'PLAN_NOT_PAID'
  | 'REASON_REQUIRED';

export type TenantPayload = {
  __typename?: 'TenantPayload';
  errors: Array<TenantError>;
  tenant: Maybe<Tenant>;
};

export type TenantReactivateInput = {
  id: Scalars['ID']['input'];
};

/** Where a company is in its subscription. */
export type TenantStatus =
  | 'PAID'
  | 'TRIAL';

export type TenantSuspendInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type TenantTrialExtendInput = {
  days: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

/** Live counts from the company's own schema. */
export type TenantUsage = {
  __typename?: 'TenantUsage';
  communities: Scalars['Int']['output'];
  houses: Scalars['Int']['output'];
  users: Scalars['Int']['output'];
};

/** The account making the request. */
export type Viewer = {
  __typename?: 'Viewer';
  /** What your role lets you do (the staff app shows what these allow); empty for owners. */
  capabilities: Array<Capability>;
  dateJoined: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  isStaff: Scalars['Boolean']['output'];
  isSuperuser: Scalars['Boolean']['output'];
  phone: Scalars['String']['output'];
  /** Your role in this company; null on the vendor's host. */
  role: Maybe<Role>;
  username: Scalars['String']['output'];
};

/** Fields left out stay as they are. */
export type ViewerUpdateInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
};

export type ViewerUpdatePayload = {
  __typename?: 'ViewerUpdatePayload';
  errors: Array<ProfileError>;
  viewer: Maybe<Viewer>;
};
