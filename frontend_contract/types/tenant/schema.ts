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
  /** A decimal number as a string, e.g. "98.50": finite, at most 15 digits before the point and 10 after. */
  Decimal: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](https://ecma-international.org/wp-content/uploads/ECMA-404_2nd_edition_december_2017.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** Time (isoformat) */
  Time: { input: unknown; output: unknown; }
  /** A file, sent as a file part of a GraphQL multipart request (graphql-multipart-request-spec); any other value is refused as BAD_USER_INPUT. */
  Upload: { input: File; output: File; }
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

/** 核销 Part of a payment, prepaid settlement or waiver applied to a bill. */
export type Allocation = {
  __typename?: 'Allocation';
  /** Negative in a reversal. */
  amount: Scalars['Yuan']['output'];
  /** The bill it was applied to. */
  bill: Bill;
  /** Null: the bill's late fee. */
  billLine: Maybe<BillLine>;
};

/** 公告 A notice to owners, residents or staff. */
export type Announcement = Node & {
  __typename?: 'Announcement';
  /** When you confirmed it. */
  acknowledgedAt: Maybe<Scalars['DateTime']['output']>;
  /** 对象 */
  audience: AnnouncementAudience;
  /** Sanitised HTML. */
  body: Scalars['String']['output'];
  /** 类别 */
  category: AnnouncementCategory;
  /** SHA-256 of the published content (empty for drafts). */
  contentHash: Scalars['String']['output'];
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 置顶 now. */
  isPinned: Scalars['Boolean']['output'];
  /** 置顶 until then. */
  pinnedUntil: Maybe<Scalars['DateTime']['output']>;
  /** 发布时间 */
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who published it. */
  publishedByName: Maybe<Scalars['String']['output']>;
  /** When you read it. */
  readAt: Maybe<Scalars['DateTime']['output']>;
  /** Readers are asked to confirm they received it. */
  requiresAcknowledgement: Scalars['Boolean']['output'];
  /** What a reader sees now (state plus time). */
  status: AnnouncementStatus;
  /** 会议或决定日期 */
  statutoryDate: Maybe<Scalars['Date']['output']>;
  /** For statutory notices. */
  statutoryKind: Maybe<AnnouncementStatutoryKind>;
  /** The notice this one corrects. */
  supersedes: Maybe<Announcement>;
  /** 范围 */
  targetLevel: AnnouncementTargetLevel;
  /** 标题 */
  title: Scalars['String']['output'];
  /** Shown from; null: from publishing. */
  validFrom: Maybe<Scalars['DateTime']['output']>;
  /** Expires then; null: never. */
  validUntil: Maybe<Scalars['DateTime']['output']>;
  /** 撤回原因 */
  withdrawalReason: Scalars['String']['output'];
  /** 撤回时间 */
  withdrawnAt: Maybe<Scalars['DateTime']['output']>;
};

/** The input of `announcementAcknowledge`. 确认收到 a notice that asks for it (also marks it read). */
export type AnnouncementAcknowledgeInput = {
  /** Global ID of the Announcement to acknowledge (its `id`). */
  id: Scalars['ID']['input'];
};

/** The notice, now confirmed. */
export type AnnouncementAcknowledgePayload = {
  __typename?: 'AnnouncementAcknowledgePayload';
  /** The notice after it. */
  announcement: Maybe<Announcement>;
  /** Why it was refused; empty when it was done. */
  errors: Array<AnnouncementError>;
};

/** 公告对象: owners, all residents, or staff. */
export type AnnouncementAudience =
  /** 业主 */
  | 'OWNERS'
  /** 全体住户 */
  | 'RESIDENTS'
  /** 员工 */
  | 'STAFF';

/** 公告类别 */
export type AnnouncementCategory =
  /** 紧急通知 */
  | 'EMERGENCY'
  /** 收费公示 */
  | 'FEE'
  /** 停水停电 */
  | 'OUTAGE'
  /** 日常通知 */
  | 'ROUTINE'
  /** 法定公示 */
  | 'STATUTORY';

/** A page of results with the total count. */
export type AnnouncementCountedConnection = {
  __typename?: 'AnnouncementCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<AnnouncementEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** A new draft notice. */
export type AnnouncementCreateInput = {
  /** 对象 */
  audience: AnnouncementAudience;
  /** HTML; kept through an allow-list (paragraphs, emphasis, lists, tables, links, images). */
  body: Scalars['String']['input'];
  /** 类别 */
  category: AnnouncementCategory;
  /** 置顶 until then. */
  pinnedUntil?: InputMaybe<Scalars['DateTime']['input']>;
  /** 需确认收到 */
  requiresAcknowledgement?: Scalars['Boolean']['input'];
  /** The meeting's date (topics) or the decision's (decisions). */
  statutoryDate?: InputMaybe<Scalars['Date']['input']>;
  /** Statutory notices only. */
  statutoryKind?: InputMaybe<AnnouncementStatutoryKind>;
  /** 范围 */
  targetLevel: AnnouncementTargetLevel;
  /** IDs of the level's kind (Community, Building, Unit or House); none for COMPANY. */
  targets?: Array<Scalars['ID']['input']>;
  /** Up to 100 characters. */
  title: Scalars['String']['input'];
  /** Null: from publishing. */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** 失效时间 */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The new draft. */
export type AnnouncementCreatePayload = {
  __typename?: 'AnnouncementCreatePayload';
  /** The notice after it. */
  announcement: Maybe<Announcement>;
  /** Why it was refused; empty when it was done. */
  errors: Array<AnnouncementError>;
};

/** An edge in a connection. */
export type AnnouncementEdge = {
  __typename?: 'AnnouncementEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Announcement;
};

/** Why writing, publishing, withdrawing or reading a notice was refused. */
export type AnnouncementError = {
  __typename?: 'AnnouncementError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: AnnouncementErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of AnnouncementError. */
export type AnnouncementErrorCode =
  /** 该公告不需要确认收到。 */
  | 'ACKNOWLEDGEMENT_NOT_REQUIRED'
  /** 该公告已有更正版本。 */
  | 'ALREADY_SUPERSEDED'
  /** 公告已发布，不能修改；如需更正请发布更正版本。 */
  | 'NOT_DRAFT'
  /** 找不到该公告。 */
  | 'NOT_FOUND'
  /** 公告未发布或已撤回。 */
  | 'NOT_PUBLISHED'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 业主大会的决定须在作出之日起 {days} 日内公告（北京市物业管理条例）。 */
  | 'STATUTORY_DECISION_LATE'
  /** 法定公示须注明类型（业主大会议题或决定）及会议或决定日期。 */
  | 'STATUTORY_KIND_REQUIRED'
  /** 业主大会议题须在会议召开 {days} 日前公示（北京市物业管理条例）。 */
  | 'STATUTORY_TOPIC_TOO_LATE'
  /** 业主大会议题须公示至会议召开之日。 */
  | 'STATUTORY_TOPIC_TOO_SHORT'
  /** 全公司公告不能再选择具体范围。 */
  | 'TARGETS_NOT_ALLOWED'
  /** 请选择公告发给哪些小区、楼栋、单元或房屋。 */
  | 'TARGETS_REQUIRED'
  /** 所选范围中有不存在的小区、楼栋、单元或房屋。 */
  | 'TARGET_NOT_FOUND'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG'
  /** 失效时间须晚于生效时间。 */
  | 'VALIDITY_ORDER';

/** The input of `announcementPublish`. 发布 a draft: recipients are fixed now; with validFrom ahead it shows from then (SCHEDULED). */
export type AnnouncementPublishInput = {
  /** Global ID of the Announcement to publish (its `id`). */
  id: Scalars['ID']['input'];
};

/** The published (or scheduled) notice. */
export type AnnouncementPublishPayload = {
  __typename?: 'AnnouncementPublishPayload';
  /** The notice after it. */
  announcement: Maybe<Announcement>;
  /** Why it was refused; empty when it was done. */
  errors: Array<AnnouncementError>;
};

/** 触达 Who a published notice reached (fixed at publish). */
export type AnnouncementReach = {
  __typename?: 'AnnouncementReach';
  /** Recipients who confirmed it. */
  acknowledged: Scalars['Int']['output'];
  /** Per channel (in the app, SMS, WeChat template, WeChat subscribe): the messages about this notice sent, failed, waiting and cancelled (two statements). */
  channels: Array<MessageChannelReach>;
  /** Houses. */
  houses: Scalars['Int']['output'];
  /** Houses where nobody read it yet (listed by announcementUnreachedHouses). */
  housesNotReached: Scalars['Int']['output'];
  /** When these were counted. */
  measuredAt: Scalars['DateTime']['output'];
  /** Recipients who read it. */
  read: Scalars['Int']['output'];
  /** People (one per person, whatever their houses). */
  recipients: Scalars['Int']['output'];
  /** A staff notice: staff accounts that have not read it yet (listed by unreachedStaff); 0 otherwise. */
  staffNotReached: Scalars['Int']['output'];
  /** GET it (same login as the API) for the unread houses as an XLSX sheet (小区, 楼栋, 单元, 房号, 接收人), for the 管家's door-to-door round. */
  unreachedHousesDownloadUrl: Scalars['String']['output'];
  /** A staff notice: who it reached and has not read it yet, by name (one statement); if you are limited to some communities, only those working in them; empty for notices to owners or residents (see announcementUnreachedHouses). */
  unreachedStaff: Array<AnnouncementStaffRecipient>;
};

/** The input of `announcementRead`. 已读: mark a notice you received as read. */
export type AnnouncementReadInput = {
  /** Global ID of the Announcement to read (its `id`). */
  id: Scalars['ID']['input'];
};

/** The notice, now read. */
export type AnnouncementReadPayload = {
  __typename?: 'AnnouncementReadPayload';
  /** The notice after it. */
  announcement: Maybe<Announcement>;
  /** Why it was refused; empty when it was done. */
  errors: Array<AnnouncementError>;
};

/** A staff account a staff notice reached. */
export type AnnouncementStaffRecipient = {
  __typename?: 'AnnouncementStaffRecipient';
  /** 姓名 (the login name when none was entered). */
  name: Scalars['String']['output'];
  /** The phone on the account, for a reminder; masked (138****5678) unless you manage staff; may be empty. */
  phone: Scalars['String']['output'];
};

/** Draft, scheduled, published, withdrawn, expired. */
export type AnnouncementStatus =
  /** 草稿 */
  | 'DRAFT'
  /** 已过期 */
  | 'EXPIRED'
  /** 已发布 */
  | 'PUBLISHED'
  /** 定时发布 */
  | 'SCHEDULED'
  /** 已撤回 */
  | 'WITHDRAWN';

/** 法定公示: owners'-meeting topics (≥ 15 days before the meeting) or decisions (within 3 days). */
export type AnnouncementStatutoryKind =
  /** 业主大会决定 */
  | 'MEETING_DECISION'
  /** 业主大会议题 */
  | 'MEETING_TOPIC';

/** 更正: publish a corrected version; the old one is withdrawn with the reason. */
export type AnnouncementSupersedeInput = {
  /** HTML; kept through an allow-list (paragraphs, emphasis, lists, tables, links, images). */
  body: Scalars['String']['input'];
  /** Global ID of the Announcement to supersede (its `id`). */
  id: Scalars['ID']['input'];
  /** Why it was corrected; up to 200 characters. */
  reason: Scalars['String']['input'];
  /** 标题 */
  title: Scalars['String']['input'];
};

/** The new, published version (it supersedes the old one). */
export type AnnouncementSupersedePayload = {
  __typename?: 'AnnouncementSupersedePayload';
  /** The notice after it. */
  announcement: Maybe<Announcement>;
  /** Why it was refused; empty when it was done. */
  errors: Array<AnnouncementError>;
};

/** 公告范围 */
export type AnnouncementTargetLevel =
  /** 楼栋 */
  | 'BUILDINGS'
  /** 小区 */
  | 'COMMUNITIES'
  /** 全公司 */
  | 'COMPANY'
  /** 房屋 */
  | 'HOUSES'
  /** 单元 */
  | 'UNITS';

/** Change a draft: only the fields given change. */
export type AnnouncementUpdateInput = {
  /** 对象 */
  audience?: InputMaybe<AnnouncementAudience>;
  /** 正文 — HTML, sanitised with an allow-list when saved */
  body?: InputMaybe<Scalars['String']['input']>;
  /** 类别 */
  category?: InputMaybe<AnnouncementCategory>;
  /** Global ID of the Announcement to update (its `id`). */
  id: Scalars['ID']['input'];
  /** 置顶至 */
  pinnedUntil?: InputMaybe<Scalars['DateTime']['input']>;
  /** 需确认收到 */
  requiresAcknowledgement?: InputMaybe<Scalars['Boolean']['input']>;
  /** 会议或决定日期 */
  statutoryDate?: InputMaybe<Scalars['Date']['input']>;
  /** 法定公示类型 */
  statutoryKind?: InputMaybe<AnnouncementStatutoryKind>;
  /** Given together with targets. */
  targetLevel?: InputMaybe<AnnouncementTargetLevel>;
  /** IDs of the level's kind (Community, Building, Unit or House); none for COMPANY. */
  targets?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 标题 */
  title?: InputMaybe<Scalars['String']['input']>;
  /** 生效时间 — empty: from publishing */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** 失效时间 */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The changed draft. */
export type AnnouncementUpdatePayload = {
  __typename?: 'AnnouncementUpdatePayload';
  /** The notice after it. */
  announcement: Maybe<Announcement>;
  /** Why it was refused; empty when it was done. */
  errors: Array<AnnouncementError>;
};

/** The input of `announcementWithdraw`. 撤回 a published notice, with a reason. */
export type AnnouncementWithdrawInput = {
  /** Global ID of the Announcement to withdraw (its `id`). */
  id: Scalars['ID']['input'];
  /** Kept with the notice; up to 200 characters. */
  reason: Scalars['String']['input'];
};

/** The withdrawn notice. */
export type AnnouncementWithdrawPayload = {
  __typename?: 'AnnouncementWithdrawPayload';
  /** The notice after it. */
  announcement: Maybe<Announcement>;
  /** Why it was refused; empty when it was done. */
  errors: Array<AnnouncementError>;
};

/** 欠费账龄报表: what is owed, by how long past due. */
export type ArrearsAgingReport = {
  __typename?: 'ArrearsAgingReport';
  /** The day the ages are counted to. */
  asOf: Scalars['Date']['output'];
  /** The same report as XLSX (same login: token or session). */
  downloadUrl: Scalars['String']['output'];
  /** One row per community (or building). */
  rows: Array<ArrearsAgingRow>;
  /** All rows added up. */
  total: ArrearsAgingRow;
};

/** 欠费账龄 Outstanding by days past the due date. */
export type ArrearsAgingRow = {
  __typename?: 'ArrearsAgingRow';
  /** The building (楼栋) with byBuilding; else null. */
  building: Maybe<Building>;
  /** The community (小区); null in the total row. */
  community: Maybe<Community>;
  /** Up to 30 days past the due date, in yuan. */
  days0To30: Scalars['Yuan']['output'];
  /** 31 to 90 days past due, in yuan. */
  days31To90: Scalars['Yuan']['output'];
  /** 91 to 180 days past due, in yuan. */
  days91To180: Scalars['Yuan']['output'];
  /** Houses with something past due. */
  housesInArrears: Scalars['Int']['output'];
  /** Owed but not yet due, in yuan. */
  notDue: Scalars['Yuan']['output'];
  /** notDue + overdue. */
  outstanding: Scalars['Yuan']['output'];
  /** More than 180 days past due, in yuan. */
  over180Days: Scalars['Yuan']['output'];
  /** All past due: the four buckets added up, in yuan. */
  overdue: Scalars['Yuan']['output'];
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

/** 账单 A house's bill for one period. */
export type Bill = Node & {
  __typename?: 'Bill';
  /** Principal: the sum of the lines. */
  amount: Scalars['Yuan']['output'];
  /** Still to pay: total − paid − waived. */
  balance: Scalars['Yuan']['output'];
  /** The building (楼栋) it belongs to. */
  building: Building;
  /** Why it was cancelled. */
  cancelReason: Scalars['String']['output'];
  /** 作废: when the bill was cancelled, if it was. */
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  /** The community (小区) it belongs to. */
  community: Community;
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** 缴费截止日; late fees (if the company charges them) start after it. */
  dueDate: Scalars['Date']['output'];
  /** The house (房屋) it belongs to. */
  house: House;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 滞纳金 accrued so far. */
  lateFee: Scalars['Yuan']['output'];
  /** In fee-item order. */
  lines: Array<BillLine>;
  /** Paid, late fee included. */
  paid: Scalars['Yuan']['output'];
  /** The month billed (its 1st day). */
  period: Scalars['Date']['output'];
  /** 状态 */
  status: BillStatus;
  /** amount + lateFee. */
  total: Scalars['Yuan']['output'];
  /** Waived, late fee included. */
  waived: Scalars['Yuan']['output'];
};

/** 作废: cancel a bill issued by mistake. */
export type BillCancelInput = {
  /** Global ID of the Bill to cancel (its `id`). */
  id: Scalars['ID']['input'];
  /** Why it is cancelled (作废原因); kept with the bill. */
  reason: Scalars['String']['input'];
};

/** What `billCancel` returns: the result on success, or `errors` saying why nothing changed. */
export type BillCancelPayload = {
  __typename?: 'BillCancelPayload';
  /** The Bill as it now stands; null when `errors` is not empty. */
  bill: Maybe<Bill>;
  /** Why nothing was changed; empty on success. */
  errors: Array<BillError>;
};

/** A page of results with the total count. */
export type BillCountedConnection = {
  __typename?: 'BillCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<BillEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type BillEdge = {
  __typename?: 'BillEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Bill;
};

/** Why a bill could not be cancelled. */
export type BillError = {
  __typename?: 'BillError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: BillErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of BillError. */
export type BillErrorCode =
  /** 该账单已作废。 */
  | 'ALREADY_CANCELLED'
  /** 该账单有待审批的减免申请，请先处理。 */
  | 'HAS_PENDING_WAIVERS'
  /** 该账单已有缴费、减免或滞纳金，不能作废；请先冲正相关收款。 */
  | 'HAS_SETTLEMENTS'
  /** 找不到该账单。 */
  | 'NOT_FOUND'
  /** 请填写原因。 */
  | 'REASON_REQUIRED'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG';

/** All given filters must match. */
export type BillFilterInput = {
  /** Bills of this building (楼栋). */
  building?: InputMaybe<Scalars['ID']['input']>;
  /** Bills of this community (小区). */
  community?: InputMaybe<Scalars['ID']['input']>;
  /** Bills of this house (房屋). */
  house?: InputMaybe<Scalars['ID']['input']>;
  /** Unpaid after the due date (催缴). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** One period (the 1st of a month). */
  period?: InputMaybe<Scalars['Date']['input']>;
  /** Periods from this month on (its 1st). */
  periodFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Periods up to this month (its 1st). */
  periodTo?: InputMaybe<Scalars['Date']['input']>;
  /** Any of these statuses. */
  statuses?: InputMaybe<Array<BillStatus>>;
};

/** 账单明细 One fee on a bill: quantity × unit price (× months). */
export type BillLine = Node & {
  __typename?: 'BillLine';
  /** 金额（分） */
  amount: Scalars['Yuan']['output'];
  /** Still to pay on this line: amount − paid − waived. */
  balance: Scalars['Yuan']['output'];
  /** 说明 */
  description: Scalars['String']['output'];
  /** The fee item (收费项目) it belongs to. */
  feeItem: FeeItem;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** Months covered (the cycle); metered fees are not multiplied by it. */
  months: Scalars['Int']['output'];
  /** 已缴（分） */
  paid: Scalars['Yuan']['output'];
  /** m² for area fees, consumption for metered fees, 1 for fixed fees. */
  quantity: Scalars['Decimal']['output'];
  /** Yuan per unit as billed. */
  unitPrice: Scalars['Decimal']['output'];
  /** 减免（分） */
  waived: Scalars['Yuan']['output'];
};

/** Where a bill (账单) stands. */
export type BillStatus =
  /** 已作废 */
  | 'CANCELLED'
  /** 已缴清 */
  | 'PAID'
  /** 部分缴纳 */
  | 'PARTIALLY_PAID'
  /** 未缴 */
  | 'UNPAID'
  /** 已减免 */
  | 'WAIVED';

/** Months a bill covers; anchored at January. */
export type BillingCycle =
  /** 月度 */
  | 'MONTHLY'
  /** 季度 */
  | 'QUARTERLY'
  /** 年度 */
  | 'YEARLY';

/** Why a billing run (or preview) was refused. */
export type BillingError = {
  __typename?: 'BillingError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: BillingErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of BillingError. */
export type BillingErrorCode =
  /** 请至少选择一个小区。 */
  | 'COMMUNITIES_REQUIRED'
  /** 找不到该小区。 */
  | 'COMMUNITY_NOT_FOUND'
  /** 账期须为某月的第一天（如 2026-01-01）。 */
  | 'PERIOD_NOT_MONTH_START'
  /** 只能为下个月及以前的账期出账。 */
  | 'PERIOD_TOO_FAR';

/** 生成账单 One billing run and what it created. */
export type BillingRun = {
  __typename?: 'BillingRun';
  /** Of the lines created. */
  amount: Scalars['Yuan']['output'];
  /** New bills it made. */
  billsCreated: Scalars['Int']['output'];
  /** When it ran (+08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** Houses whose prepaid balance then paid their bills. */
  housesSettled: Scalars['Int']['output'];
  /** New bill lines it made (on new and existing bills). */
  linesCreated: Scalars['Int']['output'];
  /** The period billed (the 1st of the month). */
  period: Scalars['Date']['output'];
};

/** What `billingRunCreate` returns: the result on success, or `errors` saying why nothing changed. */
export type BillingRunCreatePayload = {
  __typename?: 'BillingRunCreatePayload';
  /** The BillingRun as it now stands; null when `errors` is not empty. */
  billingRun: Maybe<BillingRun>;
  /** Why nothing was changed; empty on success. */
  errors: Array<BillingError>;
};

/** The input of `billingRunCreate`. Generate the period's bills for the communities: one per house, a line per applicable fee. */
export type BillingRunInput = {
  /** Global IDs of the communities. */
  communities: Array<Scalars['ID']['input']>;
  /** A billing period: the 1st of a month, e.g. 2026-01-01. At the latest next month. */
  period: Scalars['Date']['input'];
};

/** What billingRunCreate would do now; nothing is written. */
export type BillingRunPreview = {
  __typename?: 'BillingRunPreview';
  /** Due date new bills would get. */
  dueDate: Scalars['Date']['output'];
  /** Houses with at least one applicable fee. */
  houses: Scalars['Int']['output'];
  /** The same, per fee item. */
  items: Array<FeeItemPreview>;
  /** What the new lines would add up to, in yuan. */
  newAmount: Scalars['Yuan']['output'];
  /** Bills a run would create now. */
  newBills: Scalars['Int']['output'];
  /** Bill lines a run would add now. */
  newLines: Scalars['Int']['output'];
  /** The period previewed (the 1st of the month). */
  period: Scalars['Date']['output'];
};

/** What billingRunPreview returns: the preview, or why not. */
export type BillingRunPreviewPayload = {
  __typename?: 'BillingRunPreviewPayload';
  /** Why there is no preview; empty on success. */
  errors: Array<BillingError>;
  /** What a run would do now; null when `errors` is not empty. */
  preview: Maybe<BillingRunPreview>;
};

/** Why an online payment could not start. */
export type BillsPayError = {
  __typename?: 'BillsPayError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: BillsPayErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of BillsPayError. */
export type BillsPayErrorCode =
  /** 一次只能缴纳同一房屋的账单。 */
  | 'BILLS_OF_SEVERAL_HOUSES'
  /** 请选择要缴纳的账单。 */
  | 'BILLS_REQUIRED'
  /** 找不到该账单。 */
  | 'BILL_NOT_FOUND'
  /** 账单 {period} 已缴清或已作废。 */
  | 'BILL_NOT_OPEN'
  /** 同一账单只能列一次。 */
  | 'BILL_REPEATED'
  /** 该支付渠道不支持此支付方式。 */
  | 'CHANNEL_NOT_SUPPORTED'
  /** 该支付渠道尚未配置或已停用。 */
  | 'GATEWAY_NOT_CONFIGURED'
  /** 支付渠道暂时无法处理，请稍后再试。 */
  | 'GATEWAY_UNAVAILABLE'
  /** 这些账单已有一笔待支付订单（{expires} 前有效），请完成该笔支付或到期后再试。 */
  | 'ORDER_PENDING'
  /** 模拟支付仅用于试用和演示，不能收取真实费用。 */
  | 'SANDBOX_NOT_ALLOWED'
  /** 一次最多缴纳 {limit} 张账单。 */
  | 'TOO_MANY_BILLS';

/** Pay bills of one of your houses online, their exact balance. */
export type BillsPayInput = {
  /** Global IDs of the open bills to pay, all of one house. */
  bills: Array<Scalars['ID']['input']>;
  /** How the payer pays: QR code, web page, app or card. */
  channel: PaymentChannel;
  /** The payment provider (支付渠道); it must be enabled. */
  gateway: PaymentGateway;
  /** PAGE: where Alipay sends the browser back. */
  returnUrl?: InputMaybe<Scalars['String']['input']>;
};

/** What `billsPay` returns: the result on success, or `errors` saying why nothing changed. */
export type BillsPayPayload = {
  __typename?: 'BillsPayPayload';
  /** The PaymentCheckout as it now stands; null when `errors` is not empty. */
  checkout: Maybe<PaymentCheckout>;
  /** Why nothing was changed; empty on success. */
  errors: Array<BillsPayError>;
  /** The PaymentOrder as it now stands; null when `errors` is not empty. */
  order: Maybe<PaymentOrder>;
};

/** 楼栋 A building. */
export type Building = Node & {
  __typename?: 'Building';
  /** The community (小区) it belongs to. */
  community: Community;
  /** 电梯数 */
  elevators: Scalars['Int']['output'];
  /** 地上层数 */
  floorsAbove: Scalars['Int']['output'];
  /** 地下层数 */
  floorsBelow: Scalars['Int']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 楼栋名称 */
  name: Scalars['String']['output'];
};

/** The input of `buildingCopy`. Copy a building with its units and houses under a new name, in the same or another community. */
export type BuildingCopyInput = {
  /** Default: the original's community. */
  community?: InputMaybe<Scalars['ID']['input']>;
  /** Status of every copied house (residents are not copied). */
  houseStatus?: HouseStatus;
  /** The building to copy. */
  id: Scalars['ID']['input'];
  /** Name of the copy. */
  name: Scalars['String']['input'];
};

/** What `buildingCopy` returns: the result on success, or `errors` saying why nothing changed. */
export type BuildingCopyPayload = {
  __typename?: 'BuildingCopyPayload';
  /** The new copy. */
  building: Maybe<Building>;
  /** Why nothing was changed; empty on success. */
  errors: Array<BuildingError>;
  /** Houses copied into it. */
  housesCreated: Scalars['Int']['output'];
};

/** A page of results with the total count. */
export type BuildingCountedConnection = {
  __typename?: 'BuildingCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<BuildingEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** The input of `buildingCreate`. Add a building (楼栋); with `generate`, also its units and houses in the same call. */
export type BuildingCreateInput = {
  /** Global ID of the community (its `id`). */
  community: Scalars['ID']['input'];
  /** 电梯数 */
  elevators?: Scalars['Int']['input'];
  /** 地上层数, 1–200. */
  floorsAbove: Scalars['Int']['input'];
  /** 地下层数, 0–20. */
  floorsBelow?: Scalars['Int']['input'];
  /** Also create the building's units and houses, all or nothing. */
  generate?: InputMaybe<BuildingGenerateInput>;
  /** 楼栋名称 */
  name: Scalars['String']['input'];
};

/** What `buildingCreate` returns: the result on success, or `errors` saying why nothing changed. */
export type BuildingCreatePayload = {
  __typename?: 'BuildingCreatePayload';
  /** The Building as it now stands; null when `errors` is not empty. */
  building: Maybe<Building>;
  /** Why nothing was changed; empty on success. */
  errors: Array<BuildingError>;
  /** Houses generated with the building. */
  housesCreated: Scalars['Int']['output'];
};

/** The input of `buildingDelete`. Delete a building and its empty units; refused while it has houses. */
export type BuildingDeleteInput = {
  /** Global ID of the Building to delete (its `id`). */
  id: Scalars['ID']['input'];
};

/** What `buildingDelete` returns: the result on success, or `errors` saying why nothing changed. */
export type BuildingDeletePayload = {
  __typename?: 'BuildingDeletePayload';
  /** The building as it was. */
  building: Maybe<Building>;
  /** Why nothing was changed; empty on success. */
  errors: Array<BuildingError>;
};

/** An edge in a connection. */
export type BuildingEdge = {
  __typename?: 'BuildingEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Building;
};

/** Why a change to a building was refused. */
export type BuildingError = {
  __typename?: 'BuildingError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: BuildingErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of BuildingError. */
export type BuildingErrorCode =
  /** 面积须大于 0。 */
  | 'AREA_NOT_POSITIVE'
  /** 面积最多保留两位小数。 */
  | 'AREA_PRECISION'
  /** 面积须小于 {limit} ㎡。 */
  | 'AREA_TOO_LARGE'
  /** 找不到该小区。 */
  | 'COMMUNITY_NOT_FOUND'
  /** 电梯数须在 0 到 {limit} 之间。 */
  | 'ELEVATORS_INVALID'
  /** 地上层数须在 1 到 {limit} 之间。 */
  | 'FLOORS_ABOVE_INVALID'
  /** 地下层数须在 0 到 {limit} 之间。 */
  | 'FLOORS_BELOW_INVALID'
  /** 楼内有房屋位于第 {floor} 层，层数不能改到不含该层。 */
  | 'FLOORS_EXCLUDE_HOUSES'
  /** 起止楼层须在 {low} 到 {high} 之间（没有 0 层），且起始楼层不高于结束楼层。 */
  | 'FLOOR_RANGE_INVALID'
  /** 该楼栋下还有 {count} 套房屋，请先删除房屋。 */
  | 'HAS_HOUSES'
  /** 每层户数须在 1 到 {limit} 之间。 */
  | 'HOUSES_PER_FLOOR_INVALID'
  /** 仍有其他数据引用该楼栋，不能删除。 */
  | 'IN_USE'
  /** 房屋类型无效。 */
  | 'KIND_INVALID'
  /** 户型格式应如“3室2厅1卫”或“3室2厅1厨2卫”（可留空）。 */
  | 'LAYOUT_INVALID'
  /** 该小区已有名为“{name}”的楼栋。 */
  | 'NAME_TAKEN'
  /** 找不到该楼栋。 */
  | 'NOT_FOUND'
  /** 生成的编号“{number}”超过 {limit} 个字符。 */
  | 'NUMBER_TOO_LONG'
  /** 编号规则中“{name}”的格式无效，只能补零和设宽度，如 {{{name}:02d}}。 */
  | 'PATTERN_FORMAT_INVALID'
  /** 编号规则格式有误：花括号须成对出现，如 {floor:02d}{index:02d}。 */
  | 'PATTERN_INVALID'
  /** 按此编号规则会产生重复编号（如“{number}”），请加入 {{index}} 或 {{floor}}。 */
  | 'PATTERN_NOT_UNIQUE'
  /** 编号规则中的“{{{name}}}”无法识别，只能使用 {allowed}。 */
  | 'PATTERN_PLACEHOLDER_UNKNOWN'
  /** 已达到当前套餐的房屋上限（{limit} 套，现有 {existing} 套），请联系我们升级套餐。 */
  | 'PLAN_LIMIT_REACHED'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 房屋状态无效。 */
  | 'STATUS_INVALID'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG'
  /** 一次最多生成 {limit} 套房屋（当前为 {count} 套）。 */
  | 'TOO_MANY_HOUSES'
  /** 单元数须在 1 到 {limit} 之间。 */
  | 'UNITS_INVALID'
  /** 使用面积不能大于建筑面积。 */
  | 'USABLE_EXCEEDS_BUILDING';

/** Houses to generate with a new building: units × floors × houses per floor. */
export type BuildingGenerateInput = {
  /** Of every generated house. Square metres, at most two decimals, e.g. "120.50". */
  buildingArea: Scalars['Decimal']['input'];
  /** First floor; default 1. No floor 0. */
  floorFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Last floor; default the floors above ground. */
  floorTo?: InputMaybe<Scalars['Int']['input']>;
  /** Houses per floor in each unit, 1–50. */
  housesPerFloor: Scalars['Int']['input'];
  /** Of every generated house; default residential. */
  kind?: HouseKind;
  /** 户型 of every generated house, e.g. 3室2厅1卫. */
  layout?: Scalars['String']['input'];
  /** Room numbers, with {floor} and {index} (1-based within the floor) and an optional zero-padded width, e.g. "{floor:02d}{index:02d}" gives 0301. Numbers repeat in every unit. */
  numberPattern?: Scalars['String']['input'];
  /** Of every generated house; default vacant. */
  status?: HouseStatus;
  /** Unit names, with {index}, e.g. "{index}单元" gives 1单元. */
  unitNamePattern?: Scalars['String']['input'];
  /** How many units (单元), 1–50. */
  units: Scalars['Int']['input'];
  /** Of every generated house. Square metres, at most two decimals, e.g. "120.50". */
  usableArea: Scalars['Decimal']['input'];
};

/** Fields left out stay as they are; null clears an optional field. */
export type BuildingUpdateInput = {
  /** Move the building, with its houses, to another community. */
  community?: InputMaybe<Scalars['ID']['input']>;
  /** 电梯数 */
  elevators?: InputMaybe<Scalars['Int']['input']>;
  /** 地上层数 */
  floorsAbove?: InputMaybe<Scalars['Int']['input']>;
  /** 地下层数 */
  floorsBelow?: InputMaybe<Scalars['Int']['input']>;
  /** Global ID of the Building to update (its `id`). */
  id: Scalars['ID']['input'];
  /** 楼栋名称 */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** What `buildingUpdate` returns: the result on success, or `errors` saying why nothing changed. */
export type BuildingUpdatePayload = {
  __typename?: 'BuildingUpdatePayload';
  /** The Building as it now stands; null when `errors` is not empty. */
  building: Maybe<Building>;
  /** Why nothing was changed; empty on success. */
  errors: Array<BuildingError>;
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

/** 登记证书 A certificate of a piece of equipment. */
export type CertificateAddInput = {
  /** Global ID of the equipment (its `id`). */
  equipment: Scalars['ID']['input'];
  /** Not in the future. */
  issuedOn: Scalars['Date']['input'];
  /** What the certificate is (证书类型). */
  kind: CertificateKind;
  /** The certificate's number, up to 64 characters. */
  number: Scalars['String']['input'];
  /** After issuedOn. */
  validUntil: Scalars['Date']['input'];
};

/** The certificate as recorded. */
export type CertificateAddPayload = {
  __typename?: 'CertificateAddPayload';
  /** The new certificate. */
  certificate: Maybe<EquipmentCertificate>;
  /** Why it was refused; empty when it was recorded. */
  errors: Array<CertificateError>;
};

/** Why recording a certificate was refused. */
export type CertificateError = {
  __typename?: 'CertificateError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: CertificateErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of CertificateError. */
export type CertificateErrorCode =
  /** 发证日期不能晚于今天。 */
  | 'ISSUED_IN_FUTURE'
  /** 找不到该设备。 */
  | 'NOT_FOUND'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG'
  /** 有效期须晚于发证日期。 */
  | 'VALIDITY_BEFORE_ISSUE';

/** 证书类型 */
export type CertificateKind =
  /** 载荷试验 */
  | 'LOAD_TEST'
  /** 作业人员证 */
  | 'OPERATOR'
  /** 定期检验报告 */
  | 'PERIODIC_INSPECTION'
  /** 使用登记证 */
  | 'REGISTRATION'
  /** 维保单位资质 */
  | 'VENDOR_LICENCE';

/** 检查项 One item of a maintenance checklist. */
export type ChecklistEntry = {
  __typename?: 'ChecklistEntry';
  /** What to check. */
  item: Scalars['String']['output'];
  /** Completion is refused (CHECKLIST_INCOMPLETE) without it. */
  required: Scalars['Boolean']['output'];
};

/** One checklist item. */
export type ChecklistEntryInput = {
  /** What to check, up to 100 characters, distinct. */
  item: Scalars['String']['input'];
  /** Whether it must be done to complete; default true. */
  required?: Scalars['Boolean']['input'];
};

/** 巡检点 A place on inspection routes, optionally at equipment. */
export type Checkpoint = Node & {
  __typename?: 'Checkpoint';
  /** The equipment (设备) it belongs to. */
  equipment: Maybe<Equipment>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** WGS-84. */
  latitude: Scalars['Float']['output'];
  /** WGS-84. */
  longitude: Scalars['Float']['output'];
  /** 名称 */
  name: Scalars['String']['output'];
  /** Scans farther than this are flagged OUTSIDE_RADIUS. */
  radiusM: Scalars['Int']['output'];
  /** Bumped by checkpointTokenRotate; older QR codes are refused. */
  tokenVersion: Scalars['Int']['output'];
};

/** 巡检点: a place with a radius, optionally at a piece of equipment. */
export type CheckpointCreateInput = {
  /** Global ID of the community (its `id`). */
  community: Scalars['ID']['input'];
  /** An abnormal scan here reports a fault of this equipment. */
  equipment?: InputMaybe<Scalars['ID']['input']>;
  /** WGS-84, -90…90. */
  latitude: Scalars['Float']['input'];
  /** WGS-84, -180…180. */
  longitude: Scalars['Float']['input'];
  /** Unique in the community, e.g. 3号楼电梯机房. */
  name: Scalars['String']['input'];
  /** 1–1000 m. */
  radiusM?: Scalars['Int']['input'];
};

/** The checkpoint as made. */
export type CheckpointCreatePayload = {
  __typename?: 'CheckpointCreatePayload';
  /** The new checkpoint. */
  checkpoint: Maybe<Checkpoint>;
  /** Why it was refused; empty when it was made. */
  errors: Array<InspectionError>;
};

/** One checkpoint of a printable QR sheet. */
export type CheckpointQr = {
  __typename?: 'CheckpointQr';
  /** The checkpoint's name, printed under the code. */
  name: Scalars['String']['output'];
  /** Its place on the route, from 1. */
  position: Scalars['Int']['output'];
  /** The QR code as an SVG data URI (segno), ready for <img src>. */
  svgDataUri: Scalars['String']['output'];
  /** What the code holds; send it with checkpointScan. */
  token: Scalars['String']['output'];
};

/** 巡检记录 One scan, kept as evidence. */
export type CheckpointScan = Node & {
  __typename?: 'CheckpointScan';
  /** Empty when nothing looked wrong. */
  anomalies: Array<ScanAnomaly>;
  /** The checkpoint (巡检点) it belongs to. */
  checkpoint: Checkpoint;
  /** 客户端扫码编号 */
  clientScanId: Scalars['String']['output'];
  /** 设备时间 */
  deviceTime: Scalars['DateTime']['output'];
  /** From the checkpoint, metres. */
  distanceM: Scalars['Int']['output'];
  /** The fault an abnormal result reported. */
  fault: Maybe<EquipmentFault>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** Where the device was. */
  latitude: Scalars['Float']['output'];
  /** Where the device was. */
  longitude: Scalars['Float']['output'];
  /** 说明 */
  note: Scalars['String']['output'];
  /** 结果 */
  result: ScanResult;
  /** The plan's round it counted for (the route's round open when it arrived); null: ad hoc. */
  round: Maybe<InspectionRound>;
  /** The inspection route (巡检路线) it belongs to. */
  route: InspectionRoute;
  /** Who scanned. */
  scannedByName: Scalars['String']['output'];
  /** 服务器时间 */
  serverTime: Scalars['DateTime']['output'];
};

/** A page of results with the total count. */
export type CheckpointScanCountedConnection = {
  __typename?: 'CheckpointScanCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<CheckpointScanEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type CheckpointScanEdge = {
  __typename?: 'CheckpointScanEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: CheckpointScan;
};

/** 打卡: a scan at a checkpoint of a route. */
export type CheckpointScanInput = {
  /** Global ID of the checkpoint (its `id`). */
  checkpoint: Scalars['ID']['input'];
  /** The app's id for this scan (≤ 64): a retry sends it again. */
  clientScanId: Scalars['String']['input'];
  /** The device's clock when it scanned. */
  deviceTime: Scalars['DateTime']['input'];
  /** The device's position, WGS-84. */
  latitude: Scalars['Float']['input'];
  /** The device's position, WGS-84. */
  longitude: Scalars['Float']['input'];
  /** What was wrong, for an ABNORMAL result. */
  note?: Scalars['String']['input'];
  /** What the inspector found; default NORMAL. */
  result?: ScanResult;
  /** Global ID of the route (its `id`). */
  route: Scalars['ID']['input'];
  /** What the checkpoint's QR code holds. */
  token: Scalars['String']['input'];
};

/** The scan as kept (with its anomalies), or the one a retry already kept. */
export type CheckpointScanPayload = {
  __typename?: 'CheckpointScanPayload';
  /** False: a retry of a scan already kept. */
  created: Scalars['Boolean']['output'];
  /** Why it was refused; empty when it was kept. */
  errors: Array<InspectionError>;
  /** The scan. */
  scan: Maybe<CheckpointScan>;
};

/** 换码: the checkpoint's QR code changes; print its sheet again. */
export type CheckpointTokenRotateInput = {
  /** Global ID of the Checkpoint `checkpointTokenRotate` acts on (its `id`). */
  id: Scalars['ID']['input'];
};

/** The checkpoint with its new QR version. */
export type CheckpointTokenRotatePayload = {
  __typename?: 'CheckpointTokenRotatePayload';
  /** The checkpoint. */
  checkpoint: Maybe<Checkpoint>;
  /** Why it was refused; empty when it was done. */
  errors: Array<InspectionError>;
};

/** 收缴率报表: billed against paid, waived and outstanding. */
export type CollectionReport = {
  __typename?: 'CollectionReport';
  /** The day the figures are taken on. */
  asOf: Scalars['Date']['output'];
  /** The same report as XLSX (same login: token or session). */
  downloadUrl: Scalars['String']['output'];
  /** One row per community (building, period). */
  rows: Array<CollectionRow>;
  /** All rows added up. */
  total: CollectionRow;
};

/** 收缴率 One group of bills: billed = paid + waived + outstanding. */
export type CollectionRow = {
  __typename?: 'CollectionRow';
  /** Lines plus late fees accrued by the report's day. */
  billed: Scalars['Yuan']['output'];
  /** How many bills the row counts. */
  bills: Scalars['Int']['output'];
  /** The building (楼栋) with byBuilding; else null. */
  building: Maybe<Building>;
  /** The community (小区); null in the total row. */
  community: Maybe<Community>;
  /** The late-fee part of billed. */
  lateFee: Scalars['Yuan']['output'];
  /** Still owed on the report's day, in yuan. */
  outstanding: Scalars['Yuan']['output'];
  /** Paid by the report's day, in yuan. */
  paid: Scalars['Yuan']['output'];
  /** The billing period (1st of the month) with byPeriod; else null. */
  period: Maybe<Scalars['Date']['output']>;
  /** paid ÷ (billed − waived), four decimals ("0.9350" = 93.5%); null when nothing was due. */
  rate: Maybe<Scalars['Decimal']['output']>;
  /** Waived (减免) by the report's day, in yuan. */
  waived: Scalars['Yuan']['output'];
};

/** One field's column. */
export type ColumnMappingInput = {
  /** The file's column name. */
  column: Scalars['String']['input'];
  /** The stage's field (room_number, building_area, …). */
  field: Scalars['String']['input'];
};

/** 小区 A community the company manages. */
export type Community = Node & {
  __typename?: 'Community';
  /** 地址 */
  address: Scalars['String']['output'];
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** 区 */
  district: District;
  /** 交付日期 */
  handoverDate: Maybe<Scalars['Date']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 名称 */
  name: Scalars['String']['output'];
  /** Square metres. */
  totalFloorArea: Maybe<Scalars['Decimal']['output']>;
};

/** A page of results with the total count. */
export type CommunityCountedConnection = {
  __typename?: 'CommunityCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<CommunityEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** The input of `communityCreate`. Add a community (小区); admin only. */
export type CommunityCreateInput = {
  /** 地址 */
  address: Scalars['String']['input'];
  /** 区 */
  district: District;
  /** 交付日期 */
  handoverDate?: InputMaybe<Scalars['Date']['input']>;
  /** 名称 */
  name: Scalars['String']['input'];
  /** Square metres, at most two decimals, e.g. "120.50". */
  totalFloorArea?: InputMaybe<Scalars['Decimal']['input']>;
};

/** What `communityCreate` returns: the result on success, or `errors` saying why nothing changed. */
export type CommunityCreatePayload = {
  __typename?: 'CommunityCreatePayload';
  /** The Community as it now stands; null when `errors` is not empty. */
  community: Maybe<Community>;
  /** Why nothing was changed; empty on success. */
  errors: Array<CommunityError>;
};

/** The input of `communityDelete`. Delete a community; refused while it has buildings. */
export type CommunityDeleteInput = {
  /** Global ID of the Community to delete (its `id`). */
  id: Scalars['ID']['input'];
};

/** What `communityDelete` returns: the result on success, or `errors` saying why nothing changed. */
export type CommunityDeletePayload = {
  __typename?: 'CommunityDeletePayload';
  /** The community as it was. */
  community: Maybe<Community>;
  /** Why nothing was changed; empty on success. */
  errors: Array<CommunityError>;
};

/** How a community's new work orders go out. */
export type CommunityDispatch = Node & {
  __typename?: 'CommunityDispatch';
  /** The Community ID. */
  communityId: Scalars['ID']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** How its new orders reach technicians (派单方式). */
  mode: DispatchMode;
  /** The community's name. */
  name: Scalars['String']['output'];
};

/** A page of results with the total count. */
export type CommunityDispatchCountedConnection = {
  __typename?: 'CommunityDispatchCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<CommunityDispatchEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type CommunityDispatchEdge = {
  __typename?: 'CommunityDispatchEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: CommunityDispatch;
};

/** An edge in a connection. */
export type CommunityEdge = {
  __typename?: 'CommunityEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Community;
};

/** Why a change to a community was refused. */
export type CommunityError = {
  __typename?: 'CommunityError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: CommunityErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of CommunityError. */
export type CommunityErrorCode =
  /** 面积须大于 0。 */
  | 'AREA_NOT_POSITIVE'
  /** 面积最多保留两位小数。 */
  | 'AREA_PRECISION'
  /** 面积须小于 {limit} ㎡。 */
  | 'AREA_TOO_LARGE'
  /** 请选择北京市的区。 */
  | 'DISTRICT_INVALID'
  /** 该小区下还有 {count} 栋楼，请先删除楼栋。 */
  | 'HAS_BUILDINGS'
  /** 仍有其他数据引用该小区，不能删除。 */
  | 'IN_USE'
  /** 已有名为“{name}”的小区。 */
  | 'NAME_TAKEN'
  /** 找不到该小区。 */
  | 'NOT_FOUND'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG';

/** A community to pick when registering. */
export type CommunityOption = Node & {
  __typename?: 'CommunityOption';
  /** 地址 */
  address: Scalars['String']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 名称 */
  name: Scalars['String']['output'];
};

/** A page of results with the total count. */
export type CommunityOptionCountedConnection = {
  __typename?: 'CommunityOptionCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<CommunityOptionEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type CommunityOptionEdge = {
  __typename?: 'CommunityOptionEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: CommunityOption;
};

/** Houses of one community by status, occupancy and area. */
export type CommunityStatistics = {
  __typename?: 'CommunityStatistics';
  /** The community (小区). */
  community: Community;
  /** Every status, in the order of HouseStatus, including those with no houses. */
  housesByStatus: Array<HouseStatusCount>;
  /** 入住率: occupiedHouses / occupiableHouses, i.e. (self-occupied + rented) over houses that are not unsold, as a fraction with four decimals ("0.7500" = 75%); null when every house is unsold. */
  occupancyRate: Maybe<Scalars['Decimal']['output']>;
  /** Houses that are not unsold (sold or handed over). */
  occupiableHouses: Scalars['Int']['output'];
  /** Houses self-occupied or rented. */
  occupiedHouses: Scalars['Int']['output'];
  /** Building area of all houses, square metres. */
  totalBuildingArea: Scalars['Decimal']['output'];
  /** Every house of the community. */
  totalHouses: Scalars['Int']['output'];
};

/** Fields left out stay as they are; null clears an optional field. */
export type CommunityUpdateInput = {
  /** 地址 */
  address?: InputMaybe<Scalars['String']['input']>;
  /** 区 */
  district?: InputMaybe<District>;
  /** 交付日期 */
  handoverDate?: InputMaybe<Scalars['Date']['input']>;
  /** Global ID of the Community to update (its `id`). */
  id: Scalars['ID']['input'];
  /** 名称 */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Square metres, at most two decimals, e.g. "120.50". */
  totalFloorArea?: InputMaybe<Scalars['Decimal']['input']>;
};

/** What `communityUpdate` returns: the result on success, or `errors` saying why nothing changed. */
export type CommunityUpdatePayload = {
  __typename?: 'CommunityUpdatePayload';
  /** The Community as it now stands; null when `errors` is not empty. */
  community: Maybe<Community>;
  /** Why nothing was changed; empty on success. */
  errors: Array<CommunityError>;
};

/** Over the orders of one community. */
export type CommunityWorkOrderFigures = {
  __typename?: 'CommunityWorkOrderFigures';
  /** The community's global ID. */
  communityId: Scalars['ID']['output'];
  /** The community's name (小区名称). */
  communityName: Scalars['String']['output'];
  /** Its figures. */
  figures: WorkOrderFigures;
};

/** 合规日历 One item of a community's compliance calendar. */
export type ComplianceEntry = {
  __typename?: 'ComplianceEntry';
  /** For CERTIFICATE_EXPIRES. */
  certificateKind: Maybe<CertificateKind>;
  /** For CERTIFICATE_EXPIRES. */
  certificateNumber: Maybe<Scalars['String']['output']>;
  /** Due day (DUE, MISSED), completion day (DONE) or last valid day. */
  day: Scalars['Date']['output'];
  /** The Equipment ID. */
  equipment: Scalars['ID']['output'];
  /** 设备编号. */
  equipmentCode: Scalars['String']['output'];
  /** 名称. */
  equipmentName: Scalars['String']['output'];
  /** What the entry is about. */
  kind: ComplianceEntryKind;
  /** The MaintenanceOrder ID, if about one. */
  maintenanceOrder: Maybe<Scalars['ID']['output']>;
};

/** What a calendar entry is about. */
export type ComplianceEntryKind =
  /** 证书到期 */
  | 'CERTIFICATE_EXPIRES'
  /** 已维保 */
  | 'MAINTENANCE_DONE'
  /** 待维保 */
  | 'MAINTENANCE_DUE'
  /** 逾期未维保 */
  | 'MAINTENANCE_MISSED';

/** 个人信息处理同意 A resident's consent to one purpose. */
export type Consent = Node & {
  __typename?: 'Consent';
  /** 方式 */
  channel: ConsentChannel;
  /** 同意时间 */
  grantedAt: Scalars['DateTime']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** Not withdrawn. */
  isActive: Scalars['Boolean']['output'];
  /** Sensitive personal information (biometrics): needs its own, separate consent. */
  isSensitive: Scalars['Boolean']['output'];
  /** The version of the privacy notice the resident agreed to. */
  noticeVersion: Scalars['String']['output'];
  /** 目的 */
  purpose: ConsentPurpose;
  /** Null when you may not see this resident. */
  resident: Maybe<Resident>;
  /** Null while the consent is in force. */
  withdrawnAt: Maybe<Scalars['DateTime']['output']>;
};

/** How a consent was given: OWNER_APP by the owner in the app, STAFF in person, PAPER a signed form. */
export type ConsentChannel =
  /** 业主App */
  | 'OWNER_APP'
  /** 纸质签署 */
  | 'PAPER'
  /** 工作人员录入 */
  | 'STAFF';

/** A page of results with the total count. */
export type ConsentCountedConnection = {
  __typename?: 'ConsentCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<ConsentEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type ConsentEdge = {
  __typename?: 'ConsentEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Consent;
};

/** Why recording or withdrawing a consent was refused. */
export type ConsentError = {
  __typename?: 'ConsentError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: ConsentErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of ConsentError. */
export type ConsentErrorCode =
  /** 该住户已同意此目的（{granted_at}），如需更新告知书版本请先撤回。 */
  | 'ALREADY_GIVEN'
  /** 该同意已于 {withdrawn_at} 撤回。 */
  | 'ALREADY_WITHDRAWN'
  /** 工作人员只能登记现场或纸质签署的同意；业主App中的同意由业主本人操作。 */
  | 'CHANNEL_INVALID'
  /** 找不到该同意记录。 */
  | 'CONSENT_NOT_FOUND'
  /** 同意时间不能晚于现在。 */
  | 'GRANTED_IN_FUTURE'
  /** 没有针对此目的的有效同意，无需撤回。 */
  | 'NOT_GIVEN'
  /** 您的账户尚未关联住户信息，请先提交业主认证。 */
  | 'NO_RESIDENT_RECORD'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 该住户的个人信息已按本人要求匿名化，不能再查看或修改。 */
  | 'RESIDENT_ANONYMISED'
  /** 找不到该住户。 */
  | 'RESIDENT_NOT_FOUND'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG';

/** What personal information is processed for: PROPERTY_SERVICE 物业服务 (needed for the service contract), FACE_ACCESS 人脸识别门禁 (sensitive: a separate consent, PIPL art. 29), MARKETING 营销推送, THIRD_PARTY 向第三方提供. */
export type ConsentPurpose =
  /** 人脸识别门禁 */
  | 'FACE_ACCESS'
  /** 营销推送 */
  | 'MARKETING'
  /** 物业服务 */
  | 'PROPERTY_SERVICE'
  /** 向第三方提供 */
  | 'THIRD_PARTY';

/** Record a consent the resident gave in person (STAFF) or on a signed form (PAPER). */
export type ConsentRecordInput = {
  /** 方式 */
  channel?: ConsentChannel;
  /** When it was given; default now. */
  grantedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The privacy notice version agreed to, e.g. 2026-01. */
  noticeVersion: Scalars['String']['input'];
  /** 目的 */
  purpose: ConsentPurpose;
  /** Global ID of the resident (its `id`). */
  resident: Scalars['ID']['input'];
};

/** What `consentRecord` returns: the result on success, or `errors` saying why nothing changed. */
export type ConsentRecordPayload = {
  __typename?: 'ConsentRecordPayload';
  /** The Consent as it now stands; null when `errors` is not empty. */
  consent: Maybe<Consent>;
  /** Why nothing was changed; empty on success. */
  errors: Array<ConsentError>;
};

/** Record that the resident withdrew a consent; the record stays, with the time. */
export type ConsentWithdrawInput = {
  /** Global ID of the Consent to withdraw (its `id`). */
  id: Scalars['ID']['input'];
};

/** What `consentWithdraw` returns: the result on success, or `errors` saying why nothing changed. */
export type ConsentWithdrawPayload = {
  __typename?: 'ConsentWithdrawPayload';
  /** The Consent as it now stands; null when `errors` is not empty. */
  consent: Maybe<Consent>;
  /** Why nothing was changed; empty on success. */
  errors: Array<ConsentError>;
};

/** Why a list of allowed origins was refused. */
export type CorsError = {
  __typename?: 'CorsError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: CorsErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of CorsError. */
export type CorsErrorCode =
  /** 来源须为 http(s)://主机名[:端口]，不含路径、通配符或账号：{origin} */
  | 'ORIGIN_INVALID'
  /** 最多 {limit} 个来源。 */
  | 'TOO_MANY_ORIGINS';

/** The complete list of origins allowed to call this company's /graphql from a browser. */
export type CorsOriginsSetInput = {
  /** Each `http(s)://host[:port]` (no path, no wildcard), e.g. `https://app.jinghua-wuye.cn`; at most 20. An empty list allows none. */
  origins: Array<Scalars['String']['input']>;
};

/** The result of corsOriginsSet. */
export type CorsOriginsSetPayload = {
  __typename?: 'CorsOriginsSetPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<CorsError>;
  /** The origins now allowed, normalised. */
  origins: Maybe<Array<Scalars['String']['output']>>;
};

/** A stored credential field: its last four characters only. */
export type CredentialHint = {
  __typename?: 'CredentialHint';
  /** Its last four characters, so you can tell which one is stored. */
  last4: Scalars['String']['output'];
  /** The credential field's name, e.g. app_id or private_key. */
  name: Scalars['String']['output'];
};

/** One credential: its name (as credentialFields lists it) and value. */
export type CredentialInput = {
  /** accessKeyId, accessKeySecret, secretId, secretKey, sdkAppId … */
  field: Scalars['String']['input'];
  /** The secret value; stored encrypted, never shown again. */
  value: Scalars['String']['input'];
};

/** 收款日报 */
export type DailyCashReport = {
  __typename?: 'DailyCashReport';
  /** The day reported. */
  day: Scalars['Date']['output'];
  /** The same report as XLSX (same login: token or session). */
  downloadUrl: Scalars['String']['output'];
  /** One row per cashier and payment method. */
  rows: Array<DailyCashRow>;
  /** Net money booked that day, in yuan. */
  total: Scalars['Yuan']['output'];
};

/** One cashier's payments of the day by one method. */
export type DailyCashRow = {
  __typename?: 'DailyCashRow';
  /** The staff member who booked the payments (收款员). */
  cashierName: Scalars['String']['output'];
  /** The first receipt number (收据号) of the group. */
  firstReceiptNo: Scalars['Int']['output'];
  /** The last receipt number of the group. */
  lastReceiptNo: Scalars['Int']['output'];
  /** How the money came. */
  method: PaymentMethod;
  /** received + reversed, in yuan. */
  net: Scalars['Yuan']['output'];
  /** How many payments. */
  payments: Scalars['Int']['output'];
  /** What they brought in, in yuan. */
  received: Scalars['Yuan']['output'];
  /** How many reversals (冲正). */
  reversals: Scalars['Int']['output'];
  /** What the reversals took back, in yuan (negative). */
  reversed: Scalars['Yuan']['output'];
};

/** 派单方式 ASSIGN (desk), AUTO, GRAB (抢单). */
export type DispatchMode =
  /** 客服派单 */
  | 'ASSIGN'
  /** 自动派单 */
  | 'AUTO'
  /** 抢单 */
  | 'GRAB';

/** The input of `dispatchModeSet`. How a community's new orders go out: ASSIGN (the desk picks), AUTO (the least busy matching technician on duty), GRAB (offered to every matching technician on duty). */
export type DispatchModeSetInput = {
  /** Global ID of the community (its `id`). */
  community: Scalars['ID']['input'];
  /** How the community's new orders reach technicians (派单方式). */
  mode: DispatchMode;
};

/** What `dispatchModeSet` returns: the result on success, or `errors` saying why nothing changed. */
export type DispatchModeSetPayload = {
  __typename?: 'DispatchModeSetPayload';
  /** The CommunityDispatch as it now stands; null when `errors` is not empty. */
  dispatch: Maybe<CommunityDispatch>;
  /** Why nothing was changed; empty on success. */
  errors: Array<WorkOrderSettingsError>;
};

/** 北京市辖区 Beijing districts. */
export type District =
  /** 昌平区 */
  | 'CHANGPING'
  /** 朝阳区 */
  | 'CHAOYANG'
  /** 大兴区 */
  | 'DAXING'
  /** 东城区 */
  | 'DONGCHENG'
  /** 房山区 */
  | 'FANGSHAN'
  /** 丰台区 */
  | 'FENGTAI'
  /** 海淀区 */
  | 'HAIDIAN'
  /** 怀柔区 */
  | 'HUAIROU'
  /** 门头沟区 */
  | 'MENTOUGOU'
  /** 密云区 */
  | 'MIYUN'
  /** 平谷区 */
  | 'PINGGU'
  /** 石景山区 */
  | 'SHIJINGSHAN'
  /** 顺义区 */
  | 'SHUNYI'
  /** 通州区 */
  | 'TONGZHOU'
  /** 西城区 */
  | 'XICHENG'
  /** 延庆区 */
  | 'YANQING';

/** What residents are told about an elevator. */
export type ElevatorPublicStatus =
  /** 电梯维保中（今日维保） */
  | 'MAINTENANCE_TODAY'
  /** 正常运行 */
  | 'RUNNING'
  /** 暂停使用 */
  | 'STOPPED'
  /** 故障维修中 */
  | 'UNDER_REPAIR';

/** 设备 One piece of equipment in the ledger. */
export type Equipment = Node & {
  __typename?: 'Equipment';
  /** 品牌 */
  brand: Scalars['String']['output'];
  /** The building (楼栋) it belongs to. */
  building: Maybe<Building>;
  /** 类别 */
  category: EquipmentCategory;
  /** Newest first per kind. */
  certificates: Array<EquipmentCertificate>;
  /** Unique in the community, e.g. DT-3-1. */
  code: Scalars['String']['output'];
  /** 投用日期 */
  commissionedOn: Maybe<Scalars['Date']['output']>;
  /** The community (小区) it belongs to. */
  community: Community;
  /** 合同到期 */
  contractEndsOn: Maybe<Scalars['Date']['output']>;
  /** 维保合同号 */
  contractNumber: Scalars['String']['output'];
  /** 故障次数 Faults reported (open or closed). */
  failureCount: Scalars['Int']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 安装日期 */
  installedOn: Maybe<Scalars['Date']['output']>;
  /** 特种设备: needs a registration number and a valid periodic inspection. */
  isSpecial: Scalars['Boolean']['output'];
  /** 型号 */
  modelNumber: Scalars['String']['output'];
  /** 名称 */
  name: Scalars['String']['output'];
  /** Where, for people: 3号楼1单元, or 水泵房. */
  place: Scalars['String']['output'];
  /** 公共区域 — 如 地下车库B2、水泵房 */
  publicArea: Scalars['String']['output'];
  /** 使用登记证编号 */
  registrationNumber: Scalars['String']['output'];
  /** The responsible staff member. */
  responsibleName: Maybe<Scalars['String']['output']>;
  /** 出厂编号 */
  serialNumber: Scalars['String']['output'];
  /** 状态 */
  status: EquipmentStatus;
  /** 状态变更时间 */
  statusChangedAt: Scalars['DateTime']['output'];
  /** The unit (单元) it belongs to. */
  unit: Maybe<Unit>;
  /** 维保单位 */
  vendorName: Scalars['String']['output'];
  /** 维保电话 */
  vendorPhone: Scalars['String']['output'];
};

/** 设备类别 */
export type EquipmentCategory =
  /** 门禁 */
  | 'ACCESS_CONTROL'
  /** 锅炉 */
  | 'BOILER'
  /** 监控 */
  | 'CCTV'
  /** 电梯 */
  | 'ELEVATOR'
  /** 自动扶梯 */
  | 'ESCALATOR'
  /** 消防设施 */
  | 'FIRE'
  /** 其他 */
  | 'OTHER'
  /** 变压器 */
  | 'TRANSFORMER'
  /** 水泵 */
  | 'WATER_PUMP';

/** 设备证书 A certificate of one piece of equipment. */
export type EquipmentCertificate = Node & {
  __typename?: 'EquipmentCertificate';
  /** Days from today (Beijing) to validUntil; negative: expired. */
  daysLeft: Scalars['Int']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 发证日期 */
  issuedOn: Scalars['Date']['output'];
  /** 类型 */
  kind: CertificateKind;
  /** 证书编号 */
  number: Scalars['String']['output'];
  /** 有效期至 */
  validUntil: Scalars['Date']['output'];
};

/** A page of results with the total count. */
export type EquipmentCountedConnection = {
  __typename?: 'EquipmentCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<EquipmentEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** 设备入账 A new piece of equipment: in a building (and unit) or a public area. */
export type EquipmentCreateInput = {
  /** 品牌 */
  brand?: Scalars['String']['input'];
  /** Global ID of the building (its `id`). */
  building?: InputMaybe<Scalars['ID']['input']>;
  /** 类别 */
  category: EquipmentCategory;
  /** Unique in the community, up to 32 characters. */
  code: Scalars['String']['input'];
  /** 投用日期 */
  commissionedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Global ID of the community (its `id`). */
  community: Scalars['ID']['input'];
  /** 合同到期 */
  contractEndsOn?: InputMaybe<Scalars['Date']['input']>;
  /** 维保合同号 */
  contractNumber?: Scalars['String']['input'];
  /** 安装日期 */
  installedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 特种设备; by default elevators, escalators and boilers are. */
  isSpecial?: InputMaybe<Scalars['Boolean']['input']>;
  /** 型号 */
  modelNumber?: Scalars['String']['input'];
  /** e.g. 3号楼1单元客梯. */
  name: Scalars['String']['input'];
  /** e.g. 水泵房; needed without a building. */
  publicArea?: Scalars['String']['input'];
  /** 使用登记证编号; required for special equipment. */
  registrationNumber?: Scalars['String']['input'];
  /** A staff member's ID (StaffMember). */
  responsible?: InputMaybe<Scalars['ID']['input']>;
  /** 出厂编号 */
  serialNumber?: Scalars['String']['input'];
  /** A unit of the building. */
  unit?: InputMaybe<Scalars['ID']['input']>;
  /** 维保单位: gets the orders when nobody is on duty. */
  vendorName?: Scalars['String']['input'];
  /** 维保电话 */
  vendorPhone?: Scalars['String']['input'];
};

/** The equipment as entered. */
export type EquipmentCreatePayload = {
  __typename?: 'EquipmentCreatePayload';
  /** The new equipment. */
  equipment: Maybe<Equipment>;
  /** Why it was refused; empty when it was made. */
  errors: Array<EquipmentError>;
};

/** An edge in a connection. */
export type EquipmentEdge = {
  __typename?: 'EquipmentEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Equipment;
};

/** Why entering or changing equipment was refused. */
export type EquipmentError = {
  __typename?: 'EquipmentError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: EquipmentErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of EquipmentError. */
export type EquipmentErrorCode =
  /** 该楼栋不属于所选小区。 */
  | 'BUILDING_NOT_IN_COMMUNITY'
  /** 本小区已有编号为“{value}”的设备。 */
  | 'CODE_TAKEN'
  /** 找不到该小区。 */
  | 'COMMUNITY_NOT_FOUND'
  /** 投用日期不能早于安装日期。 */
  | 'DATES_OUT_OF_ORDER'
  /** 该特种设备没有有效的定期检验报告，不能投入使用（特种设备安全法第四十条）。请先登记新的检验报告。 */
  | 'EQUIPMENT_NOT_COMPLIANT'
  /** 找不到该设备。 */
  | 'NOT_FOUND'
  /** 请选择楼栋，或填写公共区域（如 水泵房）。 */
  | 'PLACE_REQUIRED'
  /** 特种设备须填写使用登记证编号。 */
  | 'REGISTRATION_REQUIRED'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 责任人须是在此小区工作的员工。 */
  | 'RESPONSIBLE_NOT_FOUND'
  /** 设备已报废，不能再变更。 */
  | 'SCRAPPED'
  /** “检验过期”由系统根据证书判定，不能手动设置。 */
  | 'STATUS_NOT_SETTABLE'
  /** 设备已是该状态。 */
  | 'STATUS_UNCHANGED'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG'
  /** 该单元不属于所选楼栋。 */
  | 'UNIT_NOT_IN_BUILDING';

/** 设备故障 A fault and the one work order that repairs it. */
export type EquipmentFault = Node & {
  __typename?: 'EquipmentFault';
  /** When it was closed (+08:00); null: still open. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** 描述 */
  description: Scalars['String']['output'];
  /** The equipment (设备) it belongs to. */
  equipment: Equipment;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** How many times it was reported while open. */
  reports: Scalars['Int']['output'];
  /** 来源 */
  source: FaultSource;
  /** 状态 */
  state: FaultState;
  /** The repair; closing it closes the fault. */
  workOrder: WorkOrder;
};

/** A page of results with the total count. */
export type EquipmentFaultCountedConnection = {
  __typename?: 'EquipmentFaultCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<EquipmentFaultEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type EquipmentFaultEdge = {
  __typename?: 'EquipmentFaultEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: EquipmentFault;
};

/** 报告设备故障: opens one work order per open fault. */
export type EquipmentFaultReportInput = {
  /** What is wrong, up to 400 characters. */
  description: Scalars['String']['input'];
  /** Global ID of the equipment (its `id`). */
  equipment: Scalars['ID']['input'];
};

/** The open fault of the equipment, with its work order. */
export type EquipmentFaultReportPayload = {
  __typename?: 'EquipmentFaultReportPayload';
  /** False: the equipment already had an open fault; this report was counted on it. */
  created: Scalars['Boolean']['output'];
  /** Why it was refused; empty when it was recorded. */
  errors: Array<FaultError>;
  /** The fault (new, or the open one). */
  fault: Maybe<EquipmentFault>;
};

/** 设备状态 */
export type EquipmentStatus =
  /** 检验过期 */
  | 'INSPECTION_OVERDUE'
  /** 在用 */
  | 'IN_SERVICE'
  /** 故障停运 */
  | 'OUT_OF_SERVICE'
  /** 报废 */
  | 'SCRAPPED'
  /** 停用 */
  | 'SUSPENDED';

/** 停用、恢复使用、故障停运、报废. */
export type EquipmentStatusSetInput = {
  /** Global ID of the Equipment `equipmentStatusSet` acts on (its `id`). */
  id: Scalars['ID']['input'];
  /** Not INSPECTION_OVERDUE (the system's); IN_SERVICE for special equipment needs a valid inspection. */
  status: EquipmentStatus;
};

/** The equipment with its new status. */
export type EquipmentStatusSetPayload = {
  __typename?: 'EquipmentStatusSetPayload';
  /** The equipment after the change. */
  equipment: Maybe<Equipment>;
  /** Why it was refused; empty when it was made. */
  errors: Array<EquipmentError>;
};

/** Why reporting a fault was refused. */
export type FaultError = {
  __typename?: 'FaultError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: FaultErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of FaultError. */
export type FaultErrorCode =
  /** 找不到该设备。 */
  | 'NOT_FOUND'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 设备已报废。 */
  | 'SCRAPPED'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG';

/** 故障来源 */
export type FaultSource =
  /** 巡检异常 */
  | 'INSPECTION'
  /** 报告 */
  | 'REPORT';

/** 故障状态 */
export type FaultState =
  /** 已关闭 */
  | 'CLOSED'
  /** 处理中 */
  | 'OPEN';

/** 收费项目 A fee the company charges. */
export type FeeItem = Node & {
  __typename?: 'FeeItem';
  /** If any: only houses of these buildings pay it. */
  buildings: Array<Building>;
  /** Communities the fee applies to. */
  communities: Array<Community>;
  /** How many months one bill line covers (计费周期). */
  cycle: BillingCycle;
  /** First month billed (a period: the 1st). */
  effectiveFrom: Scalars['Date']['output'];
  /** Last month billed; null: no end. */
  effectiveTo: Maybe<Scalars['Date']['output']>;
  /** If any: only houses of these kinds pay it. */
  houseKinds: Array<HouseKind>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 计费方式 */
  kind: FeeKind;
  /** Metered fees only. */
  meterType: Maybe<MeterType>;
  /** 名称 */
  name: Scalars['String']['output'];
  /** 取整方式 */
  roundingMode: RoundingMode;
  /** 取整单位 */
  roundingUnit: RoundingUnit;
  /** Order of the lines on a bill and of allocation within a bill. */
  sortOrder: Scalars['Int']['output'];
  /** Yuan per unit (m² per month, house per month, unit consumed), four decimals: "0.4883". */
  unitPrice: Scalars['Decimal']['output'];
};

/** A page of results with the total count. */
export type FeeItemCountedConnection = {
  __typename?: 'FeeItemCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<FeeItemEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** A new fee item (收费项目). */
export type FeeItemCreateInput = {
  /** Only these buildings (of the communities) pay it; empty: all. */
  buildings?: Array<Scalars['ID']['input']>;
  /** At least one. */
  communities: Array<Scalars['ID']['input']>;
  /** How many months one bill line covers (计费周期); default monthly. */
  cycle?: BillingCycle;
  /** A billing period: the 1st of a month, e.g. 2026-01-01. */
  effectiveFrom: Scalars['Date']['input'];
  /** Last month billed. A billing period: the 1st of a month, e.g. 2026-01-01. */
  effectiveTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only these kinds; empty: all. */
  houseKinds?: Array<HouseKind>;
  /** AREA, FIXED, METERED, or PARKING (元/车位/月: the rent of the company's spaces). */
  kind: FeeKind;
  /** Required for METERED, else empty. */
  meterType?: InputMaybe<MeterType>;
  /** 名称 */
  name: Scalars['String']['input'];
  /** 取整方式 */
  roundingMode?: RoundingMode;
  /** 取整单位 */
  roundingUnit?: RoundingUnit;
  /** 0–999: line order on bills and allocation order. */
  sortOrder?: Scalars['Int']['input'];
  /** Yuan per unit, at most four decimals, e.g. "2.80" or "0.4883". */
  unitPrice: Scalars['Decimal']['input'];
};

/** What `feeItemCreate` returns: the result on success, or `errors` saying why nothing changed. */
export type FeeItemCreatePayload = {
  __typename?: 'FeeItemCreatePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<FeeItemError>;
  /** The FeeItem as it now stands; null when `errors` is not empty. */
  feeItem: Maybe<FeeItem>;
};

/** An edge in a connection. */
export type FeeItemEdge = {
  __typename?: 'FeeItemEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: FeeItem;
};

/** Why a fee item change was refused. */
export type FeeItemError = {
  __typename?: 'FeeItemError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: FeeItemErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of FeeItemError. */
export type FeeItemErrorCode =
  /** 限定的楼栋须属于所选小区。 */
  | 'BUILDING_OUTSIDE_COMMUNITIES'
  /** 请至少选择一个小区。 */
  | 'COMMUNITIES_REQUIRED'
  /** 找不到该小区。 */
  | 'COMMUNITY_NOT_FOUND'
  /** 截止月份不能早于生效月份。 */
  | 'EFFECTIVE_RANGE_INVALID'
  /** 该项目已出账，不能再修改计费方式或表类型。 */
  | 'KIND_LOCKED'
  /** 只有按读数计费的项目才有表类型。 */
  | 'METER_TYPE_NOT_ALLOWED'
  /** 按读数计费的项目须选择表类型。 */
  | 'METER_TYPE_REQUIRED'
  /** 已有名为“{name}”的收费项目。 */
  | 'NAME_TAKEN'
  /** 找不到该收费项目。 */
  | 'NOT_FOUND'
  /** {community}在该期间已有车位收费项目“{name}”；每个小区同一时间只能有一个车位租金。 */
  | 'PARKING_ITEM_EXISTS'
  /** 账期须为某月的第一天（如 2026-01-01）。 */
  | 'PERIOD_NOT_MONTH_START'
  /** 单价不能为负数。 */
  | 'PRICE_NEGATIVE'
  /** 单价最多保留四位小数。 */
  | 'PRICE_PRECISION'
  /** 单价须小于 100000000 元。 */
  | 'PRICE_TOO_LARGE'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 排序须在 0 到 {limit} 之间。 */
  | 'SORT_ORDER_INVALID'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG';

/** One fee item in a billing-run preview. */
export type FeeItemPreview = {
  __typename?: 'FeeItemPreview';
  /** What those lines add up to, in yuan. */
  amount: Scalars['Yuan']['output'];
  /** The fee item (收费项目). */
  feeItem: FeeItem;
  /** Lines of the period with this fee, existing and new. */
  lines: Scalars['Int']['output'];
  /** What the new lines would add up to, in yuan. */
  newAmount: Scalars['Yuan']['output'];
  /** Lines a run would add now. */
  newLines: Scalars['Int']['output'];
};

/** Fields left out stay as they are; bills already made keep their lines. */
export type FeeItemUpdateInput = {
  /** Global IDs of the buildings. */
  buildings?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Global IDs of the communities. */
  communities?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** How many months one bill line covers (计费周期). */
  cycle?: InputMaybe<BillingCycle>;
  /** 生效月份 */
  effectiveFrom?: InputMaybe<Scalars['Date']['input']>;
  /** 截止月份 */
  effectiveTo?: InputMaybe<Scalars['Date']['input']>;
  /** 限定房屋类型 */
  houseKinds?: InputMaybe<Array<HouseKind>>;
  /** Global ID of the FeeItem to update (its `id`). */
  id: Scalars['ID']['input'];
  /** Only before the fee has been billed. */
  kind?: InputMaybe<FeeKind>;
  /** 表类型 */
  meterType?: InputMaybe<MeterType>;
  /** 名称 */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 取整方式 */
  roundingMode?: InputMaybe<RoundingMode>;
  /** 取整单位 */
  roundingUnit?: InputMaybe<RoundingUnit>;
  /** 排序 */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  /** Yuan per unit, at most four decimals, e.g. "2.80" or "0.4883". */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

/** What `feeItemUpdate` returns: the result on success, or `errors` saying why nothing changed. */
export type FeeItemUpdatePayload = {
  __typename?: 'FeeItemUpdatePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<FeeItemError>;
  /** The FeeItem as it now stands; null when `errors` is not empty. */
  feeItem: Maybe<FeeItem>;
};

/** How a fee is computed. */
export type FeeKind =
  /** 按面积 */
  | 'AREA'
  /** 固定金额 */
  | 'FIXED'
  /** 按读数 */
  | 'METERED'
  /** 车位 */
  | 'PARKING';

/** 收费规则 Due dates and late fees. */
export type FinancePolicy = {
  __typename?: 'FinancePolicy';
  /** A bill falls due this many days after its period starts. */
  billDueDays: Scalars['Int']['output'];
  /** Per day on the unpaid principal, e.g. "0.000500" (万分之五); late fees never compound. */
  lateFeeDailyRate: Scalars['Decimal']['output'];
  /** 滞纳金: off unless the company turns it on. */
  lateFeeEnabled: Scalars['Boolean']['output'];
  /** Days after the due date before late fees start. */
  lateFeeGraceDays: Scalars['Int']['output'];
};

/** Why a policy change was refused. */
export type FinancePolicyError = {
  __typename?: 'FinancePolicyError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: FinancePolicyErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of FinancePolicyError. */
export type FinancePolicyErrorCode =
  /** 缴费期限须在 0 到 {limit} 天之间。 */
  | 'DUE_DAYS_INVALID'
  /** 宽限期须在 0 到 {limit} 天之间。 */
  | 'GRACE_DAYS_INVALID'
  /** 滞纳金日费率须在 0 到 0.01 之间（最多六位小数），如 0.0005 即万分之五。 */
  | 'RATE_INVALID';

/** Fields left out stay as they are. */
export type FinancePolicyUpdateInput = {
  /** 0–365. */
  billDueDays?: InputMaybe<Scalars['Int']['input']>;
  /** 0–0.01, six decimals, e.g. "0.0005". */
  lateFeeDailyRate?: InputMaybe<Scalars['Decimal']['input']>;
  /** 计收滞纳金 */
  lateFeeEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** 0–365. */
  lateFeeGraceDays?: InputMaybe<Scalars['Int']['input']>;
};

/** What `financePolicyUpdate` returns: the result on success, or `errors` saying why nothing changed. */
export type FinancePolicyUpdatePayload = {
  __typename?: 'FinancePolicyUpdatePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<FinancePolicyError>;
  /** The FinancePolicy as it now stands; null when `errors` is not empty. */
  financePolicy: Maybe<FinancePolicy>;
};

/** A resident's gender (性别), as recorded. */
export type Gender =
  /** 女 */
  | 'FEMALE'
  /** 男 */
  | 'MALE';

/** 首页 What an owner sees first. */
export type Home = {
  __typename?: 'Home';
  /** Up to 5 notices: pinned, then unread, then newest (all: myAnnouncements). */
  announcements: Array<Announcement>;
  /** Unpaid or partly paid bills of your houses (list: myBills). */
  openBills: Scalars['Int']['output'];
  /** Your repairs not yet completed (list: workOrders(openOnly)). */
  openRepairs: Scalars['Int']['output'];
  /** The part of totalOwed past its due date. */
  overdue: Scalars['Yuan']['output'];
  /** Unpaid on those bills, late fees included. */
  totalOwed: Scalars['Yuan']['output'];
  /** Published notices you have not read yet. */
  unreadAnnouncements: Scalars['Int']['output'];
};

/** 房屋 A house, flat, shop or storage room. */
export type House = Node & {
  __typename?: 'House';
  /** The building (楼栋) it belongs to. */
  building: Building;
  /** 建筑面积, square metres. */
  buildingArea: Scalars['Decimal']['output'];
  /** The community (小区) it belongs to. */
  community: Community;
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** Occupancies in force today (current residents), primary contact first. Owners see only their own occupancy; staff see everyone's. */
  currentOccupancies: Array<Occupancy>;
  /** 楼层 */
  floor: Scalars['Int']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 类型 */
  kind: HouseKind;
  /** 户型, e.g. 3室2厅1卫. */
  layout: Scalars['String']['output'];
  /** 房号 */
  roomNumber: Scalars['String']['output'];
  /** 状态 */
  status: HouseStatus;
  /** The unit (单元) it belongs to. */
  unit: Unit;
  /** 使用面积, square metres. */
  usableArea: Scalars['Decimal']['output'];
};

/** A page of results with the total count. */
export type HouseCountedConnection = {
  __typename?: 'HouseCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<HouseEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** The input of `houseCreate`. Add a house (房屋) to a unit. */
export type HouseCreateInput = {
  /** Square metres, at most two decimals, e.g. "120.50". */
  buildingArea: Scalars['Decimal']['input'];
  /** Within the building's floors; -1 is the first basement, no 0. */
  floor: Scalars['Int']['input'];
  /** 类型 */
  kind?: HouseKind;
  /** 户型, e.g. 3室2厅1卫 or 3室2厅1厨2卫; may be blank. */
  layout?: Scalars['String']['input'];
  /** 房号 */
  roomNumber: Scalars['String']['input'];
  /** 状态 */
  status?: HouseStatus;
  /** Global ID of the unit (its `id`). */
  unit: Scalars['ID']['input'];
  /** No larger than the building area. Square metres, at most two decimals, e.g. "120.50". */
  usableArea: Scalars['Decimal']['input'];
};

/** What `houseCreate` returns: the result on success, or `errors` saying why nothing changed. */
export type HouseCreatePayload = {
  __typename?: 'HouseCreatePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<HouseError>;
  /** The House as it now stands; null when `errors` is not empty. */
  house: Maybe<House>;
};

/** The input of `houseDelete`. Delete a house; refused if it has residents (any occupancy), bills or registration requests. */
export type HouseDeleteInput = {
  /** Global ID of the House to delete (its `id`). */
  id: Scalars['ID']['input'];
};

/** What `houseDelete` returns: the result on success, or `errors` saying why nothing changed. */
export type HouseDeletePayload = {
  __typename?: 'HouseDeletePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<HouseError>;
  /** The house as it was. */
  house: Maybe<House>;
};

/** An edge in a connection. */
export type HouseEdge = {
  __typename?: 'HouseEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: House;
};

/** Why a change to a house was refused. */
export type HouseError = {
  __typename?: 'HouseError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: HouseErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of HouseError. */
export type HouseErrorCode =
  /** 面积须大于 0。 */
  | 'AREA_NOT_POSITIVE'
  /** 面积最多保留两位小数。 */
  | 'AREA_PRECISION'
  /** 面积须小于 {limit} ㎡。 */
  | 'AREA_TOO_LARGE'
  /** 楼层须在 {low} 到 {high} 之间，且不能为 0。 */
  | 'FLOOR_OUT_OF_RANGE'
  /** 该房屋已有账单，不能删除。 */
  | 'HAS_BILLS'
  /** 该房屋有业主认证申请记录，不能删除。 */
  | 'HAS_REGISTRATION_REQUESTS'
  /** 该房屋有 {count} 条住户入住记录，不能删除。 */
  | 'HAS_RESIDENTS'
  /** 仍有其他数据引用该房屋，不能删除。 */
  | 'IN_USE'
  /** 房屋类型无效。 */
  | 'KIND_INVALID'
  /** 户型格式应如“3室2厅1卫”或“3室2厅1厨2卫”（可留空）。 */
  | 'LAYOUT_INVALID'
  /** 找不到该房屋。 */
  | 'NOT_FOUND'
  /** 已达到当前套餐的房屋上限（{limit} 套，现有 {existing} 套），请联系我们升级套餐。 */
  | 'PLAN_LIMIT_REACHED'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 该单元已有房号“{number}”。 */
  | 'ROOM_NUMBER_TAKEN'
  /** 房屋状态无效。 */
  | 'STATUS_INVALID'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG'
  /** 找不到该单元。 */
  | 'UNIT_NOT_FOUND'
  /** 使用面积不能大于建筑面积。 */
  | 'USABLE_EXCEEDS_BUILDING';

/** Every given condition must hold. */
export type HouseFilter = {
  /** In this building (楼栋). */
  building?: InputMaybe<Scalars['ID']['input']>;
  /** Building area at most (m²). */
  buildingAreaMax?: InputMaybe<Scalars['Decimal']['input']>;
  /** Building area at least (m²). */
  buildingAreaMin?: InputMaybe<Scalars['Decimal']['input']>;
  /** In this community (小区). */
  community?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these kinds. */
  kind?: InputMaybe<Array<HouseKind>>;
  /** Layout starts with this: "3室" for every three-bedroom layout, "3室2厅1卫" exactly. */
  layout?: InputMaybe<Scalars['String']['input']>;
  /** Room number contains this text. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<HouseStatus>>;
  /** In this unit (单元). */
  unit?: InputMaybe<Scalars['ID']['input']>;
};

/** A house's money at a glance. */
export type HouseFinance = {
  __typename?: 'HouseFinance';
  /** The house (房屋). */
  house: House;
  /** Bills not yet paid, waived or cancelled. */
  openBills: Scalars['Int']['output'];
  /** Unpaid on open bills, late fees included. */
  outstanding: Scalars['Yuan']['output'];
  /** The part of outstanding past its due date. */
  overdue: Scalars['Yuan']['output'];
  /** 预存余额: settles the next bills automatically. */
  prepaidBalance: Scalars['Yuan']['output'];
};

/** What a house is used for (房屋类型). */
export type HouseKind =
  /** 办公 */
  | 'OFFICE'
  /** 住宅 */
  | 'RESIDENTIAL'
  /** 商铺 */
  | 'SHOP'
  /** 储藏室 */
  | 'STORAGE';

/** Just enough of a house to pick it when asking to be registered; no resident data. Its ID is accepted wherever a House ID is asked for in a registration. */
export type HouseOption = Node & {
  __typename?: 'HouseOption';
  /** The building's name (楼栋). */
  buildingName: Scalars['String']['output'];
  /** The community's name (小区). */
  communityName: Scalars['String']['output'];
  /** 楼层 */
  floor: Scalars['Int']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 房号 */
  roomNumber: Scalars['String']['output'];
  /** The unit's name (单元). */
  unitName: Scalars['String']['output'];
};

/** A page of results with the total count. */
export type HouseOptionCountedConnection = {
  __typename?: 'HouseOptionCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<HouseOptionEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type HouseOptionEdge = {
  __typename?: 'HouseOptionEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: HouseOption;
};

/** One sort key; later keys break ties of earlier ones. */
export type HouseOrderBy = {
  /** Default ascending. */
  direction?: OrderDirection;
  /** What to sort by. */
  field: HouseOrderField;
};

/** What a house list can be sorted by. */
export type HouseOrderField =
  /** 建筑面积 */
  | 'BUILDING_AREA'
  /** 创建时间 */
  | 'CREATED_AT'
  /** 楼层 */
  | 'FLOOR'
  /** 房号 */
  | 'ROOM_NUMBER';

/** 在住业主 An owner of the house today, as a reviewer sees them. */
export type HouseOwnerInForce = {
  __typename?: 'HouseOwnerInForce';
  /** Since when they own it (入住日期). */
  moveIn: Scalars['Date']['output'];
  /** The owner's name. */
  name: Scalars['String']['output'];
  /** The owner's mobile. Masked as 138****5678 unless you may see this resident's personal information in full. */
  phone: Scalars['String']['output'];
};

/** Whether a house is unsold, empty, lived in, let or being decorated (房屋状态). */
export type HouseStatus =
  /** 装修中 */
  | 'DECORATING'
  /** 出租 */
  | 'RENTED'
  /** 自住 */
  | 'SELF_OCCUPIED'
  /** 未售 */
  | 'UNSOLD'
  /** 空置 */
  | 'VACANT';

/** How many houses of a community are in one status. */
export type HouseStatusCount = {
  __typename?: 'HouseStatusCount';
  /** Their total building area, square metres. */
  buildingArea: Scalars['Decimal']['output'];
  /** How many houses have it. */
  count: Scalars['Int']['output'];
  /** The status (房屋状态). */
  status: HouseStatus;
};

/** Fields left out stay as they are; null clears an optional field. */
export type HouseUpdateInput = {
  /** 建筑面积（㎡） */
  buildingArea?: InputMaybe<Scalars['Decimal']['input']>;
  /** 楼层 */
  floor?: InputMaybe<Scalars['Int']['input']>;
  /** Global ID of the House to update (its `id`). */
  id: Scalars['ID']['input'];
  /** 类型 */
  kind?: InputMaybe<HouseKind>;
  /** 户型 — 如 3室2厅1卫 */
  layout?: InputMaybe<Scalars['String']['input']>;
  /** 房号 */
  roomNumber?: InputMaybe<Scalars['String']['input']>;
  /** 状态 */
  status?: InputMaybe<HouseStatus>;
  /** Move the house to another unit; its building and community follow. */
  unit?: InputMaybe<Scalars['ID']['input']>;
  /** 使用面积（㎡） */
  usableArea?: InputMaybe<Scalars['Decimal']['input']>;
};

/** What `houseUpdate` returns: the result on success, or `errors` saying why nothing changed. */
export type HouseUpdatePayload = {
  __typename?: 'HouseUpdatePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<HouseError>;
  /** The House as it now stands; null when `errors` is not empty. */
  house: Maybe<House>;
};

/** 证件类型 Identity document type. */
export type IdDocumentType =
  /** 外国人永久居留身份证 */
  | 'FOREIGNER_PERMIT'
  /** 港澳居民来往内地通行证 */
  | 'HK_MACAO_PERMIT'
  /** 护照 */
  | 'PASSPORT'
  /** 居民身份证 */
  | 'RESIDENT_ID'
  /** 台湾居民来往大陆通行证 */
  | 'TAIWAN_PERMIT';

/** What a stage does to one kind of object. */
export type ImportCount = {
  __typename?: 'ImportCount';
  /** Will be (or were) created. */
  create: Scalars['Int']['output'];
  /** houses, communities, buildings, units, residents, … */
  objectType: Scalars['String']['output'];
  /** Already as in the file, or a row naming nothing for this stage. */
  skip: Scalars['Int']['output'];
  /** Will be (or were) updated. */
  update: Scalars['Int']['output'];
};

/** Why an upload, mapping, dry run, commit, rollback or reconciliation was refused. */
export type ImportError = {
  __typename?: 'ImportError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: ImportErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of ImportError and of ImportProblem. */
export type ImportErrorCode =
  /** 该对账已签字确认。 */
  | 'ALREADY_SIGNED_OFF'
  /** 日期“{text}”无法确定是几月几日，请写成年-月-日（如 2024-03-05）。 */
  | 'AMBIGUOUS_DATE'
  /** 数值不能为负数。 */
  | 'AMOUNT_INVALID'
  /** 使用面积不能大于建筑面积。 */
  | 'AREA_INVALID'
  /** “{text}”不是有效的金额（如 1234.50 或 ¥1,234.50，最多两位小数）。 */
  | 'BAD_AMOUNT'
  /** “{text}”不是有效的面积（如 89.5 或 89.5㎡，须大于 0，最多两位小数）。 */
  | 'BAD_AREA'
  /** “{text}”不是可选的值（可选：{choices}）。 */
  | 'BAD_CHOICE'
  /** “{text}”不是有效的日期（如 2024-03-05、2024/3/5 或 2024年3月5日）。 */
  | 'BAD_DATE'
  /** 居民身份证号码无效：{reason}。 */
  | 'BAD_ID_NUMBER'
  /** “{text}”不是有效的数字。 */
  | 'BAD_NUMBER'
  /** 请输入有效的中国大陆手机号（11 位，以 13–19 开头）。 */
  | 'BAD_PHONE'
  /** 导入失败，本阶段未写入任何数据：{reason} */
  | 'COMMIT_FAILED'
  /** 新小区“{community}”须注明所在区（或在导入选项中给出默认区）。 */
  | 'DISTRICT_REQUIRED'
  /** 列名“{name}”出现了不止一次（第 {columns} 列），请改为不同的列名。 */
  | 'DUPLICATE_COLUMN'
  /** 与第 {first} 行是同一套房屋（{house}）。 */
  | 'DUPLICATE_HOUSE'
  /** 与第 {first} 行重复（{key}）。 */
  | 'DUPLICATE_ROW'
  /** 文件中没有数据。 */
  | 'EMPTY_FILE'
  /** 该文件设置了打开密码，请在 Excel 中取消密码后重新上传。 */
  | 'FILE_ENCRYPTED'
  /** 原文件已按期清除，请重新上传。 */
  | 'FILE_PURGED'
  /** 文件不能超过 {limit} MB。 */
  | 'FILE_TOO_LARGE'
  /** 无法从房号确定楼层：请填写楼层列。 */
  | 'FLOOR_INVALID'
  /** 证件号已属于住户“{name}”。 */
  | 'ID_NUMBER_TAKEN'
  /** 已有数据依赖本次导入，不能撤销：{blocking} */
  | 'IMPORT_ROLLBACK_BLOCKED'
  /** 数据区有合并单元格（{ranges}），请取消合并并在每一行填上值。 */
  | 'MERGED_CELLS_IN_DATA'
  /** 文件中没有“{column}”列（字段：{field_name}）。 */
  | 'MISSING_COLUMN'
  /** 第 {column} 列有数据但没有列名，请在表头中补上列名。 */
  | 'MISSING_HEADER'
  /** 金额“{text}”不能为负数。 */
  | 'NEGATIVE_AMOUNT'
  /** 找不到该导入任务。 */
  | 'NOT_FOUND'
  /** 对账存在差异：签字确认须写明说明。 */
  | 'NOT_RECONCILED'
  /** 该房屋的期初余额已有收款或抵扣，不能再修改。 */
  | 'OPENING_ALREADY_SETTLED'
  /** 月份须为某月第一天（如 2026-11-01）。 */
  | 'OPENING_PERIOD_INVALID'
  /** 实收金额大于应收金额。 */
  | 'PAID_EXCEEDS_AMOUNT'
  /** 该房屋已有 {period} 的账单，期初欠费不能记在该月。 */
  | 'PERIOD_TAKEN'
  /** 套餐最多可管理 {limit} 套房屋（已有 {existing} 套），请升级套餐后再导入。 */
  | 'PLAN_LIMIT_REACHED'
  /** 请填写映射方案名称。 */
  | 'PROFILE_NAME_REQUIRED'
  /** 找不到该映射方案。 */
  | 'PROFILE_NOT_FOUND'
  /** 该映射方案用于“{stage}”阶段。 */
  | 'PROFILE_STAGE_MISMATCH'
  /** 找不到该对账记录。 */
  | 'RECONCILIATION_NOT_FOUND'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 找不到工作表“{sheet}”（文件中有：{sheets}）。 */
  | 'SHEET_NOT_FOUND'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG'
  /** 文件超过 {limit} 行数据，请拆分后分批导入。 */
  | 'TOO_MANY_ROWS'
  /** 无法确定该 CSV 文件的编码（可能是 {guesses}），请指定编码后重新上传。 */
  | 'UNKNOWN_ENCODING'
  /** “{field_name}”不是可用的取值。 */
  | 'UNKNOWN_FIELD'
  /** 找不到房屋“{house}”。{suggestion} */
  | 'UNKNOWN_HOUSE'
  /** 无法识别该文件：请上传 CSV、Excel（.xlsx）或旧版 Excel（.xls）文件。 */
  | 'UNSUPPORTED_FILE'
  /** 导入任务当前为“{state}”，不能{action}。 */
  | 'WRONG_STATE';

/**
 * 导入任务 One file for one stage: uploaded → validated (dry run) → committed or failed →
 * rolled back. The file is kept encrypted until it is purged.
 */
export type ImportJob = Node & {
  __typename?: 'ImportJob';
  /** The file's column names. */
  columns: Array<Scalars['String']['output']>;
  /** 导入时间 */
  committedAt: Maybe<Scalars['DateTime']['output']>;
  /** Per kind of object: create, update, skip (the dry run's, then the commit's). */
  counts: Array<ImportCount>;
  /** 已新增 */
  created: Scalars['Int']['output'];
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** 编码 */
  encoding: Scalars['String']['output'];
  /** 错误文件 The original sheet plus a 错误原因 column (XLSX; same login), while the file is kept. */
  errorFileUrl: Maybe<Scalars['String']['output']>;
  /** 失败原因 */
  failure: Scalars['String']['output'];
  /** 文件名 */
  fileName: Scalars['String']['output'];
  /** 原文件清除时间 */
  filePurgedAt: Maybe<Scalars['DateTime']['output']>;
  /** 文件大小（字节） */
  fileSize: Scalars['Int']['output'];
  /** 表头行数 */
  headerRows: Maybe<Scalars['Int']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** The job's options. */
  options: ImportOptions;
  /** The first rows of the file, phones and ID numbers masked; empty once purged. */
  preview: Array<ImportPreviewRow>;
  /** How many bad rows and cells the last dry run or commit found. */
  problemCount: Scalars['Int']['output'];
  /** Bad rows and cells by row number, a page at a time (at most 500). */
  problems: Array<ImportProblem>;
  /** The mapping used; null: the built-in one. */
  profile: Maybe<MappingProfile>;
  /** The profile version this job used. */
  profileVersion: Maybe<Scalars['Int']['output']>;
  /** Rows written so far while committing (poll it; then all rows). */
  progress: Scalars['Int']['output'];
  /** 撤销时间 */
  rolledBackAt: Maybe<Scalars['DateTime']['output']>;
  /** 数据行数 */
  rowCount: Scalars['Int']['output'];
  /** 工作表 */
  sheet: Scalars['String']['output'];
  /** 原系统 */
  sourceSystem: ImportSourceSystem;
  /** 阶段 */
  stage: ImportStage;
  /** 状态 */
  state: ImportJobState;
  /** 已更新 */
  updated: Scalars['Int']['output'];
  /** 试导入时间 */
  validatedAt: Maybe<Scalars['DateTime']['output']>;
  /** 将新增 */
  willCreate: Scalars['Int']['output'];
  /** 将跳过 */
  willSkip: Scalars['Int']['output'];
  /** 将更新 */
  willUpdate: Scalars['Int']['output'];
};


/**
 * 导入任务 One file for one stage: uploaded → validated (dry run) → committed or failed →
 * rolled back. The file is kept encrypted until it is purged.
 */
export type ImportJobPreviewArgs = {
  rows?: Scalars['Int']['input'];
};


/**
 * 导入任务 One file for one stage: uploaded → validated (dry run) → committed or failed →
 * rolled back. The file is kept encrypted until it is purged.
 */
export type ImportJobProblemsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

/** Choose the mapping profile and options of a job not yet committed. */
export type ImportJobConfigureInput = {
  /** The job. */
  id: Scalars['ID']['input'];
  /** 导入选项 */
  options?: InputMaybe<ImportOptionsInput>;
  /** A MappingProfile; null: the stage's built-in one. */
  profile?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of results with the total count. */
export type ImportJobCountedConnection = {
  __typename?: 'ImportJobCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<ImportJobEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type ImportJobEdge = {
  __typename?: 'ImportJobEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ImportJob;
};

/** Another stage from the file an earlier job uploaded (one upload, several stages). */
export type ImportJobForStageInput = {
  /** The job whose file to use. */
  id: Scalars['ID']['input'];
  /** 导入选项 */
  options?: InputMaybe<ImportOptionsInput>;
  /** The stage of the new job. */
  stage: ImportStage;
};

/** A job, by ID. */
export type ImportJobIdInput = {
  /** The job. */
  id: Scalars['ID']['input'];
};

/** The job as it is now, or why it was refused. */
export type ImportJobPayload = {
  __typename?: 'ImportJobPayload';
  /** Why it was refused; empty on success. */
  errors: Array<ImportError>;
  /** The job. */
  job: Maybe<ImportJob>;
};

/** Uploaded → validated → committed or failed → rolled back. */
export type ImportJobState =
  /** 已导入 */
  | 'COMMITTED'
  /** 导入中 */
  | 'COMMITTING'
  /** 导入失败 */
  | 'FAILED'
  /** 已撤销 */
  | 'ROLLED_BACK'
  /** 已上传 */
  | 'UPLOADED'
  /** 已试导入 */
  | 'VALIDATED';

/** 上传 One exported file for one stage (GraphQL multipart request). */
export type ImportJobUploadInput = {
  /** A CSV's encoding when the guess is wrong. */
  encoding?: InputMaybe<Scalars['String']['input']>;
  /** CSV (UTF-8 or GBK), .xlsx or .xls, at most 20 MB. */
  file: Scalars['Upload']['input'];
  /** Header rows; default recognised. */
  headerRows?: InputMaybe<Scalars['Int']['input']>;
  /** 导入选项 */
  options?: InputMaybe<ImportOptionsInput>;
  /** The workbook's sheet; default the first. */
  sheet?: InputMaybe<Scalars['String']['input']>;
  /** The old system it was exported from. */
  sourceSystem: ImportSourceSystem;
  /** What this file brings in. */
  stage: ImportStage;
};

/** 导入选项 */
export type ImportOptions = {
  __typename?: 'ImportOptions';
  /** Unit name for houses whose rows name none. */
  defaultUnit: Maybe<Scalars['String']['output']>;
  /** Default district of new communities (e.g. chaoyang). */
  district: Maybe<Scalars['String']['output']>;
  /** Move-in date for occupancies whose rows give none. */
  moveIn: Maybe<Scalars['Date']['output']>;
  /** The month opening arrears are booked in. */
  openingPeriod: Maybe<Scalars['Date']['output']>;
};

/** 导入选项; each one left out keeps the job's current value. */
export type ImportOptionsInput = {
  /** Unit for rows naming none (1单元). */
  defaultUnit?: InputMaybe<Scalars['String']['input']>;
  /** Default district of new communities. */
  district?: InputMaybe<District>;
  /** Move-in date for rows giving none. */
  moveIn?: InputMaybe<Scalars['Date']['input']>;
  /** The month (its first day) opening arrears are booked in; default last month. */
  openingPeriod?: InputMaybe<Scalars['Date']['input']>;
};

/** A row of the file, phones and ID numbers masked. */
export type ImportPreviewRow = {
  __typename?: 'ImportPreviewRow';
  /** The cells in the order of the job's columns. */
  cells: Array<Scalars['String']['output']>;
  /** The row number as the file shows it. */
  number: Scalars['Int']['output'];
};

/** One bad cell or row, as the user finds it in the file. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** What is wrong. */
  code: ImportErrorCode;
  /** The file's column. */
  column: Scalars['String']['output'];
  /** In words, naming the first row for a duplicate. */
  message: Scalars['String']['output'];
  /** The row number as Excel or the CSV shows it (0: the file as a whole). */
  row: Scalars['Int']['output'];
};

/** 对账 The old system's control totals, from its own reports. */
export type ImportReconcileInput = {
  /** 欠费合计 in yuan. */
  arrears: Scalars['Yuan']['input'];
  /** 总建筑面积 in ㎡. */
  buildingArea: Scalars['Decimal']['input'];
  /** 房屋总数 */
  houseCount: Scalars['Int']['input'];
  /** 上期 (its first day). */
  lastPeriod?: InputMaybe<Scalars['Date']['input']>;
  /** 上期实收 in yuan. */
  lastPeriodReceipts?: InputMaybe<Scalars['Yuan']['input']>;
  /** 预存合计 in yuan. */
  prepaid: Scalars['Yuan']['input'];
  /** The old system. */
  sourceSystem: ImportSourceSystem;
};

/** 原系统 The system the data comes from. */
export type ImportSourceSystem =
  /** 自制 Excel */
  | 'EXCEL'
  /** 金蝶我家云 */
  | 'KINGDEE'
  /** 明源 */
  | 'MINGYUAN'
  /** 其他系统 */
  | 'OTHER'
  /** 思源 */
  | 'SIYUAN';

/** 导入阶段, in dependency order. */
export type ImportStage =
  /** 房产（小区、楼栋、单元、房屋） */
  | 'HOUSES'
  /** 期初欠费与预存 */
  | 'OPENING_BALANCES'
  /** 历史账单与缴费 */
  | 'PAYMENT_HISTORY'
  /** 住户与入住 */
  | 'RESIDENTS';

/** Income of one fee item, of late fees or of prepayments. */
export type IncomeByFeeItem = {
  __typename?: 'IncomeByFeeItem';
  /** Booked in the range, in yuan. */
  amount: Scalars['Yuan']['output'];
  /** For FEE_ITEM rows. */
  feeItem: Maybe<FeeItem>;
  /** A fee item, late fees or prepaid money. */
  kind: IncomeKind;
  /** The fee item's name, 滞纳金, or 预存（净增加） (received, not yet applied). */
  label: Scalars['String']['output'];
};

/** Income received by one payment method (收款方式). */
export type IncomeByMethod = {
  __typename?: 'IncomeByMethod';
  /** How the money came: cash, WeChat, Alipay, bank, … */
  method: PaymentMethod;
  /** received + reversed, in yuan. */
  net: Scalars['Yuan']['output'];
  /** How many payments. */
  payments: Scalars['Int']['output'];
  /** What they brought in, in yuan. */
  received: Scalars['Yuan']['output'];
  /** How many reversals (冲正). */
  reversals: Scalars['Int']['output'];
  /** Negative. */
  reversed: Scalars['Yuan']['output'];
};

/** What kind of income a row of the income report is. */
export type IncomeKind =
  /** 收费项目 */
  | 'FEE_ITEM'
  /** 滞纳金 */
  | 'LATE_FEE'
  /** 预存款 */
  | 'PREPAID';

/** 收入 Money booked in a date range; both lists add up to total. */
export type IncomeReport = {
  __typename?: 'IncomeReport';
  /** Split by fee item, late fees and prepaid. */
  byFeeItem: Array<IncomeByFeeItem>;
  /** Split by payment method. */
  byMethod: Array<IncomeByMethod>;
  /** First day of the range. */
  dateFrom: Scalars['Date']['output'];
  /** Last day of the range. */
  dateTo: Scalars['Date']['output'];
  /** The same report as XLSX (same login: token or session). */
  downloadUrl: Scalars['String']['output'];
  /** Net income booked in the range, in yuan. */
  total: Scalars['Yuan']['output'];
};

/** Why a checkpoint, route or scan was refused. */
export type InspectionError = {
  __typename?: 'InspectionError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: InspectionErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of InspectionError. */
export type InspectionErrorCode =
  /** 巡检计划已是该状态。 */
  | 'ACTIVE_UNCHANGED'
  /** 找不到该巡检点。 */
  | 'CHECKPOINT_NOT_FOUND'
  /** 该巡检点不在此路线上。 */
  | 'CHECKPOINT_NOT_ON_ROUTE'
  /** 二维码无效或已更换，请扫描现场张贴的最新二维码。 */
  | 'CHECKPOINT_TOKEN_INVALID'
  /** 找不到该小区。 */
  | 'COMMUNITY_NOT_FOUND'
  /** 该设备不在此小区。 */
  | 'EQUIPMENT_NOT_FOUND'
  /** 本小区已有同名的“{value}”。 */
  | 'NAME_TAKEN'
  /** 找不到该巡检计划。 */
  | 'PLAN_NOT_FOUND'
  /** 经纬度或半径无效。 */
  | 'POSITION_INVALID'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 巡检人员须是 1 至 {limit} 名不重复、在此小区工作的技师或项目经理。 */
  | 'ROSTER_INVALID'
  /** 找不到该巡检路线。 */
  | 'ROUTE_NOT_FOUND'
  /** 该扫码编号已被他人使用。 */
  | 'SCAN_ID_TAKEN'
  /** 班次须有 1 至 {limit} 个，名称不重复，时长 10 分钟至 12 小时，且一天内互不重叠。 */
  | 'SHIFTS_INVALID'
  /** 开始日期须在今天至一年之内。 */
  | 'START_OUT_OF_RANGE'
  /** 路线须有 1 至 {limit} 个不重复、属于本小区的巡检点。 */
  | 'STOPS_INVALID'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG';

/** 巡检计划 A route walked in shifts by a roster, every day. */
export type InspectionPlan = Node & {
  __typename?: 'InspectionPlan';
  /** The community (小区) it belongs to. */
  community: Community;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** False: paused, no new rounds. */
  isActive: Scalars['Boolean']['output'];
  /** 名称 */
  name: Scalars['String']['output'];
  /** 排班 Who takes the rounds, in turn (display names). */
  rosterNames: Array<Scalars['String']['output']>;
  /** The inspection route (巡检路线) it belongs to. */
  route: InspectionRoute;
  /** In order of the day. */
  shifts: Array<PlanShift>;
  /** The first day with rounds. */
  startsOn: Scalars['Date']['output'];
};

/** Pause or resume a plan. */
export type InspectionPlanActiveSetInput = {
  /** False: rounds not started and not scanned are withdrawn. */
  active: Scalars['Boolean']['input'];
  /** Global ID of the InspectionPlan `inspectionPlanActiveSet` acts on (its `id`). */
  id: Scalars['ID']['input'];
};

/** The plan, paused or resumed. */
export type InspectionPlanActiveSetPayload = {
  __typename?: 'InspectionPlanActiveSetPayload';
  /** Why it was refused; empty when it was done. */
  errors: Array<InspectionError>;
  /** The plan. */
  inspectionPlan: Maybe<InspectionPlan>;
};

/** A page of results with the total count. */
export type InspectionPlanCountedConnection = {
  __typename?: 'InspectionPlanCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<InspectionPlanEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** 巡检计划: a route walked in shifts, every day, by a roster taking turns. */
export type InspectionPlanCreateInput = {
  /** Global ID of the community (its `id`). */
  community: Scalars['ID']['input'];
  /** Unique in the community, up to 100 characters. */
  name: Scalars['String']['input'];
  /** 1–20 technicians or managers of the community (StaffMember or Technician IDs), in turn order. */
  roster: Array<Scalars['ID']['input']>;
  /** An InspectionRoute of the community. */
  route: Scalars['ID']['input'];
  /** 1–6 shifts a day. */
  shifts: Array<PlanShiftInput>;
  /** Today or within a year; default today. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
};

/** The plan as made, with today's and tomorrow's rounds generated. */
export type InspectionPlanCreatePayload = {
  __typename?: 'InspectionPlanCreatePayload';
  /** Why it was refused; empty when it was made. */
  errors: Array<InspectionError>;
  /** The new plan. */
  inspectionPlan: Maybe<InspectionPlan>;
};

/** An edge in a connection. */
export type InspectionPlanEdge = {
  __typename?: 'InspectionPlanEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: InspectionPlan;
};

/** 巡检任务 One shift of one day of a plan. */
export type InspectionRound = Node & {
  __typename?: 'InspectionRound';
  /** Checkpoints scanned with an ABNORMAL result. */
  abnormalCount: Scalars['Int']['output'];
  /** Who is rostered; null when the roster had nobody left. */
  assigneeName: Maybe<Scalars['String']['output']>;
  /** The community (小区) it belongs to. */
  community: Community;
  /** The day the shift starts (Beijing). */
  day: Scalars['Date']['output'];
  /** The window closes; stops not scanned by then are missed. */
  endsAt: Scalars['DateTime']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** Checkpoints not scanned once the window closed; 0 while it is open. */
  missedCount: Scalars['Int']['output'];
  /** The inspection plan (巡检计划) it belongs to. */
  plan: InspectionPlan;
  /** The inspection route (巡检路线) it belongs to. */
  route: InspectionRoute;
  /** The shift, e.g. 夜班. */
  shiftName: Scalars['String']['output'];
  /** The window opens (+08:00); scans on the route from now count. */
  startsAt: Scalars['DateTime']['output'];
  /** SCHEDULED, IN_PROGRESS, COMPLETED, or once over INCOMPLETE (stops missed) or MISSED (none). */
  state: InspectionRoundState;
  /** The route's checkpoints in walking order, each visited, abnormal, missed or pending. */
  stops: Array<RoundStop>;
  /** Checkpoints on the route. */
  stopsTotal: Scalars['Int']['output'];
  /** Checkpoints scanned in this round (each once, whatever the result). */
  visitedCount: Scalars['Int']['output'];
};

/** A page of results with the total count. */
export type InspectionRoundCountedConnection = {
  __typename?: 'InspectionRoundCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<InspectionRoundEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type InspectionRoundEdge = {
  __typename?: 'InspectionRoundEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: InspectionRound;
};

/** 巡检任务状态, from its window and its scans. */
export type InspectionRoundState =
  /** 已完成 */
  | 'COMPLETED'
  /** 漏检 */
  | 'INCOMPLETE'
  /** 进行中 */
  | 'IN_PROGRESS'
  /** 未巡检 */
  | 'MISSED'
  /** 未开始 */
  | 'SCHEDULED';

/** 巡检路线 Checkpoints in order. */
export type InspectionRoute = Node & {
  __typename?: 'InspectionRoute';
  /** In walking order. */
  checkpoints: Array<Checkpoint>;
  /** The community (小区) it belongs to. */
  community: Community;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 名称 */
  name: Scalars['String']['output'];
};

/** A page of results with the total count. */
export type InspectionRouteCountedConnection = {
  __typename?: 'InspectionRouteCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<InspectionRouteEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** 巡检路线: checkpoints of one community, in walking order. */
export type InspectionRouteCreateInput = {
  /** 1–50 distinct Checkpoint IDs. */
  checkpoints: Array<Scalars['ID']['input']>;
  /** Global ID of the community (its `id`). */
  community: Scalars['ID']['input'];
  /** 名称 */
  name: Scalars['String']['input'];
};

/** The route as made. */
export type InspectionRouteCreatePayload = {
  __typename?: 'InspectionRouteCreatePayload';
  /** Why it was refused; empty when it was made. */
  errors: Array<InspectionError>;
  /** The new route. */
  inspectionRoute: Maybe<InspectionRoute>;
};

/** An edge in a connection. */
export type InspectionRouteEdge = {
  __typename?: 'InspectionRouteEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: InspectionRoute;
};

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

/** Who the order went to. */
export type MaintenanceAssignedTo =
  /** 项目经理 */
  | 'MANAGER'
  /** 责任技师 */
  | 'STAFF'
  /** 维保单位 */
  | 'VENDOR';

/** Why a maintenance rule or completion was refused. */
export type MaintenanceError = {
  __typename?: 'MaintenanceError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: MaintenanceErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of MaintenanceError. */
export type MaintenanceErrorCode =
  /** 该维保单已完成。 */
  | 'ALREADY_DONE'
  /** 还有必检项未完成：{missing} */
  | 'CHECKLIST_INCOMPLETE'
  /** 检查项不能为空、不能重复，最多 50 项。 */
  | 'CHECKLIST_INVALID'
  /** 找不到该小区。 */
  | 'COMMUNITY_NOT_FOUND'
  /** 周期须在 1 至 {limit} 天之间，预警天数不能超过周期。 */
  | 'DAYS_OUT_OF_RANGE'
  /** 找不到该设备。 */
  | 'EQUIPMENT_NOT_FOUND'
  /** 规则须针对一台设备或一个设备类别，二者选一。 */
  | 'EQUIPMENT_OR_CATEGORY'
  /** 找不到该维保单。 */
  | 'NOT_FOUND'
  /** 电梯维保间隔不能超过 15 天（特种设备安全监察条例第三十一条）。 */
  | 'OVER_LEGAL_LIMIT'
  /** 照片数须在 0 至 {limit} 张之间。 */
  | 'PHOTOS_OUT_OF_RANGE'
  /** 请至少上传 {limit} 张维保现场照片。 */
  | 'PHOTOS_REQUIRED'
  /** 每张照片不能超过 {limit} MB。 */
  | 'PHOTO_TOO_LARGE'
  /** 照片须为 JPEG、PNG、WebP 或 HEIC/HEIF 格式。 */
  | 'PHOTO_TYPE_NOT_ALLOWED'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 起算日期须在今天前后一年以内。 */
  | 'START_OUT_OF_RANGE'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG'
  /** 最多上传 {limit} 张照片。 */
  | 'TOO_MANY_PHOTOS'
  /** 检查项“{item}”不在此规则中。 */
  | 'UNKNOWN_ITEM';

/** 维保间隔超限 A gap that reached a warning or violation. */
export type MaintenanceGap = Node & {
  __typename?: 'MaintenanceGap';
  /** The equipment (设备) it belongs to. */
  equipment: Equipment;
  /** Days since then when it was recorded. */
  gapDays: Scalars['Int']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 级别 */
  level: MaintenanceGapLevel;
  /** 记录日期 */
  recordedOn: Scalars['Date']['output'];
  /** The maintenance rule (维保规则) it belongs to. */
  rule: MaintenanceRule;
  /** The last completion (or the rule's start) the gap counts from. */
  sinceOn: Scalars['Date']['output'];
};

/** A page of results with the total count. */
export type MaintenanceGapCountedConnection = {
  __typename?: 'MaintenanceGapCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<MaintenanceGapEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type MaintenanceGapEdge = {
  __typename?: 'MaintenanceGapEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: MaintenanceGap;
};

/** WARNING at the warning day, VIOLATION past the limit. */
export type MaintenanceGapLevel =
  /** 超期 */
  | 'VIOLATION'
  /** 预警 */
  | 'WARNING';

/** 维保单 One due maintenance of one piece of equipment. */
export type MaintenanceOrder = Node & {
  __typename?: 'MaintenanceOrder';
  /** 派给 */
  assignedTo: MaintenanceAssignedTo;
  /** The staff member it went to. */
  assigneeName: Maybe<Scalars['String']['output']>;
  /** The checklist items done. */
  checkedItems: Array<Scalars['String']['output']>;
  /** When its completion was recorded (+08:00); null: not yet. */
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** 完成日期 */
  completedOn: Maybe<Scalars['Date']['output']>;
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** 应完成日期 */
  dueOn: Scalars['Date']['output'];
  /** The equipment (设备) it belongs to. */
  equipment: Equipment;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 说明 */
  note: Scalars['String']['output'];
  /** Photos taken when it was done. */
  photos: Array<MaintenancePhoto>;
  /** The maintenance rule (维保规则) it belongs to. */
  rule: MaintenanceRule;
  /** The account that recorded the completion (signerName may name a vendor's technician). */
  signedByName: Maybe<Scalars['String']['output']>;
  /** Who signed the completion. */
  signerName: Scalars['String']['output'];
  /** 状态 */
  state: MaintenanceOrderState;
  /** 维保单位 */
  vendorName: Scalars['String']['output'];
};

/** 完成维保, signed by you (or the vendor technician you name). */
export type MaintenanceOrderCompleteInput = {
  /** The checklist items done; every required one. */
  checkedItems: Array<Scalars['String']['input']>;
  /** Global ID of the MaintenanceOrder to complete (its `id`). */
  id: Scalars['ID']['input'];
  /** 说明 */
  note?: Scalars['String']['input'];
  /** At least the rule's minPhotos, up to 9 JPEG, PNG, WebP or HEIC/HEIF images of at most 5 MB each (GraphQL multipart request). */
  photos?: Array<Scalars['Upload']['input']>;
  /** Default: your name. */
  signerName?: Scalars['String']['input'];
};

/** The completed, signed order. */
export type MaintenanceOrderCompletePayload = {
  __typename?: 'MaintenanceOrderCompletePayload';
  /** Why it was refused; empty when it was done. */
  errors: Array<MaintenanceError>;
  /** The order, done. */
  maintenanceOrder: Maybe<MaintenanceOrder>;
};

/** A page of results with the total count. */
export type MaintenanceOrderCountedConnection = {
  __typename?: 'MaintenanceOrderCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<MaintenanceOrderEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type MaintenanceOrderEdge = {
  __typename?: 'MaintenanceOrderEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: MaintenanceOrder;
};

/** 维保单状态 */
export type MaintenanceOrderState =
  /** 已完成 */
  | 'DONE'
  /** 待维保 */
  | 'OPEN';

/** 维保照片 A photo taken when a maintenance was done. */
export type MaintenancePhoto = {
  __typename?: 'MaintenancePhoto';
  /** image/jpeg, image/png, image/webp, image/heic or image/heif. */
  contentType: Scalars['String']['output'];
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** A JPEG every browser shows: the copy stored beside a HEIC/HEIF photo, the photo itself for other types (same host, same credentials). */
  jpegUrl: Scalars['String']['output'];
  /** Bytes. */
  size: Scalars['Int']['output'];
  /** Where to GET it (same host, same credentials). */
  url: Scalars['String']['output'];
};

/** 维保规则 How often equipment is maintained. */
export type MaintenanceRule = Node & {
  __typename?: 'MaintenanceRule';
  /** For a whole category; null for one piece. */
  category: Maybe<EquipmentCategory>;
  /** In order. */
  checklist: Array<ChecklistEntry>;
  /** The community (小区) it belongs to. */
  community: Community;
  /** For one piece; null for a category. */
  equipment: Maybe<Equipment>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** EVERY: the period; MAX_GAP: the most days between completions. */
  intervalDays: Scalars['Int']['output'];
  /** 启用 */
  isActive: Scalars['Boolean']['output'];
  /** 方式 */
  kind: MaintenanceRuleKind;
  /** Orders are generated this many days before they are due. */
  leadDays: Scalars['Int']['output'];
  /** Photos a completion must carry (PHOTOS_REQUIRED). */
  minPhotos: Scalars['Int']['output'];
  /** 名称 */
  name: Scalars['String']['output'];
  /** 起算日期 */
  startsOn: Scalars['Date']['output'];
  /** Days since the last completion that raise a warning. */
  warningDays: Scalars['Int']['output'];
};

/** A page of results with the total count. */
export type MaintenanceRuleCountedConnection = {
  __typename?: 'MaintenanceRuleCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<MaintenanceRuleEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** 维保规则 For one piece of equipment, or every piece of a category in a community. */
export type MaintenanceRuleCreateInput = {
  /** 设备类别 — 整类设备的规则；单台设备的规则留空 */
  category?: InputMaybe<EquipmentCategory>;
  /** 检查项 */
  checklist?: Array<ChecklistEntryInput>;
  /** Global ID of the community (its `id`). */
  community: Scalars['ID']['input'];
  /** Global ID of the equipment (its `id`). */
  equipment?: InputMaybe<Scalars['ID']['input']>;
  /** 1–366; at most 15 for elevators and escalators. */
  intervalDays: Scalars['Int']['input'];
  /** 方式 */
  kind: MaintenanceRuleKind;
  /** Generate orders this many days before they are due. */
  leadDays?: Scalars['Int']['input'];
  /** Photos a completion must carry, 0–9; default 1. */
  minPhotos?: Scalars['Int']['input'];
  /** 名称 */
  name: Scalars['String']['input'];
  /** Default: today. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Default: three days before the limit. */
  warningDays?: InputMaybe<Scalars['Int']['input']>;
};

/** The rule as made; its orders come with the next daily sweep. */
export type MaintenanceRuleCreatePayload = {
  __typename?: 'MaintenanceRuleCreatePayload';
  /** Why it was refused; empty when it was made. */
  errors: Array<MaintenanceError>;
  /** The new rule. */
  maintenanceRule: Maybe<MaintenanceRule>;
};

/** An edge in a connection. */
export type MaintenanceRuleEdge = {
  __typename?: 'MaintenanceRuleEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: MaintenanceRule;
};

/** EVERY N days, or MAX_GAP: at most N days apart. */
export type MaintenanceRuleKind =
  /** 固定周期 */
  | 'EVERY'
  /** 最长间隔 */
  | 'MAX_GAP';

/**
 * 映射方案 How one old system's export maps onto one stage: column → field, value maps,
 * transforms and required fields. Saving a profile adds a version; a job records the version.
 */
export type MappingProfile = Node & {
  __typename?: 'MappingProfile';
  /** Field → the file's column, as `field=column` pairs. */
  columns: Array<Scalars['String']['output']>;
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 名称 */
  name: Scalars['String']['output'];
  /** Fields required beyond the stage's own. */
  required: Array<Scalars['String']['output']>;
  /** 原系统 */
  sourceSystem: ImportSourceSystem;
  /** 阶段 */
  stage: ImportStage;
  /** Transforms as `field:step` (remove:号楼, append:单元, upper). */
  transforms: Array<Scalars['String']['output']>;
  /** Value maps as `field:word=value`. */
  valueMaps: Array<Scalars['String']['output']>;
  /** 版本 */
  version: Scalars['Int']['output'];
};

/** A page of results with the total count. */
export type MappingProfileCountedConnection = {
  __typename?: 'MappingProfileCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<MappingProfileEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type MappingProfileEdge = {
  __typename?: 'MappingProfileEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: MappingProfile;
};

/** The saved version, or why it was refused. */
export type MappingProfilePayload = {
  __typename?: 'MappingProfilePayload';
  /** Why it was refused; empty on success. */
  errors: Array<ImportError>;
  /** The new version. */
  profile: Maybe<MappingProfile>;
};

/** 映射方案 Save a profile; saving a name again adds its next version. */
export type MappingProfileSaveInput = {
  /** Field → column. */
  columns: Array<ColumnMappingInput>;
  /** Up to 64 characters. */
  name: Scalars['String']['input'];
  /** Fields required beyond the stage's. */
  required?: Array<Scalars['String']['input']>;
  /** The old system. */
  sourceSystem: ImportSourceSystem;
  /** The stage it maps. */
  stage: ImportStage;
  /** Text transforms. */
  transforms?: Array<TransformInput>;
  /** Words → values. */
  valueMaps?: Array<ValueMappingInput>;
};

/** What people choose channels for. */
export type MessageCategory =
  /** 账单与缴费 */
  | 'BILLING'
  /** 公告 */
  | 'NOTICE'
  /** 住户认证 */
  | 'REGISTRATION'
  /** 报修进度 */
  | 'REPAIR';

/** Where a message goes outside the app. */
export type MessageChannel =
  /** 短信 */
  | 'SMS'
  /** 小程序订阅消息 */
  | 'WECHAT_SUBSCRIBE'
  /** 公众号模板消息 */
  | 'WECHAT_TEMPLATE';

/** A provider's settings. Credentials left out keep the stored ones. */
export type MessageChannelConfigureInput = {
  /** All its credentials (see credentialFields); null keeps the stored ones. */
  credentials?: InputMaybe<Array<CredentialInput>>;
  /** SMS per day at most; null: none. */
  dailyBudget?: InputMaybe<Scalars['Int']['input']>;
  /** Carry the channel now (switches the other off). */
  enabled?: Scalars['Boolean']['input'];
  /** The provider. */
  provider: MessageProvider;
  /** The SMS signature (短信签名); SMS only. */
  signName?: Scalars['String']['input'];
  /** One template per kind of message it should send (replaces all). */
  templates?: Array<TemplateInput>;
};

/** What `messageChannelConfigure` returns: the result on success, or `errors` saying why nothing changed. */
export type MessageChannelConfigurePayload = {
  __typename?: 'MessageChannelConfigurePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<MessageChannelError>;
  /** The MessageChannelSetting as it now stands; null when `errors` is not empty. */
  setting: Maybe<MessageChannelSetting>;
};

/** Why a message channel setting, a retry or a preference was refused. */
export type MessageChannelError = {
  __typename?: 'MessageChannelError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: MessageChannelErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of MessageChannelError. */
export type MessageChannelErrorCode =
  /** 每日短信上限须在 1 到 1000000 之间，或留空表示不限。 */
  | 'BUDGET_INVALID'
  /** 该消息的渠道未启用，请先在消息渠道设置中启用。 */
  | 'CHANNEL_NOT_CONFIGURED'
  /** 该渠道尚未配置，请填写密钥。 */
  | 'DETAILS_MISSING'
  /** 只有发送失败的消息可以重发。 */
  | 'MESSAGE_NOT_FAILED'
  /** 找不到该消息。 */
  | 'MESSAGE_NOT_FOUND'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 短信渠道须填写短信签名。 */
  | 'SIGN_NAME_REQUIRED'
  /** 模板编号须为 1–64 个字母、数字、下划线或连字符。 */
  | 'TEMPLATE_ID_INVALID'
  /** 模板对应的消息类型不存在：{kind}。 */
  | 'TEMPLATE_KIND_UNKNOWN'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG';

/** How the messages about one thing fared on one channel. */
export type MessageChannelReach = {
  __typename?: 'MessageChannelReach';
  /** Not sent: what it was about was withdrawn first. */
  cancelled: Scalars['Int']['output'];
  /** In the app, SMS, WeChat template or subscribe message. */
  channel: MessageReachChannel;
  /** Refused for good or after the last retry (outboxMessages with state FAILED; retry there). */
  failed: Scalars['Int']['output'];
  /** Sent (in the app: delivered to the inbox; outside: accepted). */
  sent: Scalars['Int']['output'];
  /** Not sent yet: quiet hours, the SMS budget, a scheduled start or a retry's backoff. */
  waiting: Scalars['Int']['output'];
};

/** 消息渠道 One provider's settings for the company. */
export type MessageChannelSetting = {
  __typename?: 'MessageChannelSetting';
  /** The channel it carries. */
  channel: MessageChannel;
  /** True once its credentials were entered. */
  configured: Scalars['Boolean']['output'];
  /** The credentials it needs (write only). */
  credentialFields: Array<Scalars['String']['output']>;
  /** SMS per Beijing day at most (emergencies aside). */
  dailyBudget: Maybe<Scalars['Int']['output']>;
  /** True when it carries its channel now (one per channel). */
  enabled: Scalars['Boolean']['output'];
  /** Last four characters of each credential. */
  hints: Array<CredentialHint>;
  /** The provider. */
  provider: MessageProvider;
  /** SMS counted against today's budget. */
  sentToday: Scalars['Int']['output'];
  /** The SMS signature (短信签名), empty for WeChat. */
  signName: Scalars['String']['output'];
  /** One template per kind of message it sends. */
  templates: Array<MessageTemplate>;
  /** When it was last changed (+08:00). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** The kinds of message sent outside the app. */
export type MessageKind =
  /** 账单通知 */
  | 'BILL_ISSUED'
  /** 公告通知 */
  | 'NOTICE'
  /** 缴费成功 */
  | 'PAYMENT_RECEIVED'
  /** 认证结果 */
  | 'REGISTRATION_REVIEWED'
  /** 新认证申请 */
  | 'REGISTRATION_SUBMITTED'
  /** 报修进度 */
  | 'REPAIR_UPDATED';

/** Whether you receive one category on one channel. */
export type MessagePreference = {
  __typename?: 'MessagePreference';
  /** What the messages are about. */
  category: MessageCategory;
  /** The channel. */
  channel: MessageChannel;
  /** True: you receive them there (the default). */
  enabled: Scalars['Boolean']['output'];
};

/** Receive (or not) one category of messages on one channel. */
export type MessagePreferenceSetInput = {
  /** What the messages are about. */
  category: MessageCategory;
  /** The channel. */
  channel: MessageChannel;
  /** False: no longer by this channel (in-app always arrives). */
  enabled: Scalars['Boolean']['input'];
};

/** What `messagePreferenceSet` returns: the result on success, or `errors` saying why nothing changed. */
export type MessagePreferenceSetPayload = {
  __typename?: 'MessagePreferenceSetPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<MessageChannelError>;
  /** The MessagePreference as it now stands; null when `errors` is not empty. */
  preferences: Maybe<Array<MessagePreference>>;
};

/** Who carries a channel for the company. */
export type MessageProvider =
  /** 阿里云短信 */
  | 'ALIYUN_SMS'
  /** 演示短信（只记日志，不发送） */
  | 'CONSOLE_SMS'
  /** 腾讯云短信 */
  | 'TENCENT_SMS'
  /** 微信小程序 */
  | 'WECHAT_MINI'
  /** 微信公众号 */
  | 'WECHAT_OFFICIAL';

/** In the app, or one of the channels outside it. */
export type MessageReachChannel =
  /** 站内消息 */
  | 'IN_APP'
  /** 短信 */
  | 'SMS'
  /** 小程序订阅消息 */
  | 'WECHAT_SUBSCRIBE'
  /** 公众号模板消息 */
  | 'WECHAT_TEMPLATE';

/** The provider's template for one kind of message. */
export type MessageTemplate = {
  __typename?: 'MessageTemplate';
  /** WeChat keywords; empty: the value names. */
  fields: Array<MessageTemplateField>;
  /** The kind of message. */
  kind: MessageKind;
  /** The provider's template id (code). */
  templateId: Scalars['String']['output'];
};

/** A WeChat template keyword and the value it shows. */
export type MessageTemplateField = {
  __typename?: 'MessageTemplateField';
  /** The keyword in the WeChat template (thing1, time2 …). */
  key: Scalars['String']['output'];
  /** Which value of the message kind it shows. */
  param: Scalars['String']['output'];
};

/** 抄表 A meter reading for a billing period. */
export type MeterReading = Node & {
  __typename?: 'MeterReading';
  /** Billed quantity: reading − previous (the reading after a replacement). */
  consumption: Scalars['Decimal']['output'];
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** The house (房屋) it belongs to. */
  house: House;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 换表: the meter was replaced and started again from zero. */
  isReplacement: Scalars['Boolean']['output'];
  /** 表类型 */
  meterType: MeterType;
  /** The billing period (1st of the month) this reading bills. */
  period: Scalars['Date']['output'];
  /** Null for the meter's first reading. */
  previousReading: Maybe<Scalars['Decimal']['output']>;
  /** 读数 */
  reading: Scalars['Decimal']['output'];
};

/** A page of results with the total count. */
export type MeterReadingCountedConnection = {
  __typename?: 'MeterReadingCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<MeterReadingEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type MeterReadingEdge = {
  __typename?: 'MeterReadingEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: MeterReading;
};

/** Why a reading was refused. */
export type MeterReadingError = {
  __typename?: 'MeterReadingError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: MeterReadingErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of MeterReadingError. */
export type MeterReadingErrorCode =
  /** 找不到该房屋。 */
  | 'HOUSE_NOT_FOUND'
  /** 该表已有 {latest} 的读数，不能补录更早账期的读数。 */
  | 'PERIOD_BEFORE_LATEST'
  /** 账期须为某月的第一天（如 2026-01-01）。 */
  | 'PERIOD_NOT_MONTH_START'
  /** 读数 {reading} 小于上次读数 {previous}；如已换表，请标记为换表。 */
  | 'READING_BELOW_PREVIOUS'
  /** 该房屋的{meter}在该账期已有读数。 */
  | 'READING_EXISTS'
  /** 读数不能为负数。 */
  | 'READING_NEGATIVE'
  /** 读数最多保留两位小数。 */
  | 'READING_PRECISION'
  /** 读数须小于 10000000000。 */
  | 'READING_TOO_LARGE';

/** The input of `meterReadingRecord`. Record a meter reading for a period; its consumption bills on the period's next run. */
export type MeterReadingRecordInput = {
  /** Global ID of the house (its `id`). */
  house: Scalars['ID']['input'];
  /** 换表: a new meter starting from zero (the reading may be below the previous one). */
  isReplacement?: Scalars['Boolean']['input'];
  /** 表类型 */
  meterType: MeterType;
  /** A billing period: the 1st of a month, e.g. 2026-01-01. */
  period: Scalars['Date']['input'];
  /** The meter's reading, at most two decimals. */
  reading: Scalars['Decimal']['input'];
};

/** What `meterReadingRecord` returns: the result on success, or `errors` saying why nothing changed. */
export type MeterReadingRecordPayload = {
  __typename?: 'MeterReadingRecordPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<MeterReadingError>;
  /** The MeterReading as it now stands; null when `errors` is not empty. */
  meterReading: Maybe<MeterReading>;
};

/** What a meter (表) measures. */
export type MeterType =
  /** 电表 */
  | 'ELECTRICITY'
  /** 燃气表 */
  | 'GAS'
  /** 热表 */
  | 'HEATING'
  /** 水表 */
  | 'WATER';

/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type Mutation = {
  __typename?: 'Mutation';
  /** 确认收到 a notice that asks for it (also marks it read). */
  announcementAcknowledge: AnnouncementAcknowledgePayload;
  /** A draft notice. Scoped staff: targets in their communities only; COMPANY needs the admin. */
  announcementCreate: AnnouncementCreatePayload;
  /** 发布 a draft: recipients are fixed now; with validFrom ahead it shows from then (SCHEDULED). Statutory notices shorter than the law's display period are refused. */
  announcementPublish: AnnouncementPublishPayload;
  /** 已读: mark a notice you received as read. */
  announcementRead: AnnouncementReadPayload;
  /** 更正: publish a corrected version of a published notice (same audience, targets and dates); the old one is withdrawn with the reason. */
  announcementSupersede: AnnouncementSupersedePayload;
  /** Change a draft (a published notice answers NOT_DRAFT). */
  announcementUpdate: AnnouncementUpdatePayload;
  /** 撤回 a published notice, with a reason. */
  announcementWithdraw: AnnouncementWithdrawPayload;
  /** 作废: cancel a bill issued by mistake, with a reason, before anything was paid, waived or accrued on it (reverse its payments first). The bill stays, marked cancelled; no run re-issues it. */
  billCancel: BillCancelPayload;
  /** Generate the period's bills for the communities: one per house, a line per applicable fee. Running it again creates only what is missing (new houses, new readings). Houses with prepaid money then settle their open bills, oldest first. */
  billingRunCreate: BillingRunCreatePayload;
  /** Pay bills of one of your houses online, for their exact balance. Returns the order and its checkout (QR code URL, redirect URL, app order string or card client secret). Asking again for the same bills, gateway and channel while the order can be paid returns the same order; other orders for any of the bills are refused until it expires. */
  billsPay: BillsPayPayload;
  /** Copy a building with its units and houses under a new name, in the same or another community. */
  buildingCopy: BuildingCopyPayload;
  /** Add a building (楼栋); with `generate`, also its units and houses in the same call. */
  buildingCreate: BuildingCreatePayload;
  /** Delete a building and its empty units; refused while it has houses. */
  buildingDelete: BuildingDeletePayload;
  /** Change the given fields of a building. */
  buildingUpdate: BuildingUpdatePayload;
  /** 登记证书: it supersedes older ones of its kind; alerts come 60, 30 and 7 days before it ends. */
  certificateAdd: CertificateAddPayload;
  /** 巡检点 in one of your communities. */
  checkpointCreate: CheckpointCreatePayload;
  /** 打卡 at a checkpoint of a route in your communities. The token must be the checkpoint's current one (CHECKPOINT_TOKEN_INVALID); the same clientScanId returns the scan already kept. Scans outside the radius, with a skewed clock or faster than walking are kept with their anomalies. An ABNORMAL result at equipment reports a fault (one work order per open fault). */
  checkpointScan: CheckpointScanPayload;
  /** 换码: the checkpoint's QR code changes at once; scans of the old one answer CHECKPOINT_TOKEN_INVALID. Print the route's sheet again (inspectionRouteQrSheet). */
  checkpointTokenRotate: CheckpointTokenRotatePayload;
  /** Add a community (小区); admin only. */
  communityCreate: CommunityCreatePayload;
  /** Delete a community; refused while it has buildings. Admin only. */
  communityDelete: CommunityDeletePayload;
  /** Change the given fields of a community. */
  communityUpdate: CommunityUpdatePayload;
  /** Record a consent a resident gave in person or on paper; one per purpose in force at a time. */
  consentRecord: ConsentRecordPayload;
  /** Record that a resident withdrew a consent; the record stays, with the time. */
  consentWithdraw: ConsentWithdrawPayload;
  /** Replace the browser origins allowed to call this company's /graphql (admins). Apps send `Authorization: Bearer <token>`; cookies never cross origins. In force from the next request. */
  corsOriginsSet: CorsOriginsSetPayload;
  /** How a community's new orders go out: ASSIGN (the desk picks), AUTO (the least busy matching technician on duty), GRAB (offered to every matching technician on duty). */
  dispatchModeSet: DispatchModeSetPayload;
  /** 设备入账: a new piece of equipment in one of your communities, in service. */
  equipmentCreate: EquipmentCreatePayload;
  /** 报告设备故障: opens the fault and its work order (dispatched and timed like any repair), or counts the report on the equipment's open fault. */
  equipmentFaultReport: EquipmentFaultReportPayload;
  /** 停用、恢复使用、故障停运、报废. Special equipment goes back IN_SERVICE only with a valid periodic inspection (EQUIPMENT_NOT_COMPLIANT). */
  equipmentStatusSet: EquipmentStatusSetPayload;
  /** Add a fee item for communities you set fees up in; it bills from its first month on. */
  feeItemCreate: FeeItemCreatePayload;
  /** Change a fee item; the next runs use the change, bills already made keep their lines. Every community it applies to (before and after) must be yours. */
  feeItemUpdate: FeeItemUpdatePayload;
  /** Change when bills fall due and whether late fees (滞纳金) accrue. Admin only. */
  financePolicyUpdate: FinancePolicyUpdatePayload;
  /** Add a house (房屋) to a unit. */
  houseCreate: HouseCreatePayload;
  /** Delete a house; refused if it has residents (any occupancy), bills or registration requests. */
  houseDelete: HouseDeletePayload;
  /** Change the given fields of a house; a new unit moves it with its building and community. */
  houseUpdate: HouseUpdatePayload;
  /** 导入 Commit a validated job in one transaction (in the background); bad rows are left out. */
  importJobCommit: ImportJobPayload;
  /** Choose the mapping profile and the options. */
  importJobConfigure: ImportJobPayload;
  /** 试导入 Validate every row and count what a commit would create, update and skip; writes nothing. */
  importJobDryRun: ImportJobPayload;
  /** A job for another stage of a file already uploaded (houses, then owners, then balances). */
  importJobForStage: ImportJobPayload;
  /** 撤销 Restore exactly what was there before the job; refused naming what depends on it. */
  importJobRollback: ImportJobPayload;
  /** Upload an export for one stage: kept encrypted once it reads as a table (else a coded refusal). */
  importJobUpload: ImportJobPayload;
  /** 对账 Compare the old system's totals with Wuye to the fen, listing the houses that differ. */
  importReconcile: ReconciliationPayload;
  /** Pause a plan (rounds not started and not scanned are withdrawn) or resume it. */
  inspectionPlanActiveSet: InspectionPlanActiveSetPayload;
  /** 巡检计划 for a route of one of your communities: one round per shift and day (generated once each, today's and tomorrow's at once, later ones by the daily sweep), given to the roster in turn. */
  inspectionPlanCreate: InspectionPlanCreatePayload;
  /** 巡检路线 through checkpoints of one community. */
  inspectionRouteCreate: InspectionRouteCreatePayload;
  /** Log in on this host; returns an API token valid on this host only. */
  login: LoginPayload;
  /** Revoke the token this request carries and end the browser session. */
  logout: LogoutPayload;
  /** 完成维保: every required checklist item (CHECKLIST_INCOMPLETE), the rule's photos at least (PHOTOS_REQUIRED), signed, dated today. */
  maintenanceOrderComplete: MaintenanceOrderCompletePayload;
  /** 维保规则 for one piece of equipment or a whole category of one of your communities; elevators and escalators at most 15 days (OVER_LEGAL_LIMIT). */
  maintenanceRuleCreate: MaintenanceRuleCreatePayload;
  /** Save a mapping profile (a name saved again gets its next version). */
  mappingProfileSave: MappingProfilePayload;
  /** Enter a message provider's credentials (stored encrypted, never shown again), its SMS signature, templates and SMS budget, or switch it on/off. Admin only. */
  messageChannelConfigure: MessageChannelConfigurePayload;
  /** Receive (or stop receiving) one category of messages on one channel; in-app always arrives. */
  messagePreferenceSet: MessagePreferenceSetPayload;
  /** Record a meter reading for a period; its consumption bills on the period's next run. */
  meterReadingRecord: MeterReadingRecordPayload;
  /** Owner app: agree to a purpose under the privacy notice version you were shown. */
  myConsentGive: MyConsentGivePayload;
  /** Owner app: withdraw your consent. */
  myConsentWithdraw: MyConsentWithdrawPayload;
  /** Mark your notifications read. */
  notificationsMarkRead: NotificationsMarkReadPayload;
  /** Record a move-out. */
  occupancyEnd: OccupancyEndPayload;
  /** Record that a resident lives in a house. A new primary contact replaces the previous one. */
  occupancyStart: OccupancyStartPayload;
  /** Send a failed message again (after fixing the number, the template or the account): the admin any, a manager those about their communities. */
  outboxMessageRetry: OutboxMessageRetryPayload;
  /** Owner app: create an account with the SMS code; returns an API token. */
  ownerSignUp: OwnerSignUpPayload;
  /** Withdraw your application, waiting or offered (the offered space is freed). */
  parkingApplicationCancel: ParkingApplicationCancelPayload;
  /** 分配 Hold a space for a waiting application until the offer expires (PARKING_OFFER_HOURS). */
  parkingApplicationOffer: ParkingApplicationOfferPayload;
  /** 驳回 a waiting application, with a reason the applicant reads. */
  parkingApplicationReject: ParkingApplicationRejectPayload;
  /** 申请车位 for one of your cars in a community you live in. Owners 1–12 months; anyone else one month, refused with OWNER_PRIORITY while owners wait. One waiting application per car. */
  parkingApplicationSubmit: ParkingApplicationSubmitPayload;
  /** A car park of one of your communities. */
  parkingAreaCreate: ParkingAreaCreatePayload;
  /** Draw lots among the community's waiting owners (more of them than spaces): ranked by sha256('<seed>:<application number>'), the first are offered the spaces in the order given. */
  parkingLotteryDraw: ParkingLotteryDrawPayload;
  /** Pay the months of the space offered to your application. The space is yours (the right active, the application ACTIVE) once the payment is confirmed, however often the provider tells us. Asking again with the same gateway and channel returns the same order; OFFER_EXPIRED after the offer lapsed. */
  parkingOfferPay: ParkingOfferPayPayload;
  /** 续费 Pay the next months of your monthly pass; they start at max(its end, today) and are yours once the payment is confirmed. SPACE_UNAVAILABLE if the space is taken then. */
  parkingPassRenew: ParkingPassRenewPayload;
  /** 租赁 Lease a space for 1–12 months (non-owners: one month, and not while owners wait). SPACE_UNAVAILABLE when any day of it is taken. */
  parkingRightGrant: ParkingRightGrantPayload;
  /** Pay the fee of a stay of one of your cars, after its exit, as priced then. A paid stay is refused with SESSION_ALREADY_PAID. */
  parkingSessionPay: ParkingSessionPayPayload;
  /** A space of an area (up to its capacity); OWNED needs its owner and records their 产权. */
  parkingSpaceCreate: ParkingSpaceCreatePayload;
  /** An area's temporary-parking tariff from validFrom (today or later) on. Part units are free unless chargePartUnits, which needs an overrideReason (kept with the version). */
  parkingTariffSet: ParkingTariffSetPayload;
  /** Enter a gateway's merchant credentials (stored encrypted, never shown again) or switch it on/off. SANDBOX needs none: it serves trials and demos with no real money. Admin only. */
  paymentGatewayConfigure: PaymentGatewayConfigurePayload;
  /** Check the stored credentials against the provider with one harmless call. Admin only. */
  paymentGatewayTest: PaymentGatewayTestPayload;
  /** Record an offline payment (cash, transfer, POS, cheque) for a house; it gets the next receipt number. It pays the house's open bills oldest first (or the bills given, in that order); the rest goes to the house's prepaid balance. */
  paymentRecord: PaymentRecordPayload;
  /** Refund a paid order in full through its gateway; the ledger gets a reversal (冲正) of its payment. Refused when its prepaid part has since paid other bills. */
  paymentRefund: PaymentRefundPayload;
  /** 冲正: reverse a payment with a reason, as a new negative payment with its own receipt number. Once per payment; refused when its prepaid part has since paid bills. */
  paymentReverse: PaymentReversePayload;
  /** 签字确认 Accept a reconciliation before go-live (a note is required when figures differ). */
  reconciliationSignOff: ReconciliationPayload;
  /** Approve a pending request: the occupancy is created and the owner sees the house. */
  registrationApprove: RegistrationApprovePayload;
  /** Reject a pending request with a reason. */
  registrationReject: RegistrationRejectPayload;
  /** Owner app: ask to be recorded as living in a house; it waits for staff review. */
  registrationRequestCreate: RegistrationRequestCreatePayload;
  /** PIPL: anonymise a resident who has moved out. Name becomes a pseudonym; phones, ID, emergency contact and notes are cleared; their app account is closed; occupancies (and so financial history) stay. Admin only, recorded in the access log, cannot be undone. */
  residentAnonymise: ResidentAnonymisePayload;
  /** Add a resident (no review needed). */
  residentCreate: ResidentCreatePayload;
  /** PIPL: everything the company holds about a resident, as JSON; admin only, recorded in the access log. */
  residentDataExport: ResidentDataExportPayload;
  /** Delete a resident who never occupied a house. */
  residentDelete: ResidentDeletePayload;
  /** Change the company's resident rules; admin only. */
  residentPolicyUpdate: ResidentPolicyUpdatePayload;
  /** Break-glass: show a resident's full phone numbers and ID number, with a reason. Every call is recorded in the access log (who, whom, which fields, why, when, from where). */
  residentRevealPii: ResidentRevealPiiPayload;
  /** Change a resident's details; fields left out stay as they are. */
  residentUpdate: ResidentUpdatePayload;
  /** Text a 6-digit verification code (valid 5 minutes) to a mainland mobile. */
  smsCodeSend: SmsCodeSendPayload;
  /** Staff app, no login needed: set your password with the code from the invitation link; returns an API token. Limited per client address. */
  staffActivate: StaffActivatePayload;
  /** Stop a member's account at once: existing tokens stop working, logging in fails. Not yourself, never the last active admin; deactivating an inactive member changes nothing. */
  staffDeactivate: StaffDeactivatePayload;
  /** Create a staff account (login: the phone) with a role and communities, and text it a one-time activation link valid 72 hours. Admin only. */
  staffInvite: StaffInvitePayload;
  /** Text a new activation link to a member who has not activated yet; the previous link dies. */
  staffInviteResend: StaffInviteResendPayload;
  /** Let a deactivated member log in again (with a new login: old tokens stay revoked). */
  staffReactivate: StaffReactivatePayload;
  /** Change a member's name, role or communities; in force from their next request. Not your own role or communities; never the last active admin's role. */
  staffUpdate: StaffUpdatePayload;
  /** Pay for the company's plan: a signed link (valid one hour) to the checkout on the platform's host, where subscriptionCheckout takes its token. Admin only. */
  subscriptionCheckoutLink: SubscriptionCheckoutLinkPayload;
  /** 上班 / 下班: a technician starts or ends their shift. */
  technicianDutySet: TechnicianDutySetPayload;
  /** A technician's skills (the categories they repair) and/or duty, for a technician of your communities. */
  technicianProfileSet: TechnicianProfileSetPayload;
  /** Add a unit (单元) to a building. */
  unitCreate: UnitCreatePayload;
  /** Delete a unit; refused while it has houses. */
  unitDelete: UnitDeletePayload;
  /** Rename a unit. */
  unitUpdate: UnitUpdatePayload;
  /** 入场 A car entered the area (at: the gate's time, default now). One open stay per plate and area: SESSION_OPEN otherwise. */
  vehicleEntryRecord: VehicleEntryRecordPayload;
  /** 出场 The car left: its open stay closes, priced by the tariff in force at entry (full units only unless the tariff says otherwise). EXIT_BEFORE_ENTRY, NO_OPEN_SESSION refused. */
  vehicleExitRecord: VehicleExitRecordPayload;
  /** 登记车辆. The plate is checked (mainland format) and normalised; one registration per plate. */
  vehicleRegister: VehicleRegisterPayload;
  /** Change your own display name or email. */
  viewerUpdate: ViewerUpdatePayload;
  /** Approve someone else's waiver request: it is applied to the bill's unpaid lines. */
  waiverApprove: WaiverApprovePayload;
  /** Reject someone else's waiver request, saying why; the bill is unchanged. */
  waiverReject: WaiverRejectPayload;
  /** Ask to waive (减免) part of a bill, with a reason; someone else approves or rejects it. */
  waiverRequest: WaiverRequestPayload;
  /** Bind your own account (owner or staff) to the WeChat user the code belongs to, so messages also arrive there; binding again replaces the earlier WeChat user. Limited per account (WECHAT_BIND_RATE, 10 a minute by default). */
  wechatBind: WechatBindingPayload;
  /** Stop WeChat messages to your own account on one channel; those not yet sent are cancelled. */
  wechatUnbind: WechatBindingPayload;
  /** 接单: accept an order assigned to you, or take an order offered to you (抢单); ALREADY_TAKEN when another technician was faster. */
  workOrderAccept: WorkOrderAcceptPayload;
  /** 到场: you are at the place. */
  workOrderArrive: WorkOrderArrivePayload;
  /** 派单: give the order to a technician of its community (or to another one). */
  workOrderAssign: WorkOrderAssignPayload;
  /** 取消, before a technician is on site: the owner who reported it, or the service desk. */
  workOrderCancel: WorkOrderCancelPayload;
  /** 关闭 a completed order without waiting for a rating. */
  workOrderClose: WorkOrderClosePayload;
  /** 完工: the repair is done; say what was done in the note. */
  workOrderComplete: WorkOrderCompletePayload;
  /** The company-wide repair rules (admins): SLA minutes per priority, the reopen window. New deadlines apply to orders submitted or reopened from now on. */
  workOrderPolicyUpdate: WorkOrderPolicyUpdatePayload;
  /** 评价: 1–5 stars for a completed order you reported. */
  workOrderRate: WorkOrderRatePayload;
  /** 返修: send a completed order you reported back to its technician, within the reopen window. */
  workOrderReopen: WorkOrderReopenPayload;
  /** 报修. Owners for a house they live in; staff for a house or public area in their communities. Dispatched at once by the community's mode. Photos: a GraphQL multipart request. */
  workOrderSubmit: WorkOrderSubmitPayload;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationAnnouncementAcknowledgeArgs = {
  input: AnnouncementAcknowledgeInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationAnnouncementCreateArgs = {
  input: AnnouncementCreateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationAnnouncementPublishArgs = {
  input: AnnouncementPublishInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationAnnouncementReadArgs = {
  input: AnnouncementReadInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationAnnouncementSupersedeArgs = {
  input: AnnouncementSupersedeInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationAnnouncementUpdateArgs = {
  input: AnnouncementUpdateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationAnnouncementWithdrawArgs = {
  input: AnnouncementWithdrawInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationBillCancelArgs = {
  input: BillCancelInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationBillingRunCreateArgs = {
  input: BillingRunInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationBillsPayArgs = {
  input: BillsPayInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationBuildingCopyArgs = {
  input: BuildingCopyInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationBuildingCreateArgs = {
  input: BuildingCreateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationBuildingDeleteArgs = {
  input: BuildingDeleteInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationBuildingUpdateArgs = {
  input: BuildingUpdateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationCertificateAddArgs = {
  input: CertificateAddInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationCheckpointCreateArgs = {
  input: CheckpointCreateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationCheckpointScanArgs = {
  input: CheckpointScanInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationCheckpointTokenRotateArgs = {
  input: CheckpointTokenRotateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationCommunityCreateArgs = {
  input: CommunityCreateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationCommunityDeleteArgs = {
  input: CommunityDeleteInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationCommunityUpdateArgs = {
  input: CommunityUpdateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationConsentRecordArgs = {
  input: ConsentRecordInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationConsentWithdrawArgs = {
  input: ConsentWithdrawInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationCorsOriginsSetArgs = {
  input: CorsOriginsSetInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationDispatchModeSetArgs = {
  input: DispatchModeSetInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationEquipmentCreateArgs = {
  input: EquipmentCreateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationEquipmentFaultReportArgs = {
  input: EquipmentFaultReportInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationEquipmentStatusSetArgs = {
  input: EquipmentStatusSetInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationFeeItemCreateArgs = {
  input: FeeItemCreateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationFeeItemUpdateArgs = {
  input: FeeItemUpdateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationFinancePolicyUpdateArgs = {
  input: FinancePolicyUpdateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationHouseCreateArgs = {
  input: HouseCreateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationHouseDeleteArgs = {
  input: HouseDeleteInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationHouseUpdateArgs = {
  input: HouseUpdateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationImportJobCommitArgs = {
  input: ImportJobIdInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationImportJobConfigureArgs = {
  input: ImportJobConfigureInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationImportJobDryRunArgs = {
  input: ImportJobIdInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationImportJobForStageArgs = {
  input: ImportJobForStageInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationImportJobRollbackArgs = {
  input: ImportJobIdInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationImportJobUploadArgs = {
  input: ImportJobUploadInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationImportReconcileArgs = {
  input: ImportReconcileInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationInspectionPlanActiveSetArgs = {
  input: InspectionPlanActiveSetInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationInspectionPlanCreateArgs = {
  input: InspectionPlanCreateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationInspectionRouteCreateArgs = {
  input: InspectionRouteCreateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationLoginArgs = {
  input: LoginInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationMaintenanceOrderCompleteArgs = {
  input: MaintenanceOrderCompleteInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationMaintenanceRuleCreateArgs = {
  input: MaintenanceRuleCreateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationMappingProfileSaveArgs = {
  input: MappingProfileSaveInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationMessageChannelConfigureArgs = {
  input: MessageChannelConfigureInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationMessagePreferenceSetArgs = {
  input: MessagePreferenceSetInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationMeterReadingRecordArgs = {
  input: MeterReadingRecordInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationMyConsentGiveArgs = {
  input: MyConsentGiveInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationMyConsentWithdrawArgs = {
  input: MyConsentWithdrawInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationNotificationsMarkReadArgs = {
  input: NotificationsMarkReadInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationOccupancyEndArgs = {
  input: OccupancyEndInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationOccupancyStartArgs = {
  input: OccupancyStartInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationOutboxMessageRetryArgs = {
  input: OutboxMessageRetryInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationOwnerSignUpArgs = {
  input: OwnerSignUpInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationParkingApplicationCancelArgs = {
  input: ParkingApplicationCancelInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationParkingApplicationOfferArgs = {
  input: ParkingApplicationOfferInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationParkingApplicationRejectArgs = {
  input: ParkingApplicationRejectInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationParkingApplicationSubmitArgs = {
  input: ParkingApplicationSubmitInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationParkingAreaCreateArgs = {
  input: ParkingAreaCreateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationParkingLotteryDrawArgs = {
  input: ParkingLotteryDrawInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationParkingOfferPayArgs = {
  input: ParkingOfferPayInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationParkingPassRenewArgs = {
  input: ParkingPassRenewInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationParkingRightGrantArgs = {
  input: ParkingRightGrantInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationParkingSessionPayArgs = {
  input: ParkingSessionPayInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationParkingSpaceCreateArgs = {
  input: ParkingSpaceCreateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationParkingTariffSetArgs = {
  input: ParkingTariffSetInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationPaymentGatewayConfigureArgs = {
  input: PaymentGatewayConfigureInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationPaymentGatewayTestArgs = {
  input: PaymentGatewayTestInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationPaymentRecordArgs = {
  input: PaymentRecordInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationPaymentRefundArgs = {
  input: PaymentRefundInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationPaymentReverseArgs = {
  input: PaymentReverseInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationReconciliationSignOffArgs = {
  input: ReconciliationSignOffInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationRegistrationApproveArgs = {
  input: RegistrationApproveInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationRegistrationRejectArgs = {
  input: RegistrationRejectInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationRegistrationRequestCreateArgs = {
  input: RegistrationRequestCreateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationResidentAnonymiseArgs = {
  input: ResidentAnonymiseInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationResidentCreateArgs = {
  input: ResidentCreateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationResidentDataExportArgs = {
  input: ResidentDataExportInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationResidentDeleteArgs = {
  input: ResidentDeleteInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationResidentPolicyUpdateArgs = {
  input: ResidentPolicyUpdateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationResidentRevealPiiArgs = {
  input: ResidentRevealPiiInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationResidentUpdateArgs = {
  input: ResidentUpdateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationSmsCodeSendArgs = {
  input: SmsCodeSendInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationStaffActivateArgs = {
  input: StaffActivateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationStaffDeactivateArgs = {
  input: StaffDeactivateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationStaffInviteArgs = {
  input: StaffInviteInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationStaffInviteResendArgs = {
  input: StaffInviteResendInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationStaffReactivateArgs = {
  input: StaffReactivateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationStaffUpdateArgs = {
  input: StaffUpdateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationSubscriptionCheckoutLinkArgs = {
  input: SubscriptionCheckoutLinkInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationTechnicianDutySetArgs = {
  input: TechnicianDutySetInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationTechnicianProfileSetArgs = {
  input: TechnicianProfileSetInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationUnitCreateArgs = {
  input: UnitCreateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationUnitDeleteArgs = {
  input: UnitDeleteInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationUnitUpdateArgs = {
  input: UnitUpdateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationVehicleEntryRecordArgs = {
  input: VehicleEntryRecordInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationVehicleExitRecordArgs = {
  input: VehicleExitRecordInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationVehicleRegisterArgs = {
  input: VehicleRegisterInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationViewerUpdateArgs = {
  input: ViewerUpdateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationWaiverApproveArgs = {
  input: WaiverApproveInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationWaiverRejectArgs = {
  input: WaiverRejectInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationWaiverRequestArgs = {
  input: WaiverRequestInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationWechatBindArgs = {
  input: WechatBindInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationWechatUnbindArgs = {
  input: WechatUnbindInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationWorkOrderAcceptArgs = {
  input: WorkOrderAcceptInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationWorkOrderArriveArgs = {
  input: WorkOrderArriveInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationWorkOrderAssignArgs = {
  input: WorkOrderAssignInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationWorkOrderCancelArgs = {
  input: WorkOrderCancelInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationWorkOrderCloseArgs = {
  input: WorkOrderCloseInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationWorkOrderCompleteArgs = {
  input: WorkOrderCompleteInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationWorkOrderPolicyUpdateArgs = {
  input: WorkOrderPolicyUpdateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationWorkOrderRateArgs = {
  input: WorkOrderRateInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationWorkOrderReopenArgs = {
  input: WorkOrderReopenInput;
};


/** Everything one company changes on its own host; a refusal comes back in the payload's `errors`, a missing permission as a top-level FORBIDDEN. */
export type MutationWorkOrderSubmitArgs = {
  input: WorkOrderSubmitInput;
};

/** Your notices, pinned first, with the unread count. */
export type MyAnnouncementConnection = {
  __typename?: 'MyAnnouncementConnection';
  /** Contains the nodes in this connection */
  edges: Array<AnnouncementEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
  /** Published notices you received and have not read yet. */
  unreadCount: Scalars['Int']['output'];
};

/** Owner app: agree to a purpose under the notice version shown. */
export type MyConsentGiveInput = {
  /** The version of the privacy notice you were shown. */
  noticeVersion: Scalars['String']['input'];
  /** What you agree to (同意事项). */
  purpose: ConsentPurpose;
};

/** What `myConsentGive` returns: the result on success, or `errors` saying why nothing changed. */
export type MyConsentGivePayload = {
  __typename?: 'MyConsentGivePayload';
  /** The Consent as it now stands; null when `errors` is not empty. */
  consent: Maybe<Consent>;
  /** Why nothing was changed; empty on success. */
  errors: Array<ConsentError>;
};

/** Owner app: withdraw your consent to a purpose. */
export type MyConsentWithdrawInput = {
  /** What you no longer agree to. */
  purpose: ConsentPurpose;
};

/** What `myConsentWithdraw` returns: the result on success, or `errors` saying why nothing changed. */
export type MyConsentWithdrawPayload = {
  __typename?: 'MyConsentWithdrawPayload';
  /** The Consent as it now stands; null when `errors` is not empty. */
  consent: Maybe<Consent>;
  /** Why nothing was changed; empty on success. */
  errors: Array<ConsentError>;
};

/** An object with a Globally Unique ID */
export type Node = {
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
};

/** 消息 An in-app notification to you. */
export type Notification = Node & {
  __typename?: 'Notification';
  /** 内容 */
  body: Scalars['String']['output'];
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** True once you have marked it read. */
  isRead: Scalars['Boolean']['output'];
  /** 类型 */
  kind: NotificationKind;
  /** 已读时间 */
  readAt: Maybe<Scalars['DateTime']['output']>;
  /** The ID of what it is about (a WorkOrder…), if anything. */
  target: Maybe<Scalars['ID']['output']>;
  /** 标题 */
  title: Scalars['String']['output'];
};

/** A page of results with the total count. */
export type NotificationCountedConnection = {
  __typename?: 'NotificationCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<NotificationEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Notification;
};

/** Why marking notifications failed. */
export type NotificationError = {
  __typename?: 'NotificationError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: NotificationErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of NotificationError. */
export type NotificationErrorCode =
  /** 一次最多处理 {limit} 条通知。 */
  | 'TOO_MANY';

/** What a notification is about. */
export type NotificationKind =
  /** 新公告 */
  | 'ANNOUNCEMENT'
  /** 新账单 */
  | 'BILL_ISSUED'
  /** 设备提醒 */
  | 'EQUIPMENT_ALERT'
  /** 缴费成功 */
  | 'PAYMENT_RECEIVED'
  /** 认证结果 */
  | 'REGISTRATION_REVIEWED'
  /** 新认证申请 */
  | 'REGISTRATION_SUBMITTED'
  /** 新派工单 */
  | 'WORK_ORDER_ASSIGNED'
  /** 工单超时 */
  | 'WORK_ORDER_ESCALATED'
  /** 可抢工单 */
  | 'WORK_ORDER_OFFERED'
  /** 报修进度 */
  | 'WORK_ORDER_UPDATED';

/** The ids given, or every unread notification when ids is left out. */
export type NotificationsMarkReadInput = {
  /** Global IDs of the ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What `notificationsMarkRead` returns: the result on success, or `errors` saying why nothing changed. */
export type NotificationsMarkReadPayload = {
  __typename?: 'NotificationsMarkReadPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<NotificationError>;
  /** How many notifications were unread and are now read. */
  marked: Scalars['Int']['output'];
};

/** 入住 A resident's relation to a house. */
export type Occupancy = Node & {
  __typename?: 'Occupancy';
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** Null when you may no longer see the house. */
  house: Maybe<House>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** In force today. */
  isActive: Scalars['Boolean']['output'];
  /** 主要联系人 */
  isPrimaryContact: Scalars['Boolean']['output'];
  /** 入住日期 */
  moveIn: Scalars['Date']['output'];
  /** 迁出日期 */
  moveOut: Maybe<Scalars['Date']['output']>;
  /** Null when you may not see this resident: an owner sees only themselves. */
  resident: Maybe<Resident>;
  /** 身份 */
  role: OccupancyRole;
};

/** A page of results with the total count. */
export type OccupancyCountedConnection = {
  __typename?: 'OccupancyCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<OccupancyEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type OccupancyEdge = {
  __typename?: 'OccupancyEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Occupancy;
};

/** The input of `occupancyEnd`. Record a move-out. */
export type OccupancyEndInput = {
  /** Global ID of the Occupancy to end (its `id`). */
  id: Scalars['ID']['input'];
  /** After moveIn; may lie ahead (a planned move-out). */
  moveOut: Scalars['Date']['input'];
};

/** What `occupancyEnd` returns: the result on success, or `errors` saying why nothing changed. */
export type OccupancyEndPayload = {
  __typename?: 'OccupancyEndPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<ResidentError>;
  /** The Occupancy as it now stands; null when `errors` is not empty. */
  occupancy: Maybe<Occupancy>;
};

/** 身份 owner, tenant or family member. */
export type OccupancyRole =
  /** 家庭成员 */
  | 'FAMILY'
  /** 业主 */
  | 'OWNER'
  /** 租户 */
  | 'TENANT';

/** Record that a resident lives in a house from moveIn on. */
export type OccupancyStartInput = {
  /** Global ID of the house (its `id`). */
  house: Scalars['ID']['input'];
  /** Becomes the house's primary contact; the previous one loses the flag. */
  isPrimaryContact?: Scalars['Boolean']['input'];
  /** 入住日期 */
  moveIn: Scalars['Date']['input'];
  /** Global ID of the resident (its `id`). */
  resident: Scalars['ID']['input'];
  /** 身份 */
  role: OccupancyRole;
};

/** What `occupancyStart` returns: the result on success, or `errors` saying why nothing changed. */
export type OccupancyStartPayload = {
  __typename?: 'OccupancyStartPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<ResidentError>;
  /** The Occupancy as it now stands; null when `errors` is not empty. */
  occupancy: Maybe<Occupancy>;
};

/** Ascending or descending. */
export type OrderDirection =
  /** 升序 */
  | 'ASC'
  /** 降序 */
  | 'DESC';

/** 出站消息 One message to one person on one channel. */
export type OutboxMessage = Node & {
  __typename?: 'OutboxMessage';
  /** The phone or openid, masked. */
  address: Scalars['String']['output'];
  /** 尝试次数 */
  attempts: Scalars['Int']['output'];
  /** 可发送时间 */
  availableAt: Scalars['DateTime']['output'];
  /** 类别 */
  category: MessageCategory;
  /** 渠道 */
  channel: MessageChannel;
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** 错误码 */
  errorCode: Scalars['String']['output'];
  /** 错误信息 */
  errorMessage: Scalars['String']['output'];
  /** 失败时间 */
  failedAt: Maybe<Scalars['DateTime']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** What the message is about. */
  kind: MessageKind;
  /** 不可重试 */
  permanentFailure: Scalars['Boolean']['output'];
  /** 服务商 */
  provider: Scalars['String']['output'];
  /** 发送时间 */
  sentAt: Maybe<Scalars['DateTime']['output']>;
  /** 状态 */
  state: OutboxMessageState;
  /** The ID of what it is about, if anything. */
  target: Maybe<Scalars['ID']['output']>;
  /** 正文 */
  text: Scalars['String']['output'];
  /** 紧急 — no quiet hours, no budget, SMS fallback */
  urgent: Scalars['Boolean']['output'];
};

/** A page of results with the total count. */
export type OutboxMessageCountedConnection = {
  __typename?: 'OutboxMessageCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<OutboxMessageEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type OutboxMessageEdge = {
  __typename?: 'OutboxMessageEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: OutboxMessage;
};

/** The failed message to send again. */
export type OutboxMessageRetryInput = {
  /** The OutboxMessage. */
  id: Scalars['ID']['input'];
};

/** What `outboxMessageRetry` returns: the result on success, or `errors` saying why nothing changed. */
export type OutboxMessageRetryPayload = {
  __typename?: 'OutboxMessageRetryPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<MessageChannelError>;
  /** The OutboxMessage as it now stands; null when `errors` is not empty. */
  message: Maybe<OutboxMessage>;
};

/** Where a message is on its way. */
export type OutboxMessageState =
  /** 已取消 */
  | 'CANCELLED'
  /** 发送失败 */
  | 'FAILED'
  /** 待发送 */
  | 'PENDING'
  /** 发送中 */
  | 'SENDING'
  /** 已发送 */
  | 'SENT';

/** Why sending a code or signing up was refused. */
export type OwnerSignUpError = {
  __typename?: 'OwnerSignUpError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: OwnerSignUpErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of OwnerSignUpError. */
export type OwnerSignUpErrorCode =
  /** 验证码错误次数过多，请重新获取。 */
  | 'CODE_ATTEMPTS_EXCEEDED'
  /** 验证码已过期或未发送，请重新获取。 */
  | 'CODE_EXPIRED'
  /** 验证码不正确。 */
  | 'CODE_INVALID'
  /** 密码强度不足 */
  | 'PASSWORD_WEAK'
  /** 请输入有效的中国大陆手机号（11 位，以 13–19 开头）。 */
  | 'PHONE_INVALID'
  /** 该手机号已注册，请直接登录。 */
  | 'PHONE_REGISTERED'
  /** 获取验证码过于频繁，请稍后再试。 */
  | 'RATE_LIMITED'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 验证码已发送，请 {seconds} 秒后再试。 */
  | 'SEND_TOO_SOON'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG';

/** Create an owner-app account whose login is the phone number. */
export type OwnerSignUpInput = {
  /** The 6-digit code from smsCodeSend. */
  code: Scalars['String']['input'];
  /** Your name (姓名). */
  name: Scalars['String']['input'];
  /** The password to set; weak ones are refused. */
  password: Scalars['String']['input'];
  /** Mainland mobile; becomes the login name. */
  phone: Scalars['String']['input'];
};

/** What `ownerSignUp` returns: the result on success, or `errors` saying why nothing changed. */
export type OwnerSignUpPayload = {
  __typename?: 'OwnerSignUpPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<OwnerSignUpError>;
  /** When the token stops working (+08:00); null when `errors` is not empty. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Send as `Authorization: Bearer <token>`. */
  token: Maybe<Scalars['String']['output']>;
  /** The new owner account, logged in; null when `errors` is not empty. */
  viewer: Maybe<Viewer>;
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

/** 车位申请 A request to rent a space. */
export type ParkingApplication = Node & {
  __typename?: 'ParkingApplication';
  /** 申请人 */
  applicantName: Scalars['String']['output'];
  /** The community (小区) it belongs to. */
  community: Community;
  /** 申请时间 */
  createdAt: Scalars['DateTime']['output'];
  /** When it was offered, rejected or cancelled. */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** An owner of the community when applying (业主优先). */
  isOwner: Scalars['Boolean']['output'];
  /** The draw that gave the offer, if any. */
  lottery: Maybe<ParkingLottery>;
  /** 1–12 for owners; 1 for anyone else (month by month). */
  months: Scalars['Int']['output'];
  /** 申请编号 (the number the lottery ranks). */
  number: Scalars['Int']['output'];
  /** An unanswered offer lapses then. */
  offerExpiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Why it was rejected or cancelled; may be empty. */
  reason: Scalars['String']['output'];
  /** The space offered. */
  space: Maybe<ParkingSpace>;
  /** Wished first day. */
  start: Scalars['Date']['output'];
  /** 状态 */
  state: ParkingApplicationState;
  /** The vehicle (车辆) it belongs to. */
  vehicle: Vehicle;
};

/** The input of `parkingApplicationCancel`. Withdraw your application, waiting or offered (the offered space is freed). */
export type ParkingApplicationCancelInput = {
  /** Global ID of the ParkingApplication to cancel (its `id`). */
  id: Scalars['ID']['input'];
  /** Optional, up to 200 characters. */
  reason?: Scalars['String']['input'];
};

/** The cancelled application; an offered space is free again. */
export type ParkingApplicationCancelPayload = {
  __typename?: 'ParkingApplicationCancelPayload';
  /** Null when refused. */
  application: Maybe<ParkingApplication>;
  /** Why nothing was changed; empty on success. */
  errors: Array<ParkingError>;
};

/** A page of results with the total count. */
export type ParkingApplicationCountedConnection = {
  __typename?: 'ParkingApplicationCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<ParkingApplicationEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type ParkingApplicationEdge = {
  __typename?: 'ParkingApplicationEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ParkingApplication;
};

/** 分配 Offer a space the company rents out to a waiting application. */
export type ParkingApplicationOfferInput = {
  /** Global ID of the ParkingApplication to offer (its `id`). */
  id: Scalars['ID']['input'];
  /** Global ID of the space (its `id`). */
  space: Scalars['ID']['input'];
};

/** The application with the space offered and until when. */
export type ParkingApplicationOfferPayload = {
  __typename?: 'ParkingApplicationOfferPayload';
  /** Null when refused. */
  application: Maybe<ParkingApplication>;
  /** Why nothing was changed; empty on success. */
  errors: Array<ParkingError>;
};

/** The input of `parkingApplicationReject`. 驳回 a waiting application, with a reason the applicant reads. */
export type ParkingApplicationRejectInput = {
  /** Global ID of the ParkingApplication to reject (its `id`). */
  id: Scalars['ID']['input'];
  /** What the applicant reads, up to 200 characters. */
  reason: Scalars['String']['input'];
};

/** The rejected application. */
export type ParkingApplicationRejectPayload = {
  __typename?: 'ParkingApplicationRejectPayload';
  /** Null when refused. */
  application: Maybe<ParkingApplication>;
  /** Why nothing was changed; empty on success. */
  errors: Array<ParkingError>;
};

/** 车位申请状态 */
export type ParkingApplicationState =
  /** 已生效 */
  | 'ACTIVE'
  /** 待支付 */
  | 'AWAITING_PAYMENT'
  /** 已取消 */
  | 'CANCELLED'
  /** 已过期 */
  | 'EXPIRED'
  /** 已分配待确认 */
  | 'OFFERED'
  /** 已驳回 */
  | 'REJECTED'
  /** 待审核 */
  | 'SUBMITTED';

/** 车位申请 An owner (1–12 months) or another resident (1 month) asks for a space. */
export type ParkingApplicationSubmitInput = {
  /** Global ID of the community (its `id`). */
  community: Scalars['ID']['input'];
  /** 1–12; non-owners 1. */
  months: Scalars['Int']['input'];
  /** Wished first day, today or later. */
  start: Scalars['Date']['input'];
  /** One of your vehicles. */
  vehicle: Scalars['ID']['input'];
};

/** The application, waiting for the office. */
export type ParkingApplicationSubmitPayload = {
  __typename?: 'ParkingApplicationSubmitPayload';
  /** Null when refused. */
  application: Maybe<ParkingApplication>;
  /** Why nothing was changed; empty on success. */
  errors: Array<ParkingError>;
};

/** 停车区域 A car park of a community, with today's occupancy. */
export type ParkingArea = Node & {
  __typename?: 'ParkingArea';
  /** 车位数上限 How many spaces the area may hold. */
  capacity: Scalars['Int']['output'];
  /** The community (小区) it belongs to. */
  community: Community;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 类型 */
  kind: ParkingAreaKind;
  /** 名称 */
  name: Scalars['String']['output'];
  /** Spaces held today: owned, leased, on a monthly pass or reserved for an offer. */
  occupiedCount: Scalars['Int']['output'];
  /** Spaces set up in the area. */
  spaceCount: Scalars['Int']['output'];
};

/** A page of results with the total count. */
export type ParkingAreaCountedConnection = {
  __typename?: 'ParkingAreaCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<ParkingAreaEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** A car park of a community. */
export type ParkingAreaCreateInput = {
  /** How many spaces it may hold, 1–10000. */
  capacity: Scalars['Int']['input'];
  /** Global ID of the community (its `id`). */
  community: Scalars['ID']['input'];
  /** 类型 */
  kind: ParkingAreaKind;
  /** 地面停车场, 地下车库B1…; unique in the community, up to 64 characters. */
  name: Scalars['String']['input'];
};

/** The new area. */
export type ParkingAreaCreatePayload = {
  __typename?: 'ParkingAreaCreatePayload';
  /** Null when refused. */
  area: Maybe<ParkingArea>;
  /** Why nothing was changed; empty on success. */
  errors: Array<ParkingError>;
};

/** An edge in a connection. */
export type ParkingAreaEdge = {
  __typename?: 'ParkingAreaEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ParkingArea;
};

/** 停车区域类型 above ground or underground. */
export type ParkingAreaKind =
  /** 地面 */
  | 'ABOVE_GROUND'
  /** 地下 */
  | 'UNDERGROUND';

/** 车位公示 (北京市物业管理条例 art. 70(7)): a community's spaces sold and rented, and the tariffs in force. */
export type ParkingDisclosure = {
  __typename?: 'ParkingDisclosure';
  /** The company's spaces nobody holds today. */
  free: Scalars['Int']['output'];
  /** 已售 Spaces with an owner (产权). */
  owned: Scalars['Int']['output'];
  /** The company's spaces leased or on a monthly pass today. */
  rented: Scalars['Int']['output'];
  /** Held for an offer not yet taken up. */
  reserved: Scalars['Int']['output'];
  /** Each area's tariff in force today. */
  tariffs: Array<ParkingTariff>;
  /** The visitors' pool (临停). */
  temporary: Scalars['Int']['output'];
};

/** Why a parking change was refused; nothing was changed. */
export type ParkingError = {
  __typename?: 'ParkingError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: ParkingErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of ParkingError. */
export type ParkingErrorCode =
  /** 找不到该车位申请。 */
  | 'APPLICATION_NOT_FOUND'
  /** 该车辆已有一份待处理的车位申请。 */
  | 'APPLICATION_PENDING'
  /** 该区域车位已达上限（{capacity} 个）。 */
  | 'AREA_FULL'
  /** 本小区已有同名停车区域。 */
  | 'AREA_NAME_TAKEN'
  /** 找不到该停车区域。 */
  | 'AREA_NOT_FOUND'
  /** 车位数上限须在 1 至 {limit} 之间。 */
  | 'CAPACITY_OUT_OF_RANGE'
  /** 每 24 小时封顶金额不能低于单价。 */
  | 'CAP_BELOW_UNIT_PRICE'
  /** 该支付渠道不支持此支付方式。 */
  | 'CHANNEL_NOT_SUPPORTED'
  /** 找不到该小区。 */
  | 'COMMUNITY_NOT_FOUND'
  /** 道闸时间晚于当前时间。 */
  | 'EVENT_IN_FUTURE'
  /** 出场时间不能早于入场时间。 */
  | 'EXIT_BEFORE_ENTRY'
  /** 该支付渠道尚未配置或已停用。 */
  | 'GATEWAY_NOT_CONFIGURED'
  /** 支付渠道暂时无法处理，请稍后再试。 */
  | 'GATEWAY_UNAVAILABLE'
  /** 排队的业主申请（{candidates} 份）不多于车位（{spaces} 个），无需摇号，请直接分配。 */
  | 'LOTTERY_NOT_NEEDED'
  /** 月数须在 1 至 12 之间。 */
  | 'MONTHS_OUT_OF_RANGE'
  /** 非业主只能按月租用车位（北京市物业管理条例第80条）。 */
  | 'MONTH_BY_MONTH_ONLY'
  /** 本次停车无需缴费。 */
  | 'NOTHING_TO_PAY'
  /** 该住户不是本小区的业主。 */
  | 'NOT_AN_OWNER'
  /** 只有本人有效的月卡可以续费。 */
  | 'NOT_A_MONTHLY_PASS'
  /** 该申请当前为“{state}”，不能再处理。 */
  | 'NOT_PENDING'
  /** 该住户不是本小区的在住住户。 */
  | 'NOT_RESIDENT'
  /** 找不到该车辆在此区域的入场记录。 */
  | 'NO_OPEN_SESSION'
  /** 该车位分配已过期。 */
  | 'OFFER_EXPIRED'
  /** 已有一笔待支付订单（{expires} 前有效），请完成该笔支付或到期后再试。 */
  | 'ORDER_PENDING'
  /** 不足一个计费单位也收费须写明理由（北京市机动车停车条例第32条：默认不足一个单位不收费）。 */
  | 'OVERRIDE_REASON_REQUIRED'
  /** 只有产权车位可以指定业主。 */
  | 'OWNER_ONLY_FOR_OWNED'
  /** 本小区尚有业主在排队申请车位，暂不向非业主出租（北京市物业管理条例第80条）。 */
  | 'OWNER_PRIORITY'
  /** 产权车位须指定业主。 */
  | 'OWNER_REQUIRED'
  /** 请输入有效的车牌号，如 京A12345 或新能源 京AD12345。 */
  | 'PLATE_INVALID'
  /** 该车牌已登记。 */
  | 'PLATE_TAKEN'
  /** 金额须为不小于 0 的数，最多两位小数。 */
  | 'PRICE_INVALID'
  /** 本小区尚未设置车位月租（类型为“车位”的收费项目）。 */
  | 'PRICE_NOT_SET'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 找不到该住户。 */
  | 'RESIDENT_NOT_FOUND'
  /** 找不到该车位权利。 */
  | 'RIGHT_NOT_FOUND'
  /** 模拟支付仅用于试用和演示，不能收取真实费用。 */
  | 'SANDBOX_NOT_ALLOWED'
  /** 本次停车已缴费。 */
  | 'SESSION_ALREADY_PAID'
  /** 车辆尚未出场，出场后再缴费。 */
  | 'SESSION_NOT_CLOSED'
  /** 找不到该临停记录。 */
  | 'SESSION_NOT_FOUND'
  /** 该车辆已在场内（尚未出场）。 */
  | 'SESSION_OPEN'
  /** 同一车位只能出现一次。 */
  | 'SPACES_REPEATED'
  /** 该车位不属于申请的小区。 */
  | 'SPACE_IN_OTHER_COMMUNITY'
  /** 找不到该车位。 */
  | 'SPACE_NOT_FOUND'
  /** 该车位不对外出租（产权车位或临停车位）。 */
  | 'SPACE_NOT_RENTABLE'
  /** 车位编号须为 1–16 位字母、数字或“-”。 */
  | 'SPACE_NUMBER_INVALID'
  /** 该区域已有此编号的车位。 */
  | 'SPACE_NUMBER_TAKEN'
  /** 该车位在所选期间已被占用或预留。 */
  | 'SPACE_UNAVAILABLE'
  /** 开始日期不能早于今天。 */
  | 'START_IN_PAST'
  /** 免费时长须在 0–1440 分钟，计费单位须在 1–1440 分钟之间。 */
  | 'TARIFF_MINUTES_OUT_OF_RANGE'
  /** 该区域自该日起已有收费标准，请从更晚的日期生效。 */
  | 'TARIFF_PERIOD_TAKEN'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG'
  /** 找不到该车辆，或车辆不属于申请人。 */
  | 'VEHICLE_NOT_FOUND';

/** 计费明细 What a stay costs under a tariff, line by line. */
export type ParkingFeeQuote = {
  __typename?: 'ParkingFeeQuote';
  /** What the whole stay costs, in yuan. */
  amount: Scalars['Yuan']['output'];
  /** The lines that add up to amount. */
  items: Array<ParkingFeeQuoteItem>;
  /** The length of the stay quoted, in minutes. */
  minutes: Scalars['Int']['output'];
};

/** One line of a quote: the free minutes, or a 24-hour window. */
export type ParkingFeeQuoteItem = {
  __typename?: 'ParkingFeeQuoteItem';
  /** What this line costs, in yuan. */
  amount: Scalars['Yuan']['output'];
  /** The 24-hour cap applied. */
  capped: Scalars['Boolean']['output'];
  /** 免费时段, 第1个24小时 … */
  label: Scalars['String']['output'];
  /** Minutes of the stay in this line (seconds cut off). */
  minutes: Scalars['Int']['output'];
  /** Units charged: full units only unless the tariff charges part units. */
  units: Scalars['Int']['output'];
};

/** 摇号 A published draw among waiting owners. */
export type ParkingLottery = Node & {
  __typename?: 'ParkingLottery';
  /** The waiting owners' application numbers, ascending. */
  candidates: Array<Scalars['Int']['output']>;
  /** The community (小区) it belongs to. */
  community: Community;
  /** When it was drawn (+08:00). */
  drawnAt: Scalars['DateTime']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** The same numbers in the order drawn; the first got the spaces. */
  ranking: Array<Scalars['Int']['output']>;
  /** Published: rank = sha256('<seed>:<application number>') ascending. */
  seed: Scalars['String']['output'];
};

/** A page of results with the total count. */
export type ParkingLotteryCountedConnection = {
  __typename?: 'ParkingLotteryCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<ParkingLotteryEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** 摇号 Draw lots among the community's waiting owners for these spaces. */
export type ParkingLotteryDrawInput = {
  /** Global ID of the community (its `id`). */
  community: Scalars['ID']['input'];
  /** Spaces to give, in the order they go to the winners. */
  spaces: Array<Scalars['ID']['input']>;
};

/** The draw, its seed and ranking published; the winners' applications are offered. */
export type ParkingLotteryDrawPayload = {
  __typename?: 'ParkingLotteryDrawPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<ParkingError>;
  /** Null when refused. */
  lottery: Maybe<ParkingLottery>;
};

/** An edge in a connection. */
export type ParkingLotteryEdge = {
  __typename?: 'ParkingLotteryEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ParkingLottery;
};

/** Pay an offered space's months online (the applicant). */
export type ParkingOfferPayInput = {
  /** How the payer pays: QR code, web page, app or card. */
  channel: PaymentChannel;
  /** The payment provider (支付渠道); it must be enabled. */
  gateway: PaymentGateway;
  /** The ParkingApplication, offered and not expired. */
  id: Scalars['ID']['input'];
  /** PAGE: where Alipay sends the browser back. */
  returnUrl?: InputMaybe<Scalars['String']['input']>;
};

/** The order for the offered space and its checkout. */
export type ParkingOfferPayPayload = {
  __typename?: 'ParkingOfferPayPayload';
  /** How to pay it: QR code URL, redirect URL, app order string or card client secret. */
  checkout: Maybe<PaymentCheckout>;
  /** Why nothing was changed; empty on success. */
  errors: Array<ParkingError>;
  /** The order (purpose parking), to follow its state; null when refused. */
  order: Maybe<PaymentOrder>;
};

/** 续费 Pay the next months of your monthly pass, from max(its end, today). */
export type ParkingPassRenewInput = {
  /** How the payer pays: QR code, web page, app or card. */
  channel: PaymentChannel;
  /** The payment provider (支付渠道); it must be enabled. */
  gateway: PaymentGateway;
  /** 1–12 (non-owners: 1). */
  months: Scalars['Int']['input'];
  /** PAGE: where Alipay sends the browser back. */
  returnUrl?: InputMaybe<Scalars['String']['input']>;
  /** Your active monthly pass (a ParkingRight of kind MONTHLY). */
  right: Scalars['ID']['input'];
};

/** The order for the pass's next months and its checkout. */
export type ParkingPassRenewPayload = {
  __typename?: 'ParkingPassRenewPayload';
  /** How to pay it: QR code URL, redirect URL, app order string or card client secret. */
  checkout: Maybe<PaymentCheckout>;
  /** Why nothing was changed; empty on success. */
  errors: Array<ParkingError>;
  /** The order (purpose parking), to follow its state; null when refused. */
  order: Maybe<PaymentOrder>;
};

/** 车位权利 Who holds a space, how, for which days. */
export type ParkingRight = Node & {
  __typename?: 'ParkingRight';
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** The day after the last (half-open); null: for good. */
  end: Maybe<Scalars['Date']['output']>;
  /** The resident holding it. */
  holderName: Scalars['String']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 类型 */
  kind: ParkingRightKind;
  /** The parking space (车位) it belongs to. */
  space: ParkingSpace;
  /** First day. */
  start: Scalars['Date']['output'];
  /** 状态 */
  state: ParkingRightState;
  /** The vehicle (车辆) it belongs to. */
  vehicle: Maybe<Vehicle>;
};

/** A page of results with the total count. */
export type ParkingRightCountedConnection = {
  __typename?: 'ParkingRightCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<ParkingRightEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type ParkingRightEdge = {
  __typename?: 'ParkingRightEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ParkingRight;
};

/** 租赁 A lease signed at the office, for a space the company rents out. */
export type ParkingRightGrantInput = {
  /** A Resident ID of someone living in the community. */
  holder: Scalars['ID']['input'];
  /** 1–12; non-owners 1 (month by month). */
  months: Scalars['Int']['input'];
  /** Global ID of the space (its `id`). */
  space: Scalars['ID']['input'];
  /** Today or later. */
  start: Scalars['Date']['input'];
  /** One of the holder's vehicles. */
  vehicle?: InputMaybe<Scalars['ID']['input']>;
};

/** The lease, in force over its months. */
export type ParkingRightGrantPayload = {
  __typename?: 'ParkingRightGrantPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<ParkingError>;
  /** Null when refused. */
  right: Maybe<ParkingRight>;
};

/** 车位权利 产权, 租赁 or 月卡. */
export type ParkingRightKind =
  /** 租赁 */
  | 'LEASE'
  /** 月卡 */
  | 'MONTHLY'
  /** 产权 */
  | 'OWNERSHIP';

/** 预留 (offered, held), 有效 or 已取消. */
export type ParkingRightState =
  /** 有效 */
  | 'ACTIVE'
  /** 已取消 */
  | 'CANCELLED'
  /** 预留 */
  | 'RESERVED';

/** 临停记录 One stay from the entry gate to the exit gate. */
export type ParkingSession = Node & {
  __typename?: 'ParkingSession';
  /** The parking area (停车区域) it belongs to. */
  area: ParkingArea;
  /** 入场 */
  enteredAt: Scalars['DateTime']['output'];
  /** 出场; null while the car is inside. */
  exitedAt: Maybe<Scalars['DateTime']['output']>;
  /** 应收 at exit; null while the car is inside. */
  fee: Maybe<Scalars['Yuan']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** When the fee was paid online; null: not paid. */
  paidAt: Maybe<Scalars['DateTime']['output']>;
  /** 车牌号, normalised. */
  plate: Scalars['String']['output'];
  /** 计费明细 up to the exit (or now, for a car still inside); null without a tariff. */
  quote: Maybe<ParkingFeeQuote>;
  /** The version in force at entry; null: none (free). */
  tariff: Maybe<ParkingTariff>;
};

/** A page of results with the total count. */
export type ParkingSessionCountedConnection = {
  __typename?: 'ParkingSessionCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<ParkingSessionEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type ParkingSessionEdge = {
  __typename?: 'ParkingSessionEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ParkingSession;
};

/** Pay a stay of one of your cars online, after its exit. */
export type ParkingSessionPayInput = {
  /** How the payer pays: QR code, web page, app or card. */
  channel: PaymentChannel;
  /** The payment provider (支付渠道); it must be enabled. */
  gateway: PaymentGateway;
  /** The ParkingSession, closed, with a fee, not yet paid. */
  id: Scalars['ID']['input'];
  /** PAGE: where Alipay sends the browser back. */
  returnUrl?: InputMaybe<Scalars['String']['input']>;
};

/** The order for the stay's fee and its checkout. */
export type ParkingSessionPayPayload = {
  __typename?: 'ParkingSessionPayPayload';
  /** How to pay it: QR code URL, redirect URL, app order string or card client secret. */
  checkout: Maybe<PaymentCheckout>;
  /** Why nothing was changed; empty on success. */
  errors: Array<ParkingError>;
  /** The order (purpose parking), to follow its state; null when refused. */
  order: Maybe<PaymentOrder>;
};

/** 车位 A space; its number is unique in its area. */
export type ParkingSpace = Node & {
  __typename?: 'ParkingSpace';
  /** The parking area (停车区域) it belongs to. */
  area: ParkingArea;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 类型 */
  kind: ParkingSpaceKind;
  /** 编号 */
  number: Scalars['String']['output'];
  /** Held today by a right (owned, leased, monthly pass, or reserved for an offer). */
  occupied: Scalars['Boolean']['output'];
  /** 产权人 Owned spaces only. */
  ownerName: Maybe<Scalars['String']['output']>;
};

/** A page of results with the total count. */
export type ParkingSpaceCountedConnection = {
  __typename?: 'ParkingSpaceCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<ParkingSpaceEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** A space of an area. An owned space (OWNED) names its owner, an owner of the community. */
export type ParkingSpaceCreateInput = {
  /** Global ID of the area (its `id`). */
  area: Scalars['ID']['input'];
  /** 类型 */
  kind: ParkingSpaceKind;
  /** Unique in the area: 1–16 letters, digits or '-' (B1-023). */
  number: Scalars['String']['input'];
  /** A Resident ID; OWNED spaces only. */
  owner?: InputMaybe<Scalars['ID']['input']>;
};

/** The new space (an owned one with its ownership right). */
export type ParkingSpaceCreatePayload = {
  __typename?: 'ParkingSpaceCreatePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<ParkingError>;
  /** Null when refused. */
  space: Maybe<ParkingSpace>;
};

/** An edge in a connection. */
export type ParkingSpaceEdge = {
  __typename?: 'ParkingSpaceEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ParkingSpace;
};

/** 车位类型 */
export type ParkingSpaceKind =
  /** 无障碍车位 */
  | 'ACCESSIBLE'
  /** 充电车位 */
  | 'EV_CHARGING'
  /** 产权车位 */
  | 'OWNED'
  /** 出租车位 */
  | 'RENTABLE'
  /** 临停车位 */
  | 'TEMPORARY';

/** 临停收费标准 One version of an area's tariff. */
export type ParkingTariff = Node & {
  __typename?: 'ParkingTariff';
  /** The parking area (停车区域) it belongs to. */
  area: ParkingArea;
  /** False (the default, 北京市机动车停车条例 art. 32(3)): a part unit is free; true: charged as a whole one, with overrideReason. */
  chargePartUnits: Scalars['Boolean']['output'];
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** At most this per 24 hours; null: no cap. */
  dailyCap: Maybe<Scalars['Yuan']['output']>;
  /** The first minutes of a stay are free. */
  freeMinutes: Scalars['Int']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** Why part units are charged; empty otherwise. */
  overrideReason: Scalars['String']['output'];
  /** What a stay of this many minutes costs under this version (0 to 43200: thirty days). */
  quote: ParkingFeeQuote;
  /** Who set it. */
  setByName: Scalars['String']['output'];
  /** 计费单位 */
  unitMinutes: Scalars['Int']['output'];
  /** 单价 per unit. */
  unitPrice: Scalars['Yuan']['output'];
  /** First day in force. */
  validFrom: Scalars['Date']['output'];
  /** The next version's first day; null: in force until then. */
  validTo: Maybe<Scalars['Date']['output']>;
};


/** 临停收费标准 One version of an area's tariff. */
export type ParkingTariffQuoteArgs = {
  minutes: Scalars['Int']['input'];
};

/** A page of results with the total count. */
export type ParkingTariffCountedConnection = {
  __typename?: 'ParkingTariffCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<ParkingTariffEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type ParkingTariffEdge = {
  __typename?: 'ParkingTariffEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ParkingTariff;
};

/** 临停收费标准 An area's tariff from a day on. */
export type ParkingTariffSetInput = {
  /** Global ID of the area (its `id`). */
  area: Scalars['ID']['input'];
  /** Charge a part unit as a whole one (needs overrideReason); default: part units free. */
  chargePartUnits?: Scalars['Boolean']['input'];
  /** At most this per 24 hours. */
  dailyCap?: InputMaybe<Scalars['Yuan']['input']>;
  /** 免费时长, 0–1440. */
  freeMinutes: Scalars['Int']['input'];
  /** Why part units are charged, up to 200 characters. */
  overrideReason?: Scalars['String']['input'];
  /** 计费单位, 1–1440 minutes. */
  unitMinutes: Scalars['Int']['input'];
  /** Per unit, e.g. "6.00". */
  unitPrice: Scalars['Yuan']['input'];
  /** Today or later; the version in force then ends. */
  validFrom: Scalars['Date']['input'];
};

/** The new version; the one in force that day now ends there. */
export type ParkingTariffSetPayload = {
  __typename?: 'ParkingTariffSetPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<ParkingError>;
  /** Null when refused. */
  tariff: Maybe<ParkingTariff>;
};

/** 收款 A payment or its reversal (冲正), with its receipt number. */
export type Payment = Node & {
  __typename?: 'Payment';
  /** The bills and lines it paid (in allocation order). */
  allocations: Array<Allocation>;
  /** Negative for a reversal. */
  amount: Scalars['Yuan']['output'];
  /** 收款员; empty for online payments. */
  cashierName: Scalars['String']['output'];
  /** The house (房屋) it belongs to. */
  house: House;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 收款方式 */
  method: PaymentMethod;
  /** 缴款人 as written by the cashier. */
  payerName: Scalars['String']['output'];
  /** Why it was reversed (reversals only). */
  reason: Scalars['String']['output'];
  /** 收据号: sequential per company, no gaps. */
  receiptNo: Scalars['Int']['output'];
  /** 收款时间 */
  receivedAt: Scalars['DateTime']['output'];
  /** Bank or cheque reference, if any. */
  reference: Scalars['String']['output'];
  /** For a reversal: the payment it reverses. */
  reversalOf: Maybe<Payment>;
  /** True once reversed (a reversal itself is never reversed). */
  reversed: Scalars['Boolean']['output'];
  /** What went to the house's prepaid balance (negative: taken back). */
  toPrepaid: Scalars['Yuan']['output'];
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

/** A page of results with the total count. */
export type PaymentCountedConnection = {
  __typename?: 'PaymentCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<PaymentEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type PaymentEdge = {
  __typename?: 'PaymentEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Payment;
};

/** Why a payment or reversal was refused. */
export type PaymentError = {
  __typename?: 'PaymentError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: PaymentErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of PaymentError. */
export type PaymentErrorCode =
  /** 该笔收款已冲正。 */
  | 'ALREADY_REVERSED'
  /** 金额须大于 0。 */
  | 'AMOUNT_NOT_POSITIVE'
  /** 金额过大。 */
  | 'AMOUNT_TOO_LARGE'
  /** 该账单已作废。 */
  | 'BILL_CANCELLED'
  /** 找不到该账单。 */
  | 'BILL_NOT_FOUND'
  /** 一笔收款只能缴纳同一房屋的账单。 */
  | 'BILL_OF_ANOTHER_HOUSE'
  /** 同一账单只能列一次。 */
  | 'BILL_REPEATED'
  /** 找不到该房屋。 */
  | 'HOUSE_NOT_FOUND'
  /** 线上支付（支付宝、银行卡、模拟支付）由支付通知自动入账，不能手工登记。 */
  | 'METHOD_ONLINE_ONLY'
  /** 找不到该收款记录。 */
  | 'NOT_FOUND'
  /** 该笔收款中转入预存的 {amount} 元已被抵扣账单，不能冲正。 */
  | 'PREPAID_ALREADY_SPENT'
  /** 请填写原因。 */
  | 'REASON_REQUIRED'
  /** 冲正记录不能再次冲正。 */
  | 'REVERSAL_NOT_REVERSIBLE'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG';

/** Something that happened to an order, oldest first. */
export type PaymentEvent = {
  __typename?: 'PaymentEvent';
  /** The money it concerned, in yuan; null: none. */
  amount: Maybe<Scalars['Yuan']['output']>;
  /** When it happened (+08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** What the provider or our side said, for support; may be empty. */
  detail: Scalars['String']['output'];
  /** What happened to the order. */
  kind: PaymentEventKind;
  /** Whether it worked. */
  outcome: PaymentEventOutcome;
  /** What the provider said: paid, closed, pending (empty for a checkout). */
  state: Scalars['String']['output'];
};

/** What happened to a payment order. */
export type PaymentEventKind =
  /** 创建支付 */
  | 'CHECKOUT'
  /** 关闭订单 */
  | 'CLOSE'
  /** 支付通知 */
  | 'NOTIFICATION'
  /** 对账查询 */
  | 'QUERY'
  /** 退款 */
  | 'REFUND';

/** Whether a payment event worked. */
export type PaymentEventOutcome =
  /** 已支付，无变化 */
  | 'ALREADY_PAID'
  /** 已关闭 */
  | 'CLOSED'
  /** 失败 */
  | 'FAILED'
  /** 无变化 */
  | 'IGNORED'
  /** 已退款 */
  | 'REFUNDED'
  /** 入账 */
  | 'SETTLED'
  /** 关闭后到账，已入账 */
  | 'SETTLED_LATE';

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

/** The input of `paymentGatewayTest`. Check the stored credentials against the provider with one harmless call. */
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

/** How the money came: offline (by a cashier) or online. */
export type PaymentMethod =
  /** 支付宝（线上） */
  | 'ALIPAY'
  /** 银行转账 */
  | 'BANK_TRANSFER'
  /** 现金 */
  | 'CASH'
  /** 支票 */
  | 'CHEQUE'
  /** POS 刷卡 */
  | 'POS'
  /** 模拟支付（非真实资金） */
  | 'SANDBOX'
  /** 银行卡（Stripe，线上） */
  | 'STRIPE';

/** 支付订单 An online payment of bills and what became of it. */
export type PaymentOrder = Node & {
  __typename?: 'PaymentOrder';
  /** What is paid: the bills' exact balance, or the parking price, when ordered. */
  amount: Scalars['Yuan']['output'];
  /** The bills paid, in allocation order (Bill IDs). */
  billIds: Array<Scalars['ID']['output']>;
  /** 支付方式 */
  channel: PaymentChannel;
  /** The checkout again, for the person who started it while it can still be paid. */
  checkout: Maybe<PaymentCheckout>;
  /** When the order was closed unpaid; null: not closed. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** 币种 */
  currency: Scalars['String']['output'];
  /** Its history, oldest first. */
  events: Array<PaymentEvent>;
  /** After this the order can no longer be paid. */
  expiresAt: Scalars['DateTime']['output'];
  /** 支付渠道 */
  gateway: PaymentGateway;
  /** The house (a House ID). */
  houseId: Maybe<Scalars['ID']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** False for the sandbox: no real money moves. */
  isRealMoney: Scalars['Boolean']['output'];
  /** 模拟支付 · 非真实资金 for the sandbox. */
  label: Scalars['String']['output'];
  /** 商户订单号, as the provider shows it. */
  outTradeNo: Scalars['String']['output'];
  /** When the provider confirmed the payment; null: not paid. */
  paidAt: Maybe<Scalars['DateTime']['output']>;
  /** Paid after the order had been closed. */
  paidLate: Scalars['Boolean']['output'];
  /** The ledger payment it booked (a Payment ID). */
  paymentId: Maybe<Scalars['ID']['output']>;
  /** The provider's trade number (支付宝交易号, PaymentIntent id). */
  providerTradeNo: Scalars['String']['output'];
  /** Bills, a parking purchase (space, pass, stay) or a plan. */
  purpose: PaymentOrderPurpose;
  /** Money came for bills already settled: refund it (or keep the credit). */
  refundDue: Scalars['Boolean']['output'];
  /** 已退款（分） */
  refunded: Scalars['Yuan']['output'];
  /** 状态 */
  state: PaymentOrderState;
  /** 商品名称 */
  subject: Scalars['String']['output'];
  /** What the bills no longer needed, kept as prepaid credit. */
  toPrepaid: Scalars['Yuan']['output'];
};

/** A page of results with the total count. */
export type PaymentOrderCountedConnection = {
  __typename?: 'PaymentOrderCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<PaymentOrderEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type PaymentOrderEdge = {
  __typename?: 'PaymentOrderEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: PaymentOrder;
};

/** What an online payment order pays for. */
export type PaymentOrderPurpose =
  /** 物业费账单 */
  | 'BILLS'
  /** 车位费 */
  | 'PARKING'
  /** 平台套餐订阅 */
  | 'SUBSCRIPTION';

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

/** Money received for a house. */
export type PaymentRecordInput = {
  /** The money received, in yuan, e.g. "1234.50"; more than zero. */
  amount: Scalars['Yuan']['input'];
  /** Pay these bills of the house, in this order; left out: its open bills, oldest first. Whatever is left goes to the house's prepaid balance (an empty list: all of it). */
  bills?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Global ID of the house (its `id`). */
  house: Scalars['ID']['input'];
  /** 收款方式 */
  method: PaymentMethod;
  /** 缴款人, at most 64 characters. */
  payerName?: Scalars['String']['input'];
  /** Bank or cheque reference, at most 64 characters. */
  reference?: Scalars['String']['input'];
};

/** What `paymentRecord` returns: the result on success, or `errors` saying why nothing changed. */
export type PaymentRecordPayload = {
  __typename?: 'PaymentRecordPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<PaymentError>;
  /** With its receipt number. */
  payment: Maybe<Payment>;
};

/** Why a refund was refused. */
export type PaymentRefundError = {
  __typename?: 'PaymentRefundError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: PaymentRefundErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of PaymentRefundError. */
export type PaymentRefundErrorCode =
  /** 该订单已退款。 */
  | 'ALREADY_REFUNDED'
  /** 支付渠道未能完成退款，账务未作改动：{detail} */
  | 'GATEWAY_FAILED'
  /** 该支付渠道尚未配置或已停用。 */
  | 'GATEWAY_NOT_CONFIGURED'
  /** 找不到该支付订单。 */
  | 'NOT_FOUND'
  /** 该订单未支付，无需退款。 */
  | 'NOT_PAID'
  /** 该订单不能在此退款。 */
  | 'NOT_REFUNDABLE'
  /** 该笔支付转入预存的 {amount} 元已被抵扣账单，不能原路退款。 */
  | 'PREPAID_ALREADY_SPENT'
  /** 请填写退款原因。 */
  | 'REASON_REQUIRED'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG';

/** Refund a paid order in full to the payer; the ledger gets a reversal. */
export type PaymentRefundInput = {
  /** Global ID of the order (its `id`). */
  order: Scalars['ID']['input'];
  /** 冲正原因 */
  reason: Scalars['String']['input'];
};

/** What `paymentRefund` returns: the result on success, or `errors` saying why nothing changed. */
export type PaymentRefundPayload = {
  __typename?: 'PaymentRefundPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<PaymentRefundError>;
  /** The PaymentOrder as it now stands; null when `errors` is not empty. */
  order: Maybe<PaymentOrder>;
};

/** 冲正: reverse a payment with a reason. */
export type PaymentReverseInput = {
  /** Global ID of the Payment to reverse (its `id`). */
  id: Scalars['ID']['input'];
  /** 冲正原因 */
  reason: Scalars['String']['input'];
};

/** What `paymentReverse` returns: the result on success, or `errors` saying why nothing changed. */
export type PaymentReversePayload = {
  __typename?: 'PaymentReversePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<PaymentError>;
  /** The new, negative payment. */
  reversal: Maybe<Payment>;
};

/** Who did it, with the name they had then. */
export type PiiAccessActor = {
  __typename?: 'PiiAccessActor';
  /** The account's global ID (a StaffMember). */
  id: Scalars['ID']['output'];
  /** Their display name at the time. */
  name: Scalars['String']['output'];
};

/** 个人信息访问记录 One look at or processing of a resident's personal information. Entries are only ever added; nothing changes or removes them. */
export type PiiAccessLogEntry = Node & {
  __typename?: 'PiiAccessLogEntry';
  /** 操作 */
  action: PiiAction;
  /** The user (账户) it belongs to. */
  actor: PiiAccessActor;
  /** The caller's IP address, when known. */
  clientAddress: Maybe<Scalars['String']['output']>;
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** REVEAL: the fields shown (phone, second_phone, emergency_contact_phone, id_number); EXPORT: the sections exported; ANONYMISE: what was cleared. */
  fields: Array<Scalars['String']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 事由 */
  reason: Scalars['String']['output'];
  /** Null once the resident row is gone (or if you may not see them); residentId stays. */
  resident: Maybe<Resident>;
  /** Kept even after the resident row is gone. */
  residentId: Scalars['ID']['output'];
};

/** A page of results with the total count. */
export type PiiAccessLogEntryCountedConnection = {
  __typename?: 'PiiAccessLogEntryCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<PiiAccessLogEntryEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type PiiAccessLogEntryEdge = {
  __typename?: 'PiiAccessLogEntryEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: PiiAccessLogEntry;
};

/** REVEAL: full phone/ID numbers shown; EXPORT: a data export; ANONYMISE: an anonymisation. */
export type PiiAction =
  /** 匿名化 */
  | 'ANONYMISE'
  /** 导出个人信息 */
  | 'EXPORT'
  /** 查看完整信息 */
  | 'REVEAL';

/** A field of a resident that residentRevealPii can show. */
export type PiiField =
  /** 紧急联系人电话 */
  | 'EMERGENCY_CONTACT_PHONE'
  /** 证件号码 */
  | 'ID_NUMBER'
  /** 手机号 */
  | 'PHONE'
  /** 备用手机号 */
  | 'SECOND_PHONE';

/** 班次 A shift of a plan: when its daily round starts, how long it may take. */
export type PlanShift = {
  __typename?: 'PlanShift';
  /** How long the round's window stays open. */
  durationMinutes: Scalars['Int']['output'];
  /** e.g. 早班, 夜班. */
  name: Scalars['String']['output'];
  /** Start time, Beijing (Asia/Shanghai). */
  startsAt: Scalars['Time']['output'];
};

/** 班次 A daily shift of a plan. */
export type PlanShiftInput = {
  /** 10–720; a night shift may run past midnight. Shifts of a plan may not overlap. */
  durationMinutes: Scalars['Int']['input'];
  /** e.g. 早班, 夜班; distinct in the plan, up to 20 characters. */
  name: Scalars['String']['input'];
  /** Start time, Beijing (Asia/Shanghai), e.g. 22:00:00. */
  startsAt: Scalars['Time']['input'];
};

/** Why revealing, exporting or anonymising a resident's information was refused. */
export type PrivacyError = {
  __typename?: 'PrivacyError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: PrivacyErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of PrivacyError. */
export type PrivacyErrorCode =
  /** 该住户已于 {anonymised_at} 完成匿名化。 */
  | 'ALREADY_ANONYMISED'
  /** 请具体说明事由（至少 {minimum} 个字），该事由将记入个人信息访问记录。 */
  | 'REASON_TOO_SHORT'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 该住户的个人信息已按本人要求匿名化，不能再查看或修改。 */
  | 'RESIDENT_ANONYMISED'
  /** 找不到该住户。 */
  | 'RESIDENT_NOT_FOUND'
  /** 该住户仍有未结束的入住记录，请先办理迁出再进行匿名化。 */
  | 'STILL_OCCUPYING'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG';

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

/** An elevator of your building, as residents see it. */
export type PublicElevator = {
  __typename?: 'PublicElevator';
  /** 设备编号, as on the car's plate. */
  code: Scalars['String']['output'];
  /** e.g. 3号楼1号客梯. */
  name: Scalars['String']['output'];
  /** Building and unit. */
  place: Scalars['String']['output'];
  /** What residents are told about it. */
  status: ElevatorPublicStatus;
  /** The status in your language, e.g. 电梯维保中（今日维保）. */
  statusLabel: Scalars['String']['output'];
};

/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type Query = {
  __typename?: 'Query';
  /** A notice by ID, if you may see it. */
  announcement: Maybe<Announcement>;
  /** 触达 of a published notice: recipients, readers, confirmations, houses nobody has read it in (a staff notice: the staff who have not read it). */
  announcementReach: Maybe<AnnouncementReach>;
  /** Houses that received the notice where nobody has read it yet, for door-to-door follow-up (those of your communities when you are limited to some, even for a company-wide notice). */
  announcementUnreachedHouses: HouseCountedConnection;
  /** Staff: the notices of your communities and the company-wide ones, newest first. Every filter given must match. */
  announcements: AnnouncementCountedConnection;
  /** 欠费账龄: outstanding by days past due, as of a day. */
  arrearsAgingReport: ArrearsAgingReport;
  /** A bill by ID with its lines, if you may see it. */
  bill: Maybe<Bill>;
  /** What billingRunCreate would do now (same computation), writing nothing. */
  billingRunPreview: BillingRunPreviewPayload;
  /** Bills, oldest period first. Staff see their communities' bills; owners their houses' bills. */
  bills: BillCountedConnection;
  /** Buildings by community and name. Owners see the buildings of their houses. */
  buildings: BuildingCountedConnection;
  /** 巡检记录, newest first; anomalousOnly: those a supervisor should look at. */
  checkpointScans: CheckpointScanCountedConnection;
  /** 收缴率 by community (and building, and period). */
  collectionReport: CollectionReport;
  /** Communities by name. Owners see the communities of their houses. */
  communities: CommunityCountedConnection;
  /** Houses of a community by status, its occupancy rate and total area; null if no such community. */
  communityStatistics: Maybe<CommunityStatistics>;
  /** 合规日历 of one of your communities, for at most 93 days: maintenance due, done and missed (open past its due day), current certificates ending; by day. */
  complianceCalendar: Array<ComplianceEntry>;
  /** Browser origins (your owner and staff apps) allowed to call this company's /graphql (admins). */
  corsOrigins: Array<Scalars['String']['output']>;
  /** 收款日报: each cashier's payments of a day. */
  dailyCashReport: DailyCashReport;
  /** Each of your communities with its dispatch mode. */
  dispatchModes: CommunityDispatchCountedConnection;
  /** 设备故障 Newest first; each with its work order. */
  equipmentFaults: EquipmentFaultCountedConnection;
  /** 设备台账 The equipment of your communities by community and code. Every filter given must match. */
  equipmentLedger: EquipmentCountedConnection;
  /** Fee items applying to your communities, in line order. */
  feeItems: FeeItemCountedConnection;
  /** When bills fall due and the late-fee policy. Admin only. */
  financePolicy: FinancePolicy;
  /** The owner app's home page, in one query. */
  home: Home;
  /** A house's prepaid balance and what it owes; null if you may not see its bills. */
  houseFinance: Maybe<HouseFinance>;
  /** Houses, filtered and ordered; by default in community, building, unit, floor and room-number order. Owners see only the houses they live in. */
  houses: HouseCountedConnection;
  /** An import job by ID, if you may see it. */
  importJob: Maybe<ImportJob>;
  /** Import jobs, newest first. */
  importJobs: ImportJobCountedConnection;
  /** Reconciliations, newest first. */
  importReconciliations: ReconciliationCountedConnection;
  /** 收入 by fee item and by payment method. */
  incomeReport: IncomeReport;
  /** 巡检计划 of your communities. */
  inspectionPlans: InspectionPlanCountedConnection;
  /** 巡检任务 of your communities, newest start first, with their progress. For a supervisor: states: [MISSED, INCOMPLETE] lists the rounds that were not (fully) walked. */
  inspectionRounds: InspectionRoundCountedConnection;
  /** The printable QR sheet of a route in your communities: each checkpoint's current code. */
  inspectionRouteQrSheet: Array<CheckpointQr>;
  /** 巡检路线 of your communities. */
  inspectionRoutes: InspectionRouteCountedConnection;
  /** 维保间隔超限 Warnings (at the warning day) and violations (past the limit), newest first. */
  maintenanceGaps: MaintenanceGapCountedConnection;
  /** 维保单 By due date. assignedToMe: the orders that went to you. */
  maintenanceOrders: MaintenanceOrderCountedConnection;
  /** The maintenance rules of your communities. */
  maintenanceRules: MaintenanceRuleCountedConnection;
  /** Saved mapping profiles, every version, by name then newest version. */
  mappingProfiles: MappingProfileCountedConnection;
  /** The logged-in account. */
  me: Viewer;
  /** Each message provider: configured or not, enabled, last four characters of each credential, signature, templates, SMS budget and today's count. Admin only. */
  messageChannels: Array<MessageChannelSetting>;
  /** Meter readings, newest period first. Owners see their houses' readings. */
  meterReadings: MeterReadingCountedConnection;
  /** The notices you received (owners: those of your houses; staff: the staff notices addressed to you): pinned first, then newest; withdrawn ones show their reason. */
  myAnnouncements: MyAnnouncementConnection;
  /** The elevators of the buildings you live in, with what residents are told (正常运行, 电梯维保中, 故障维修中, 暂停使用); nothing else about them. */
  myBuildingElevators: Array<PublicElevator>;
  /** Your own consents, newest first, withdrawn ones included. */
  myConsents: ConsentCountedConnection;
  /** 我的巡检 The rounds given to you whose window touches today (Beijing), by start: the technician app's list, each with its stops. */
  myInspectionRounds: InspectionRoundCountedConnection;
  /** Your choices: every category on every channel, and whether you receive it there. */
  myMessagePreferences: Array<MessagePreference>;
  /** Your own registration requests, newest first. */
  myRegistrationRequests: RegistrationRequestCountedConnection;
  /** The two WeChat channels for your own account: switched on by the company or not, bound or not (the openid is never shown). */
  myWechatBindings: Array<WechatBinding>;
  /** Any object by its global ID, if you may see it. */
  node: Maybe<Node>;
  /** Your notifications, newest first; unreadOnly with totalCount gives the badge number. */
  notifications: NotificationCountedConnection;
  /** A house's current and upcoming occupancies; with includeEnded, its whole history. */
  occupancies: OccupancyCountedConnection;
  /** Messages sent outside the app, newest first (state FAILED: what needs a look): the admin sees all, a manager those about their communities. */
  outboxMessages: OutboxMessageCountedConnection;
  /** Applications, oldest first (the office's review list: states [SUBMITTED]). Owners: their own. */
  parkingApplications: ParkingApplicationCountedConnection;
  /** Car parks with today's occupancy (spaces set up, held). Owners: those where they live. */
  parkingAreas: ParkingAreaCountedConnection;
  /** 车位公示 for the notice board (北京市物业管理条例 art. 70(7)): spaces sold and rented and the tariffs in force. Staff: their communities; owners: where they live. */
  parkingDisclosure: ParkingDisclosure;
  /** 摇号 draws, newest first, with their seeds and rankings (published to the community). */
  parkingLotteries: ParkingLotteryCountedConnection;
  /** Who holds which space when. Owners: their own rights. */
  parkingRights: ParkingRightCountedConnection;
  /** 临停记录, newest first (inside: cars still in). Staff: their communities' areas; owners: stays of their registered cars. */
  parkingSessions: ParkingSessionCountedConnection;
  /** Spaces by area and number, whether held today. Owners: the spaces they own. */
  parkingSpaces: ParkingSpaceCountedConnection;
  /** 临停收费标准 versions by area and first day (inForce: today's only). Owners: where they live. */
  parkingTariffs: ParkingTariffCountedConnection;
  /** Each payment gateway: configured or not, last four characters of each credential, the URL to give the provider. Admin only. */
  paymentGatewaySettings: Array<PaymentGatewaySetting>;
  /** One order by its out trade number (商户订单号) with its history; null if you may not see it. */
  paymentOrder: Maybe<PaymentOrder>;
  /** Online payment orders, newest first: staff see their communities' orders, owners their houses' orders. */
  paymentOrders: PaymentOrderCountedConnection;
  /** 对账: the day's orders compared with the ledger and with what each gateway says now (built on first request, then kept; the nightly job builds yesterday's). Admin only. */
  paymentReconciliationReport: ReconciliationReport;
  /** Payments and reversals with their receipts, newest first. Owners see their houses' payments. */
  payments: PaymentCountedConnection;
  /** 个人信息访问记录, newest first; admin only. Every given filter must match. */
  piiAccessLogs: PiiAccessLogEntryCountedConnection;
  /** Communities to choose from when asking to be registered. */
  registrationCommunityOptions: CommunityOptionCountedConnection;
  /** A community's houses to choose from when asking to be registered. search matches words against building, unit and room number, e.g. "3号楼 1201". */
  registrationHouseOptions: HouseOptionCountedConnection;
  /** Registration requests of your communities to review, newest first. */
  registrationRequests: RegistrationRequestCountedConnection;
  /** A resident by ID, if you may see them. */
  resident: Maybe<Resident>;
  /** The company's resident rules. */
  residentPolicy: ResidentPolicy;
  /** Staff: the residents of their communities (and those not yet in any house), narrowed by the filters (all must match). An owner: themselves. */
  residents: ResidentCountedConnection;
  /** Every role with its name, what it allows and whether it is limited to assigned communities. */
  roles: Array<RoleInfo>;
  /** The company's staff accounts (never owners), oldest first; all filters must match. Admin only. */
  staffMembers: StaffMemberCountedConnection;
  /** Technicians to assign: those working in your communities (a technician: themselves), by name, with their skills, duty and open orders. */
  technicians: TechnicianCountedConnection;
  /** Units by building and name. Owners see the units of their houses. */
  units: UnitCountedConnection;
  /** Registered cars by plate. Staff: of residents living in their communities; owners: their own. */
  vehicles: VehicleCountedConnection;
  /** Waiver requests of your communities, newest first. */
  waivers: WaiverCountedConnection;
  /** A work order by ID, if you may see it. */
  workOrder: Maybe<WorkOrder>;
  /** The company's repair rules: SLA per priority and the reopen window. */
  workOrderPolicy: WorkOrderPolicy;
  /** Counts by state, average response/on-site/completion minutes, overdue rate and satisfaction of the orders submitted in [since, until) that you may see: overall, per community, per technician. */
  workOrderStatistics: WorkOrderStatistics;
  /** Newest first. Staff: the orders of their communities (technicians: assigned or offered to them). An owner: the orders they reported. Every filter given must match. */
  workOrders: WorkOrderCountedConnection;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryAnnouncementArgs = {
  id: Scalars['ID']['input'];
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryAnnouncementReachArgs = {
  id: Scalars['ID']['input'];
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryAnnouncementUnreachedHousesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryAnnouncementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  categories?: InputMaybe<Array<AnnouncementCategory>>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<AnnouncementStatus>>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryArrearsAgingReportArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  building?: InputMaybe<Scalars['ID']['input']>;
  byBuilding?: Scalars['Boolean']['input'];
  communities?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryBillArgs = {
  id: Scalars['ID']['input'];
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryBillingRunPreviewArgs = {
  input: BillingRunInput;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryBillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BillFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryBuildingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryCheckpointScansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  anomalousOnly?: Scalars['Boolean']['input'];
  before?: InputMaybe<Scalars['String']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryCollectionReportArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  building?: InputMaybe<Scalars['ID']['input']>;
  byBuilding?: Scalars['Boolean']['input'];
  byPeriod?: Scalars['Boolean']['input'];
  communities?: InputMaybe<Array<Scalars['ID']['input']>>;
  periodFrom?: InputMaybe<Scalars['Date']['input']>;
  periodTo?: InputMaybe<Scalars['Date']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryCommunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  district?: InputMaybe<District>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryCommunityStatisticsArgs = {
  community: Scalars['ID']['input'];
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryComplianceCalendarArgs = {
  community: Scalars['ID']['input'];
  since: Scalars['Date']['input'];
  until: Scalars['Date']['input'];
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryDailyCashReportArgs = {
  building?: InputMaybe<Scalars['ID']['input']>;
  communities?: InputMaybe<Array<Scalars['ID']['input']>>;
  day?: InputMaybe<Scalars['Date']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryDispatchModesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryEquipmentFaultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  states?: InputMaybe<Array<FaultState>>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryEquipmentLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  categories?: InputMaybe<Array<EquipmentCategory>>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<EquipmentStatus>>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryFeeItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryHouseFinanceArgs = {
  house: Scalars['ID']['input'];
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryHousesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HouseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<HouseOrderBy>>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryImportJobArgs = {
  id: Scalars['ID']['input'];
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryImportJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  stage?: InputMaybe<ImportStage>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryImportReconciliationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryIncomeReportArgs = {
  building?: InputMaybe<Scalars['ID']['input']>;
  communities?: InputMaybe<Array<Scalars['ID']['input']>>;
  dateFrom: Scalars['Date']['input'];
  dateTo: Scalars['Date']['input'];
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryInspectionPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryInspectionRoundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assignedToMe?: Scalars['Boolean']['input'];
  before?: InputMaybe<Scalars['String']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  states?: InputMaybe<Array<InspectionRoundState>>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryInspectionRouteQrSheetArgs = {
  route: Scalars['ID']['input'];
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryInspectionRoutesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryMaintenanceGapsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  levels?: InputMaybe<Array<MaintenanceGapLevel>>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryMaintenanceOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assignedToMe?: Scalars['Boolean']['input'];
  before?: InputMaybe<Scalars['String']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  states?: InputMaybe<Array<MaintenanceOrderState>>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryMaintenanceRulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryMappingProfilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  stage?: InputMaybe<ImportStage>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryMeterReadingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  house?: InputMaybe<Scalars['ID']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  meterType?: InputMaybe<MeterType>;
  period?: InputMaybe<Scalars['Date']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryMyAnnouncementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: Scalars['Boolean']['input'];
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryMyConsentsArgs = {
  activeOnly?: Scalars['Boolean']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryMyInspectionRoundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryMyRegistrationRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RegistrationStatus>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: Scalars['Boolean']['input'];
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryOccupanciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  house: Scalars['ID']['input'];
  includeEnded?: Scalars['Boolean']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryOutboxMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  channel?: InputMaybe<MessageChannel>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<OutboxMessageState>;
  target?: InputMaybe<Scalars['ID']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryParkingApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  states?: InputMaybe<Array<ParkingApplicationState>>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryParkingAreasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryParkingDisclosureArgs = {
  community: Scalars['ID']['input'];
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryParkingLotteriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryParkingRightsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  space?: InputMaybe<Scalars['ID']['input']>;
  states?: InputMaybe<Array<ParkingRightState>>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryParkingSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  area?: InputMaybe<Scalars['ID']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  inside?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  plate?: InputMaybe<Scalars['String']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryParkingSpacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  area?: InputMaybe<Scalars['ID']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ParkingSpaceKind>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  occupied?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryParkingTariffsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  area?: InputMaybe<Scalars['ID']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  inForce?: Scalars['Boolean']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryPaymentOrderArgs = {
  outTradeNo: Scalars['String']['input'];
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryPaymentOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  house?: InputMaybe<Scalars['ID']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  outTradeNo?: InputMaybe<Scalars['String']['input']>;
  refundDue?: InputMaybe<Scalars['Boolean']['input']>;
  state?: InputMaybe<PaymentOrderState>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryPaymentReconciliationReportArgs = {
  date: Scalars['Date']['input'];
  refresh?: Scalars['Boolean']['input'];
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  house?: InputMaybe<Scalars['ID']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  method?: InputMaybe<PaymentMethod>;
  receiptNo?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryPiiAccessLogsArgs = {
  action?: InputMaybe<PiiAction>;
  actor?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  resident?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryRegistrationCommunityOptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryRegistrationHouseOptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  community: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryRegistrationRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RegistrationStatus>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryResidentArgs = {
  id: Scalars['ID']['input'];
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryResidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  house?: InputMaybe<Scalars['ID']['input']>;
  idNumber?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  phoneLast4?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryStaffMembersArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Role>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryTechniciansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<WorkOrderCategory>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  onDuty?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  building?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryVehiclesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  plate?: InputMaybe<Scalars['String']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryWaiversArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  bill?: InputMaybe<Scalars['ID']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WaiverStatus>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryWorkOrderArgs = {
  id: Scalars['ID']['input'];
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryWorkOrderStatisticsArgs = {
  community?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Everything one company (物业公司) reads on its own host; each list shows only what the viewer may see (staff by role and community, owners their own houses). */
export type QueryWorkOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assignedToMe?: Scalars['Boolean']['input'];
  before?: InputMaybe<Scalars['String']['input']>;
  building?: InputMaybe<Scalars['ID']['input']>;
  categories?: InputMaybe<Array<WorkOrderCategory>>;
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  house?: InputMaybe<Scalars['ID']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  openOnly?: Scalars['Boolean']['input'];
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  priorities?: InputMaybe<Array<WorkOrderPriority>>;
  search?: InputMaybe<Scalars['String']['input']>;
  states?: InputMaybe<Array<WorkOrderState>>;
  technician?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * 对账 The old system's control totals against what Wuye now holds, to the fen; someone signs
 * off before go-live. ``result`` keeps each figure's source, Wuye and difference, and the houses
 * that differ.
 */
export type Reconciliation = Node & {
  __typename?: 'Reconciliation';
  /** 欠费合计 the user entered. */
  arrears: Scalars['Yuan']['output'];
  /** 总建筑面积（㎡） */
  buildingArea: Scalars['Decimal']['output'];
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** The figures compared. */
  figures: Array<ReconciliationFigure>;
  /** 房屋数 */
  houseCount: Scalars['Int']['output'];
  /** Houses that differ (the first 500). */
  houses: Array<ReconciliationHouse>;
  /** How many houses differ in all. */
  housesDiffering: Scalars['Int']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 上期账期 */
  lastPeriod: Maybe<Scalars['Date']['output']>;
  /** 上期实收 the user entered. */
  lastPeriodReceipts: Maybe<Scalars['Yuan']['output']>;
  /** 预存合计 the user entered. */
  prepaid: Scalars['Yuan']['output'];
  /** Every figure matches to the fen and no house differs. */
  reconciled: Scalars['Boolean']['output'];
  /** 确认说明 */
  signOffNote: Scalars['String']['output'];
  /** 签字确认 When someone accepted it for go-live. */
  signedOffAt: Maybe<Scalars['DateTime']['output']>;
  /** Who signed it off. */
  signedOffByName: Maybe<Scalars['String']['output']>;
  /** 原系统 */
  sourceSystem: ImportSourceSystem;
};

/** A page of results with the total count. */
export type ReconciliationCountedConnection = {
  __typename?: 'ReconciliationCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<ReconciliationEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type ReconciliationEdge = {
  __typename?: 'ReconciliationEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Reconciliation;
};

/** One control total: the old system's, Wuye's, the gap. */
export type ReconciliationFigure = {
  __typename?: 'ReconciliationFigure';
  /** Wuye minus source; 0 when reconciled. */
  difference: Maybe<Scalars['String']['output']>;
  /** In Chinese. */
  label: Scalars['String']['output'];
  /** house_count, building_area, arrears_fen, prepaid_fen, … */
  name: Scalars['String']['output'];
  /** The old system's figure (fen for money). */
  source: Maybe<Scalars['String']['output']>;
  /** What Wuye holds. */
  wuye: Scalars['String']['output'];
};

/** A house whose opening balance differs from the file. */
export type ReconciliationHouse = {
  __typename?: 'ReconciliationHouse';
  /** 小区 楼栋 单元 房号 */
  label: Scalars['String']['output'];
  /** The opening file's row for it. */
  row: Maybe<Scalars['Int']['output']>;
  /** The old system's arrears. */
  sourceArrears: Scalars['Yuan']['output'];
  /** The old system's prepaid balance. */
  sourcePrepaid: Scalars['Yuan']['output'];
  /** Wuye's opening arrears. */
  wuyeArrears: Scalars['Yuan']['output'];
  /** Wuye's opening prepaid. */
  wuyePrepaid: Scalars['Yuan']['output'];
};

/** One order whose three views disagree. */
export type ReconciliationLine = {
  __typename?: 'ReconciliationLine';
  /** The order's amount, in yuan. */
  amount: Scalars['Yuan']['output'];
  /** The provider's code, e.g. alipay or sandbox. */
  gateway: Scalars['String']['output'];
  /** What the gateway says was paid; null: unknown. */
  gatewayAmount: Maybe<Scalars['Yuan']['output']>;
  /** paid, pending, closed, unknown or unreachable. */
  gatewayState: Scalars['String']['output'];
  /** What the ledger booked for it; null: nothing. */
  ledgerAmount: Maybe<Scalars['Yuan']['output']>;
  /** 商户订单号, our order number. */
  outTradeNo: Scalars['String']['output'];
  /** Comma-separated: ledger, gateway_state, gateway_amount, refund_due. */
  problem: Scalars['String']['output'];
  /** Our order's state: pending, paid, closed or refunded. */
  state: Scalars['String']['output'];
};

/** The reconciliation, or why it was refused. */
export type ReconciliationPayload = {
  __typename?: 'ReconciliationPayload';
  /** Why it was refused; empty on success. */
  errors: Array<ImportError>;
  /** The reconciliation. */
  reconciliation: Maybe<Reconciliation>;
};

/** 对账单 One day: our orders, the ledger, the gateways. */
export type ReconciliationReport = {
  __typename?: 'ReconciliationReport';
  /** The day reconciled (Asia/Shanghai). */
  day: Scalars['Date']['output'];
  /** Orders whose views disagree; empty: all agree. */
  discrepancies: Array<ReconciliationLine>;
  /** What the gateways say was paid for these orders. */
  gatewayPaid: Scalars['Yuan']['output'];
  /** When the report was computed (+08:00). */
  generatedAt: Scalars['DateTime']['output'];
  /** Online money booked in the ledger that day. */
  ledger: Scalars['Yuan']['output'];
  /** Online orders created that day. */
  orders: Scalars['Int']['output'];
  /** What our paid orders add up to, in yuan. */
  paid: Scalars['Yuan']['output'];
  /** Of those, the ones paid. */
  paidOrders: Scalars['Int']['output'];
  /** Of paid, what parking orders add up to (spaces, passes, stays: not in the bills' ledger). */
  parkingPaid: Scalars['Yuan']['output'];
  /** Orders whose money bought nothing (bills already settled, a space taken): refund them. */
  refundDue: Scalars['Int']['output'];
  /** Online money reversed (refunded) that day. */
  reversed: Scalars['Yuan']['output'];
};

/** 签字确认 Accept a reconciliation for go-live. */
export type ReconciliationSignOffInput = {
  /** The reconciliation. */
  id: Scalars['ID']['input'];
  /** Required when figures differ; up to 200 characters. */
  note?: Scalars['String']['input'];
};

/** The input of `registrationApprove`. Approve a pending request: the occupancy is created and the owner sees the house. */
export type RegistrationApproveInput = {
  /** Global ID of the object `registrationApprove` acts on (its `id`). */
  id: Scalars['ID']['input'];
};

/** What `registrationApprove` returns: the result on success, or `errors` saying why nothing changed. */
export type RegistrationApprovePayload = {
  __typename?: 'RegistrationApprovePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<RegistrationError>;
  /** The RegistrationRequest as it now stands; null when `errors` is not empty. */
  registrationRequest: Maybe<RegistrationRequest>;
};

/** Why a registration request or its review was refused. */
export type RegistrationError = {
  __typename?: 'RegistrationError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: RegistrationErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of RegistrationError. */
export type RegistrationErrorCode =
  /** 您的账户没有绑定手机号，请先用手机号注册。 */
  | 'ACCOUNT_PHONE_MISSING'
  /** 申请人已是该房屋的登记住户。 */
  | 'ALREADY_OCCUPYING'
  /** 您对该房屋的认证申请正在审核中，请耐心等待。 */
  | 'ALREADY_PENDING'
  /** 找不到所选房屋。 */
  | 'HOUSE_NOT_FOUND'
  /** 身份证号码中的出生日期无效。 */
  | 'ID_BIRTH_DATE_INVALID'
  /** 身份证号码校验位不正确，请逐位核对。 */
  | 'ID_CHECK_DIGIT_INVALID'
  /** 该证件号码已登记在住户“{name}”名下，但手机号或绑定账户不同；请先核实并更新该住户信息，或驳回申请。 */
  | 'ID_NUMBER_CONFLICT'
  /** 证件号码格式不正确，请核对证件类型和号码。 */
  | 'ID_NUMBER_INVALID'
  /** 按本公司住户规则，一套房屋同一时间只能有一名业主，该房屋已有业主。 */
  | 'JOINT_OWNER_FORBIDDEN'
  /** 该申请已审核，不能重复处理。 */
  | 'NOT_PENDING'
  /** 找不到该认证申请。 */
  | 'REQUEST_NOT_FOUND'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG';

/** The input of `registrationReject`. Reject a pending request with a reason. */
export type RegistrationRejectInput = {
  /** Global ID of the object `registrationReject` acts on (its `id`). */
  id: Scalars['ID']['input'];
  /** Shown to the applicant; required, at most 200 characters. */
  reason: Scalars['String']['input'];
};

/** What `registrationReject` returns: the result on success, or `errors` saying why nothing changed. */
export type RegistrationRejectPayload = {
  __typename?: 'RegistrationRejectPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<RegistrationError>;
  /** The RegistrationRequest as it now stands; null when `errors` is not empty. */
  registrationRequest: Maybe<RegistrationRequest>;
};

/** 业主认证申请 A request to review. */
export type RegistrationRequest = Node & {
  __typename?: 'RegistrationRequest';
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** For the reviewer: the house's owners in force today other than the applicant (phones masked as usual). Approving an OWNER request adds a joint owner, if `jointOwnersAllowed`. Null for the applicant, who may not see other owners. */
  currentOwners: Maybe<Array<HouseOwnerInForce>>;
  /** The house (房屋) it belongs to. */
  house: HouseOption;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 证件号, masked as 110***********1234 unless you may see it in full; null when none was given. */
  idNumber: Maybe<Scalars['String']['output']>;
  /** Last four characters of the ID number; null: none given. */
  idNumberLast4: Maybe<Scalars['String']['output']>;
  /** 证件类型 */
  idType: Maybe<IdDocumentType>;
  /** The company's joint-owner policy (`residentPolicy.allowJointOwners`): when false, an OWNER request for a house with an owner in force is refused (JOINT_OWNER_FORBIDDEN). */
  jointOwnersAllowed: Scalars['Boolean']['output'];
  /** 入住日期 */
  moveIn: Maybe<Scalars['Date']['output']>;
  /** 姓名 */
  name: Scalars['String']['output'];
  /** The occupancy approval created. */
  occupancy: Maybe<Occupancy>;
  /** The applicant's mobile. Masked as 138****5678 unless you may see this resident's personal information in full. */
  phone: Scalars['String']['output'];
  /** Why staff rejected it; empty otherwise. */
  rejectReason: Scalars['String']['output'];
  /** When staff approved or rejected it; null: not yet. */
  reviewedAt: Maybe<Scalars['DateTime']['output']>;
  /** 申请身份 */
  role: OccupancyRole;
  /** 状态 */
  status: RegistrationStatus;
};

/** A page of results with the total count. */
export type RegistrationRequestCountedConnection = {
  __typename?: 'RegistrationRequestCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<RegistrationRequestEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** Ask to be recorded as living in a house; staff review it. */
export type RegistrationRequestCreateInput = {
  /** A House or HouseOption ID. */
  house: Scalars['ID']['input'];
  /** The document's number; stored encrypted, shown masked. */
  idNumber: Scalars['String']['input'];
  /** 证件类型 */
  idType: IdDocumentType;
  /** Defaults to the day of approval. */
  moveIn?: InputMaybe<Scalars['Date']['input']>;
  /** 姓名 */
  name: Scalars['String']['input'];
  /** 申请身份 */
  role?: OccupancyRole;
};

/** What `registrationRequestCreate` returns: the result on success, or `errors` saying why nothing changed. */
export type RegistrationRequestCreatePayload = {
  __typename?: 'RegistrationRequestCreatePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<RegistrationError>;
  /** The RegistrationRequest as it now stands; null when `errors` is not empty. */
  registrationRequest: Maybe<RegistrationRequest>;
};

/** An edge in a connection. */
export type RegistrationRequestEdge = {
  __typename?: 'RegistrationRequestEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: RegistrationRequest;
};

/** Where an owner registration (业主认证) stands. */
export type RegistrationStatus =
  /** 已通过 */
  | 'APPROVED'
  /** 待审核 */
  | 'PENDING'
  /** 已驳回 */
  | 'REJECTED';

/** 住户 A person known to the company. */
export type Resident = Node & {
  __typename?: 'Resident';
  /** When the person's information was anonymised at their request (name is then a pseudonym, phones and ID empty); null otherwise. */
  anonymisedAt: Maybe<Scalars['DateTime']['output']>;
  /** Consents to the processing of their personal information, newest first, withdrawn ones included. */
  consents: Array<Consent>;
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** 紧急联系人 */
  emergencyContactName: Scalars['String']['output'];
  /** 紧急联系电话. Masked as 138****5678 unless you may see this resident's personal information in full. */
  emergencyContactPhone: Scalars['String']['output'];
  /** 性别 */
  gender: Maybe<Gender>;
  /** Whether an owner-app account is linked. */
  hasAccount: Scalars['Boolean']['output'];
  /** 家庭人口, 1–20. */
  householdSize: Scalars['Int']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 证件号, masked as 110***********1234 unless you may see it in full; null when none was given. */
  idNumber: Maybe<Scalars['String']['output']>;
  /** Last four characters of the ID number. */
  idNumberLast4: Maybe<Scalars['String']['output']>;
  /** 证件类型 */
  idType: Maybe<IdDocumentType>;
  /** 姓名 */
  name: Scalars['String']['output'];
  /** 备注 */
  notes: Scalars['String']['output'];
  /** Every occupancy, current and past. */
  occupancies: Array<Occupancy>;
  /** Mainland mobile, 11 digits. Masked as 138****5678 unless you may see this resident's personal information in full. */
  phone: Scalars['String']['output'];
  /** 备用电话; empty when none. Masked as 138****5678 unless you may see this resident's personal information in full. */
  secondPhone: Scalars['String']['output'];
};

/** Remove what identifies a resident who has moved out (PIPL art. 47). */
export type ResidentAnonymiseInput = {
  /** Global ID of the Resident to anonymise (its `id`). */
  id: Scalars['ID']['input'];
  /** Why you need it, 4–200 characters; kept in the personal-information access log. */
  reason: Scalars['String']['input'];
};

/** What `residentAnonymise` returns: the result on success, or `errors` saying why nothing changed. */
export type ResidentAnonymisePayload = {
  __typename?: 'ResidentAnonymisePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<PrivacyError>;
  /** The resident as now stored. */
  resident: Maybe<Resident>;
};

/** A page of results with the total count. */
export type ResidentCountedConnection = {
  __typename?: 'ResidentCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<ResidentEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** 住户 A resident entered by staff (no review needed). */
export type ResidentCreateInput = {
  /** 紧急联系人 */
  emergencyContactName?: Scalars['String']['input'];
  /** 紧急联系电话 */
  emergencyContactPhone?: Scalars['String']['input'];
  /** 性别 */
  gender?: InputMaybe<Gender>;
  /** 家庭人口, 1–20. */
  householdSize?: Scalars['Int']['input'];
  /** Required with idType; stored encrypted. */
  idNumber?: Scalars['String']['input'];
  /** 证件类型 */
  idType?: InputMaybe<IdDocumentType>;
  /** 姓名 */
  name: Scalars['String']['input'];
  /** 备注 */
  notes?: Scalars['String']['input'];
  /** Mainland mobile; +86, spaces and dashes are accepted. */
  phone: Scalars['String']['input'];
  /** Mobile or landline, e.g. 010-6512 3456. */
  secondPhone?: Scalars['String']['input'];
};

/** What `residentCreate` returns: the result on success, or `errors` saying why nothing changed. */
export type ResidentCreatePayload = {
  __typename?: 'ResidentCreatePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<ResidentError>;
  /** The Resident as it now stands; null when `errors` is not empty. */
  resident: Maybe<Resident>;
};

/** Everything the company holds about a resident, as JSON (PIPL art. 45). */
export type ResidentDataExportInput = {
  /** Global ID of the Resident `residentDataExport` acts on (its `id`). */
  id: Scalars['ID']['input'];
  /** Why you need it, 4–200 characters; kept in the personal-information access log. */
  reason: Scalars['String']['input'];
};

/** What `residentDataExport` returns: the result on success, or `errors` saying why nothing changed. */
export type ResidentDataExportPayload = {
  __typename?: 'ResidentDataExportPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<PrivacyError>;
  /** {exportedAt, company, residentId, sections: {resident, occupancies, registrationRequests, consents, account, accessLog, …}}; other modules add their own sections. */
  export: Maybe<Scalars['JSON']['output']>;
};

/** The input of `residentDelete`. Delete a resident who never occupied a house. */
export type ResidentDeleteInput = {
  /** Global ID of the Resident to delete (its `id`). */
  id: Scalars['ID']['input'];
};

/** What `residentDelete` returns: the result on success, or `errors` saying why nothing changed. */
export type ResidentDeletePayload = {
  __typename?: 'ResidentDeletePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<ResidentError>;
  /** The resident as it was. */
  resident: Maybe<Resident>;
};

/** An edge in a connection. */
export type ResidentEdge = {
  __typename?: 'ResidentEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Resident;
};

/** Why a change to residents, occupancies or the policy was refused. */
export type ResidentError = {
  __typename?: 'ResidentError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: ResidentErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of ResidentError. */
export type ResidentErrorCode =
  /** 该住户已登记入住此房屋。 */
  | 'ALREADY_OCCUPYING'
  /** 家庭人口须在 1 到 20 人之间。 */
  | 'HOUSEHOLD_SIZE_INVALID'
  /** 找不到所选房屋。 */
  | 'HOUSE_NOT_FOUND'
  /** 身份证号码中的出生日期无效。 */
  | 'ID_BIRTH_DATE_INVALID'
  /** 身份证号码校验位不正确，请逐位核对。 */
  | 'ID_CHECK_DIGIT_INVALID'
  /** 证件号码格式不正确，请核对证件类型和号码。 */
  | 'ID_NUMBER_INVALID'
  /** 该证件号码已登记在住户“{name}”名下。 */
  | 'ID_NUMBER_TAKEN'
  /** 按本公司住户规则，一套房屋同一时间只能有一名业主，该房屋已有业主。 */
  | 'JOINT_OWNER_FORBIDDEN'
  /** 迁出日期须晚于入住日期（{move_in}）。 */
  | 'MOVE_OUT_NOT_AFTER_MOVE_IN'
  /** 该入住记录已办理迁出（{move_out}）。 */
  | 'OCCUPANCY_ALREADY_ENDED'
  /** 找不到该入住记录。 */
  | 'OCCUPANCY_NOT_FOUND'
  /** 请输入有效的电话号码（手机或固定电话，5–20 位数字）。 */
  | 'OTHER_PHONE_INVALID'
  /** 请输入有效的中国大陆手机号（11 位，以 13–19 开头）。 */
  | 'PHONE_INVALID'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 该住户的个人信息已按本人要求匿名化，不能再查看或修改。 */
  | 'RESIDENT_ANONYMISED'
  /** 该住户有入住记录，不能删除。 */
  | 'RESIDENT_HAS_OCCUPANCIES'
  /** 找不到该住户。 */
  | 'RESIDENT_NOT_FOUND'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG';

/** 住户规则 The company's rules for residents. */
export type ResidentPolicy = {
  __typename?: 'ResidentPolicy';
  /** Whether a house may have several owners at once; off: one owner occupancy at a time. */
  allowJointOwners: Scalars['Boolean']['output'];
};

/** Fields left out stay as they are. */
export type ResidentPolicyUpdateInput = {
  /** 允许多名业主共有 — 关闭后，一套房屋同一时间只能有一名在住业主 */
  allowJointOwners?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What `residentPolicyUpdate` returns: the result on success, or `errors` saying why nothing changed. */
export type ResidentPolicyUpdatePayload = {
  __typename?: 'ResidentPolicyUpdatePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<ResidentError>;
  /** The ResidentPolicy as it now stands; null when `errors` is not empty. */
  policy: Maybe<ResidentPolicy>;
};

/** Show a resident's full phone numbers and ID number; recorded in the access log. */
export type ResidentRevealPiiInput = {
  /** Which ones; default all four. */
  fields?: InputMaybe<Array<PiiField>>;
  /** Global ID of the Resident `residentRevealPii` acts on (its `id`). */
  id: Scalars['ID']['input'];
  /** Why you need it, 4–200 characters; kept in the personal-information access log. */
  reason: Scalars['String']['input'];
};

/** What `residentRevealPii` returns: the result on success, or `errors` saying why nothing changed. */
export type ResidentRevealPiiPayload = {
  __typename?: 'ResidentRevealPiiPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<PrivacyError>;
  /** As you normally see it (masked). */
  resident: Maybe<Resident>;
  /** The RevealedPii as it now stands; null when `errors` is not empty. */
  revealed: Maybe<RevealedPii>;
};

/** Fields left out stay as they are; null clears an optional field. */
export type ResidentUpdateInput = {
  /** 紧急联系人 */
  emergencyContactName?: InputMaybe<Scalars['String']['input']>;
  /** 紧急联系电话 */
  emergencyContactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 性别 */
  gender?: InputMaybe<Gender>;
  /** 家庭人口 */
  householdSize?: InputMaybe<Scalars['Int']['input']>;
  /** Global ID of the Resident to update (its `id`). */
  id: Scalars['ID']['input'];
  /** Give it with idType; null both to remove. */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** 证件类型 */
  idType?: InputMaybe<IdDocumentType>;
  /** 姓名 */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 备注 */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** 手机号 */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 备用电话 */
  secondPhone?: InputMaybe<Scalars['String']['input']>;
};

/** What `residentUpdate` returns: the result on success, or `errors` saying why nothing changed. */
export type ResidentUpdatePayload = {
  __typename?: 'ResidentUpdatePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<ResidentError>;
  /** The Resident as it now stands; null when `errors` is not empty. */
  resident: Maybe<Resident>;
};

/** A resident's full values; null for fields not asked for. */
export type RevealedPii = {
  __typename?: 'RevealedPii';
  /** The emergency contact's full phone; null when not asked for or none. */
  emergencyContactPhone: Maybe<Scalars['String']['output']>;
  /** The fields shown (and recorded in the access log). */
  fields: Array<PiiField>;
  /** Null also when no document was given. */
  idNumber: Maybe<Scalars['String']['output']>;
  /** The full mobile; null when not asked for. */
  phone: Maybe<Scalars['String']['output']>;
  /** The full second phone; null when not asked for or none. */
  secondPhone: Maybe<Scalars['String']['output']>;
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

/** 角色 A role the company can give, and what it allows. */
export type RoleInfo = {
  __typename?: 'RoleInfo';
  /** Everything the role allows. */
  capabilities: Array<Capability>;
  /** What the role is for, in a sentence. */
  description: Scalars['String']['output'];
  /** False for owner: staff cannot be invited as owners. */
  isStaffRole: Scalars['Boolean']['output'];
  /** The role's name as staff see it, e.g. 客服. */
  label: Scalars['String']['output'];
  /** The role (角色). */
  role: Role;
  /** Works only in the communities assigned to the member. */
  scoped: Scalars['Boolean']['output'];
};

/** One checkpoint of a round and how it stands. */
export type RoundStop = {
  __typename?: 'RoundStop';
  /** The checkpoint. */
  checkpoint: Checkpoint;
  /** Its place on the route, from 1. */
  position: Scalars['Int']['output'];
  /** The first scan's server time in this round. */
  scannedAt: Maybe<Scalars['DateTime']['output']>;
  /** Visited, abnormal, missed or still pending. */
  status: RoundStopStatus;
};

/** How a checkpoint of a round stands. */
export type RoundStopStatus =
  /** 异常: scanned with an abnormal result. */
  | 'ABNORMAL'
  /** 漏检: not scanned before the round ended. */
  | 'MISSED'
  /** 待巡检: not scanned yet; the round is not over. */
  | 'PENDING'
  /** 已巡检: scanned, nothing wrong. */
  | 'VISITED';

/** 四舍五入, 抹零 or 进位. */
export type RoundingMode =
  /** 抹零 */
  | 'DOWN'
  /** 四舍五入 */
  | 'HALF_UP'
  /** 进位 */
  | 'UP';

/** Round to the fen, jiao or yuan. */
export type RoundingUnit =
  /** 分 */
  | 'FEN'
  /** 角 */
  | 'JIAO'
  /** 元 */
  | 'YUAN';

/** What a supervisor should look at. */
export type ScanAnomaly =
  /** 设备时间偏差过大 */
  | 'CLOCK_SKEW'
  /** 不在巡检点范围内 */
  | 'OUTSIDE_RADIUS'
  /** 两点间移动过快 */
  | 'TOO_FAST';

/** 巡检结果 */
export type ScanResult =
  /** 异常 */
  | 'ABNORMAL'
  /** 正常 */
  | 'NORMAL';

/** 服务时限 Deadlines for one priority, minutes from submission. */
export type SlaTerms = {
  __typename?: 'SlaTerms';
  /** It is fixed. */
  completeMinutes: Scalars['Int']['output'];
  /** A technician is there. */
  onSiteMinutes: Scalars['Int']['output'];
  /** The priority these deadlines apply to. */
  priority: WorkOrderPriority;
  /** A technician accepts it. */
  respondMinutes: Scalars['Int']['output'];
};

/** The deadlines (时限) of one priority, in minutes from submission. */
export type SlaTermsInput = {
  /** Minutes until it must be fixed. */
  completeMinutes: Scalars['Int']['input'];
  /** Minutes until a technician must be there. */
  onSiteMinutes: Scalars['Int']['input'];
  /** The priority these deadlines apply to. */
  priority: WorkOrderPriority;
  /** Minutes until a technician must accept it. */
  respondMinutes: Scalars['Int']['input'];
};

/** What a verification code is for. */
export type SmsCodePurpose =
  /** 注册 */
  | 'SIGN_UP';

/** The input of `smsCodeSend`. Text a 6-digit verification code (valid 5 minutes) to a mainland mobile. */
export type SmsCodeSendInput = {
  /** The mainland mobile to text the code to. */
  phone: Scalars['String']['input'];
  /** What the code is for; a code works only for its purpose. */
  purpose: SmsCodePurpose;
};

/** What `smsCodeSend` returns: the result on success, or `errors` saying why nothing changed. */
export type SmsCodeSendPayload = {
  __typename?: 'SmsCodeSendPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<OwnerSignUpError>;
  /** The code works until then. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** No new code before then. */
  resendAfter: Maybe<Scalars['DateTime']['output']>;
};

/** The code from the invitation link and the password to set. */
export type StaffActivateInput = {
  /** The password to set; weak ones are refused. */
  password: Scalars['String']['input'];
  /** The activation token from the link texted to the new member. */
  token: Scalars['String']['input'];
};

/** What `staffActivate` returns: the result on success, or `errors` saying why nothing changed. */
export type StaffActivatePayload = {
  __typename?: 'StaffActivatePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<StaffError>;
  /** When the token stops working (+08:00); null when `errors` is not empty. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Send as `Authorization: Bearer <token>`. */
  token: Maybe<Scalars['String']['output']>;
  /** The account now activated and logged in; null when `errors` is not empty. */
  viewer: Maybe<Viewer>;
};

/** Stop the account now: its tokens die, it cannot log in. */
export type StaffDeactivateInput = {
  /** Global ID of the object `staffDeactivate` acts on (its `id`). */
  id: Scalars['ID']['input'];
};

/** What `staffDeactivate` returns: the result on success, or `errors` saying why nothing changed. */
export type StaffDeactivatePayload = {
  __typename?: 'StaffDeactivatePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<StaffError>;
  /** The StaffMember as it now stands; null when `errors` is not empty. */
  staffMember: Maybe<StaffMember>;
};

/** Why a staff change or an activation was refused. */
export type StaffError = {
  __typename?: 'StaffError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: StaffErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of StaffError. */
export type StaffErrorCode =
  /** 管理员负责公司全部小区，不能指定小区。 */
  | 'ADMIN_NOT_SCOPED'
  /** 该员工已激活账户，无需再次邀请。 */
  | 'ALREADY_ACTIVATED'
  /** 不能更改自己的角色、负责小区或账户状态，请由其他管理员操作。 */
  | 'CANNOT_CHANGE_SELF'
  /** 请至少选择一个负责的小区。 */
  | 'COMMUNITIES_REQUIRED'
  /** 所选小区不存在。 */
  | 'COMMUNITY_NOT_FOUND'
  /** 激活码已过期（72 小时内有效），请联系管理员重新发送邀请。 */
  | 'INVITATION_EXPIRED'
  /** 激活码无效或已作废，请联系管理员重新发送邀请。 */
  | 'INVITATION_INVALID'
  /** 该邀请已激活，请直接登录。 */
  | 'INVITATION_USED'
  /** 这是公司最后一位在职管理员，不能降级或停用。 */
  | 'LAST_ADMIN'
  /** 找不到该员工。 */
  | 'NOT_FOUND'
  /** 密码强度不足 */
  | 'PASSWORD_WEAK'
  /** 请输入有效的中国大陆手机号（11 位，以 13–19 开头）。 */
  | 'PHONE_INVALID'
  /** 该手机号已被本公司的其他账户使用。 */
  | 'PHONE_TAKEN'
  /** 该角色不能查看住户信息，不能授予查看完整信息的权限。 */
  | 'PII_NOT_ALLOWED'
  /** 只能在其负责的小区内查看住户完整信息。 */
  | 'PII_NOT_IN_COMMUNITIES'
  /** 尝试过于频繁，请稍后再试。 */
  | 'RATE_LIMITED'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 邀请短信刚刚发送，请 {seconds} 秒后再试。 */
  | 'RESEND_TOO_SOON'
  /** 请选择员工角色（业主不是员工角色）。 */
  | 'ROLE_NOT_STAFF'
  /** 该员工已停用，请先启用。 */
  | 'STAFF_INACTIVE'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG';

/** Create a staff account and text its phone a one-time activation link (72 hours). */
export type StaffInviteInput = {
  /** Community IDs the member works in; none for admin, at least one for other staff roles. */
  communities?: Array<Scalars['ID']['input']>;
  /** 姓名, at most 64 characters. */
  name: Scalars['String']['input'];
  /** Mainland mobile; becomes the login name. */
  phone: Scalars['String']['input'];
  /** A subset of communities where residents' phone and ID numbers are shown in full (roles seeing residents). */
  piiCommunities?: Array<Scalars['ID']['input']>;
  /** What the new member may do (角色); see `roles`. */
  role: Role;
};

/** What `staffInvite` returns: the result on success, or `errors` saying why nothing changed. */
export type StaffInvitePayload = {
  __typename?: 'StaffInvitePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<StaffError>;
  /** The StaffMember as it now stands; null when `errors` is not empty. */
  staffMember: Maybe<StaffMember>;
};

/** Text a new activation link to someone not activated yet; the old link stops working. */
export type StaffInviteResendInput = {
  /** Global ID of the object `staffInviteResend` acts on (its `id`). */
  id: Scalars['ID']['input'];
};

/** What `staffInviteResend` returns: the result on success, or `errors` saying why nothing changed. */
export type StaffInviteResendPayload = {
  __typename?: 'StaffInviteResendPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<StaffError>;
  /** The StaffMember as it now stands; null when `errors` is not empty. */
  staffMember: Maybe<StaffMember>;
};

/** 员工 A staff account of the company (admins only). */
export type StaffMember = Node & {
  __typename?: 'StaffMember';
  /** False once deactivated: cannot log in. */
  active: Scalars['Boolean']['output'];
  /** The communities this member works in; empty for admins (they work everywhere). */
  communities: Array<Community>;
  /** 加入日期 */
  dateJoined: Scalars['DateTime']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** When the outstanding invitation link stops working (past: send a new one); null if none. */
  invitationExpiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Invited but not activated yet (no password set); see invitationExpiresAt. */
  invitationPending: Scalars['Boolean']['output'];
  /** 上次登录 */
  lastLogin: Maybe<Scalars['DateTime']['output']>;
  /** 姓名 */
  name: Scalars['String']['output'];
  /** Mainland mobile, 11 digits; the invitation was texted to it. */
  phone: Scalars['String']['output'];
  /** Communities where this member sees residents' phone and ID numbers in full. */
  piiCommunities: Array<Community>;
  /** Null only for an account created outside staff management without a role. */
  role: Maybe<Role>;
  /** Login name: the phone number for invited staff. */
  username: Scalars['String']['output'];
};

/** A page of results with the total count. */
export type StaffMemberCountedConnection = {
  __typename?: 'StaffMemberCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<StaffMemberEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type StaffMemberEdge = {
  __typename?: 'StaffMemberEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: StaffMember;
};

/** The input of `staffReactivate`. Let a deactivated member log in again (with a new login: old tokens stay revoked). */
export type StaffReactivateInput = {
  /** Global ID of the object `staffReactivate` acts on (its `id`). */
  id: Scalars['ID']['input'];
};

/** What `staffReactivate` returns: the result on success, or `errors` saying why nothing changed. */
export type StaffReactivatePayload = {
  __typename?: 'StaffReactivatePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<StaffError>;
  /** The StaffMember as it now stands; null when `errors` is not empty. */
  staffMember: Maybe<StaffMember>;
};

/** Fields left out stay as they are. */
export type StaffUpdateInput = {
  /** Community IDs the member works in; none for admin, at least one for other staff roles. */
  communities?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Global ID of the object `staffUpdate` acts on (its `id`). */
  id: Scalars['ID']['input'];
  /** 姓名, at most 64 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A subset of communities where residents' phone and ID numbers are shown in full (roles seeing residents). */
  piiCommunities?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not your own. Left-out scopes shrink to what the role allows. */
  role?: InputMaybe<Role>;
};

/** What `staffUpdate` returns: the result on success, or `errors` saying why nothing changed. */
export type StaffUpdatePayload = {
  __typename?: 'StaffUpdatePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<StaffError>;
  /** The StaffMember as it now stands; null when `errors` is not empty. */
  staffMember: Maybe<StaffMember>;
};

/** Stripe credentials: the secret API key and the webhook endpoint's signing secret. */
export type StripeCredentialsInput = {
  /** sk_live_… / sk_test_… (or a restricted rk_ key). */
  secretKey: Scalars['String']['input'];
  /** whsec_… of the webhook endpoint pointing at notifyUrl. */
  webhookSecret: Scalars['String']['input'];
};

/** Live updates, over the websocket at /graphql only (graphql-transport-ws). */
export type Subscription = {
  __typename?: 'Subscription';
  /** Your new notifications, live (graphql-transport-ws at /graphql, token in connection_init). */
  myNotifications: Notification;
  /** Live steps of the work orders you may see (optionally of one community). Over the graphql-transport-ws websocket at /graphql, token in the connection_init payload. */
  workOrderEvents: WorkOrderUpdate;
};


/** Live updates, over the websocket at /graphql only (graphql-transport-ws). */
export type SubscriptionWorkOrderEventsArgs = {
  community?: InputMaybe<Scalars['ID']['input']>;
};

/** Open url (on the platform's host) to pay. */
export type SubscriptionCheckoutLink = {
  __typename?: 'SubscriptionCheckoutLink';
  /** What the company pays, in yuan. */
  amount: Scalars['Yuan']['output'];
  /** After this the link no longer works (+08:00). */
  expiresAt: Scalars['DateTime']['output'];
  /** How many months the payment covers. */
  months: Scalars['Int']['output'];
  /** The `code` of the plan (套餐) paid for. */
  plan: Scalars['String']['output'];
  /** The link's token (also in the url), for subscriptionOrder. */
  token: Scalars['String']['output'];
  /** The checkout page on the platform's host; open it to pay. */
  url: Scalars['String']['output'];
};

/** Pay for the company's plan: a link to the checkout on the platform's host. */
export type SubscriptionCheckoutLinkInput = {
  /** How many months to pay for; default 12. */
  months?: Scalars['Int']['input'];
  /** A plan code, e.g. professional. */
  plan: Scalars['String']['input'];
};

/** What `subscriptionCheckoutLink` returns: the result on success, or `errors` saying why nothing changed. */
export type SubscriptionCheckoutLinkPayload = {
  __typename?: 'SubscriptionCheckoutLinkPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<SubscriptionError>;
  /** The SubscriptionCheckoutLink as it now stands; null when `errors` is not empty. */
  link: Maybe<SubscriptionCheckoutLink>;
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

/** 维修技师 A technician, with skills, duty and load. */
export type Technician = Node & {
  __typename?: 'Technician';
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 姓名 */
  name: Scalars['String']['output'];
  /** 在岗: auto and grab dispatch reach only technicians on duty. */
  onDuty: Scalars['Boolean']['output'];
  /** Open orders assigned. */
  openOrders: Scalars['Int']['output'];
  /** The repair categories they take (技能). */
  skills: Array<WorkOrderCategory>;
};

/** A page of results with the total count. */
export type TechnicianCountedConnection = {
  __typename?: 'TechnicianCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<TechnicianEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** The input of `technicianDutySet`. 上班 / 下班: a technician starts or ends their shift. */
export type TechnicianDutySetInput = {
  /** true: on duty (在岗), offered new orders; false: off duty. */
  onDuty: Scalars['Boolean']['input'];
};

/** What `technicianDutySet` returns: the result on success, or `errors` saying why nothing changed. */
export type TechnicianDutySetPayload = {
  __typename?: 'TechnicianDutySetPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<WorkOrderSettingsError>;
  /** The Technician as it now stands; null when `errors` is not empty. */
  technician: Maybe<Technician>;
};

/** An edge in a connection. */
export type TechnicianEdge = {
  __typename?: 'TechnicianEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Technician;
};

/** Fields left out stay as they are. */
export type TechnicianProfileSetInput = {
  /** Whether they are on duty (在岗); null: unchanged. */
  onDuty?: InputMaybe<Scalars['Boolean']['input']>;
  /** The repair categories they take (技能); null: unchanged. */
  skills?: InputMaybe<Array<WorkOrderCategory>>;
  /** Global ID of the technician (its `id`). */
  technician: Scalars['ID']['input'];
};

/** What `technicianProfileSet` returns: the result on success, or `errors` saying why nothing changed. */
export type TechnicianProfileSetPayload = {
  __typename?: 'TechnicianProfileSetPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<WorkOrderSettingsError>;
  /** The Technician as it now stands; null when `errors` is not empty. */
  technician: Maybe<Technician>;
};

/** Over the orders assigned to one technician. */
export type TechnicianWorkOrderFigures = {
  __typename?: 'TechnicianWorkOrderFigures';
  /** Their figures. */
  figures: WorkOrderFigures;
  /** The technician's global ID (a StaffMember). */
  technicianId: Scalars['ID']['output'];
  /** The technician's display name. */
  technicianName: Scalars['String']['output'];
};

/** A WeChat template keyword and the value it shows. */
export type TemplateFieldInput = {
  /** The keyword in the WeChat template (thing1, time2 …). */
  key: Scalars['String']['input'];
  /** Which value of the message kind it shows. */
  param: Scalars['String']['input'];
};

/** The provider's template for one kind of message. */
export type TemplateInput = {
  /** WeChat keywords; leave empty for SMS. */
  fields?: Array<TemplateFieldInput>;
  /** The kind of message. */
  kind: MessageKind;
  /** The provider's template id (code). */
  templateId: Scalars['String']['input'];
};

/** One field's text transform. */
export type TransformInput = {
  /** The field. */
  field: Scalars['String']['input'];
  /** remove:<text>, append:<text>, prepend:<text> or upper. */
  step: Scalars['String']['input'];
};

/** 单元 A unit (entrance) of a building. */
export type Unit = Node & {
  __typename?: 'Unit';
  /** The building (楼栋) it belongs to. */
  building: Building;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 单元名称 */
  name: Scalars['String']['output'];
};

/** A page of results with the total count. */
export type UnitCountedConnection = {
  __typename?: 'UnitCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<UnitEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** The input of `unitCreate`. Add a unit (单元) to a building. */
export type UnitCreateInput = {
  /** Global ID of the building (its `id`). */
  building: Scalars['ID']['input'];
  /** 单元名称 */
  name: Scalars['String']['input'];
};

/** What `unitCreate` returns: the result on success, or `errors` saying why nothing changed. */
export type UnitCreatePayload = {
  __typename?: 'UnitCreatePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<UnitError>;
  /** The Unit as it now stands; null when `errors` is not empty. */
  unit: Maybe<Unit>;
};

/** The input of `unitDelete`. Delete a unit; refused while it has houses. */
export type UnitDeleteInput = {
  /** Global ID of the Unit to delete (its `id`). */
  id: Scalars['ID']['input'];
};

/** What `unitDelete` returns: the result on success, or `errors` saying why nothing changed. */
export type UnitDeletePayload = {
  __typename?: 'UnitDeletePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<UnitError>;
  /** The unit as it was. */
  unit: Maybe<Unit>;
};

/** An edge in a connection. */
export type UnitEdge = {
  __typename?: 'UnitEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Unit;
};

/** Why a change to a unit was refused. */
export type UnitError = {
  __typename?: 'UnitError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: UnitErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of UnitError. */
export type UnitErrorCode =
  /** 找不到该楼栋。 */
  | 'BUILDING_NOT_FOUND'
  /** 该单元下还有 {count} 套房屋，请先删除房屋。 */
  | 'HAS_HOUSES'
  /** 仍有其他数据引用该单元，不能删除。 */
  | 'IN_USE'
  /** 该楼栋已有名为“{name}”的单元。 */
  | 'NAME_TAKEN'
  /** 找不到该单元。 */
  | 'NOT_FOUND'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG';

/** The input of `unitUpdate`. Rename a unit. */
export type UnitUpdateInput = {
  /** Global ID of the Unit to update (its `id`). */
  id: Scalars['ID']['input'];
  /** 单元名称 */
  name: Scalars['String']['input'];
};

/** What `unitUpdate` returns: the result on success, or `errors` saying why nothing changed. */
export type UnitUpdatePayload = {
  __typename?: 'UnitUpdatePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<UnitError>;
  /** The Unit as it now stands; null when `errors` is not empty. */
  unit: Maybe<Unit>;
};

/** One word of the file and the value it means (已售 → vacant). */
export type ValueMappingInput = {
  /** A choice field (status, kind, role, gender, elevator, district). */
  field: Scalars['String']['input'];
  /** The value it stands for. */
  value: Scalars['String']['input'];
  /** The word in the file. */
  word: Scalars['String']['input'];
};

/** 车辆 A resident's car, by its normalised plate. */
export type Vehicle = Node & {
  __typename?: 'Vehicle';
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 新能源 (green plate). */
  newEnergy: Scalars['Boolean']['output'];
  /** 车牌号, normalised: 京A12345, 京AD12345 (new energy). */
  plate: Scalars['String']['output'];
  /** 车主 The resident. */
  residentName: Scalars['String']['output'];
};

/** A page of results with the total count. */
export type VehicleCountedConnection = {
  __typename?: 'VehicleCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<VehicleEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type VehicleEdge = {
  __typename?: 'VehicleEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Vehicle;
};

/** 入场 A car passed the entry gate of an area. */
export type VehicleEntryRecordInput = {
  /** Global ID of the area (its `id`). */
  area: Scalars['ID']['input'];
  /** The gate's time; default now. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** As the camera read it; normalised like vehicleRegister's. */
  plate: Scalars['String']['input'];
};

/** The stay the gate event opened or closed. */
export type VehicleEntryRecordPayload = {
  __typename?: 'VehicleEntryRecordPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<ParkingError>;
  /** Null when refused. */
  session: Maybe<ParkingSession>;
};

/** 出场 A car passed the exit gate of an area. */
export type VehicleExitRecordInput = {
  /** Global ID of the area (its `id`). */
  area: Scalars['ID']['input'];
  /** The gate's time; default now. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** As the camera read it; normalised like vehicleRegister's. */
  plate: Scalars['String']['input'];
};

/** The closed stay with its fee. */
export type VehicleExitRecordPayload = {
  __typename?: 'VehicleExitRecordPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<ParkingError>;
  /** Null when refused. */
  session: Maybe<ParkingSession>;
};

/** A resident's car. Owners: their own (leave resident out); staff: a resident's. */
export type VehicleRegisterInput = {
  /** 京A12345, 京AD12345 (new energy); spaces, dots and case are ignored. */
  plate: Scalars['String']['input'];
  /** Global ID of the resident (its `id`). */
  resident?: InputMaybe<Scalars['ID']['input']>;
};

/** The registered car. */
export type VehicleRegisterPayload = {
  __typename?: 'VehicleRegisterPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<ParkingError>;
  /** Null when refused. */
  vehicle: Maybe<Vehicle>;
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

/** 减免 A request to waive part of a bill, and its decision. */
export type Waiver = Node & {
  __typename?: 'Waiver';
  /** 金额（分） */
  amount: Scalars['Yuan']['output'];
  /** The bill (账单) it belongs to. */
  bill: Bill;
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** When it was approved or rejected; null: still pending. */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who approved or rejected it; null: still pending. */
  decidedByName: Maybe<Scalars['String']['output']>;
  /** The approver's note, or why it was rejected. */
  decisionNote: Scalars['String']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** 原因 */
  reason: Scalars['String']['output'];
  /** The staff member who asked for it. */
  requestedByName: Scalars['String']['output'];
  /** 状态 */
  status: WaiverStatus;
};

/** The input of `waiverApprove`. Approve someone else's waiver request: it is applied to the bill's unpaid lines. */
export type WaiverApproveInput = {
  /** Global ID of the Waiver to approve (its `id`). */
  id: Scalars['ID']['input'];
  /** The approver's note; optional. */
  note?: Scalars['String']['input'];
};

/** What `waiverApprove` returns: the result on success, or `errors` saying why nothing changed. */
export type WaiverApprovePayload = {
  __typename?: 'WaiverApprovePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<WaiverError>;
  /** The Waiver as it now stands; null when `errors` is not empty. */
  waiver: Maybe<Waiver>;
};

/** A page of results with the total count. */
export type WaiverCountedConnection = {
  __typename?: 'WaiverCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<WaiverEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type WaiverEdge = {
  __typename?: 'WaiverEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Waiver;
};

/** Why a waiver request or decision was refused. */
export type WaiverError = {
  __typename?: 'WaiverError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: WaiverErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of WaiverError. */
export type WaiverErrorCode =
  /** 金额须大于 0。 */
  | 'AMOUNT_NOT_POSITIVE'
  /** 该账单已作废。 */
  | 'BILL_CANCELLED'
  /** 找不到该账单。 */
  | 'BILL_NOT_FOUND'
  /** 减免金额不能超过账单未缴金额 {balance} 元（含待审批的减免）。 */
  | 'EXCEEDS_BALANCE'
  /** 找不到该减免申请。 */
  | 'NOT_FOUND'
  /** 该申请已处理。 */
  | 'NOT_PENDING'
  /** 请填写原因。 */
  | 'REASON_REQUIRED'
  /** 减免须由申请人以外的人审批。 */
  | 'SAME_PERSON'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG';

/** The input of `waiverReject`. Reject someone else's waiver request, saying why; the bill is unchanged. */
export type WaiverRejectInput = {
  /** Global ID of the Waiver to reject (its `id`). */
  id: Scalars['ID']['input'];
  /** Why; required. */
  note: Scalars['String']['input'];
};

/** What `waiverReject` returns: the result on success, or `errors` saying why nothing changed. */
export type WaiverRejectPayload = {
  __typename?: 'WaiverRejectPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<WaiverError>;
  /** The Waiver as it now stands; null when `errors` is not empty. */
  waiver: Maybe<Waiver>;
};

/** The input of `waiverRequest`. Ask to waive (减免) part of a bill, with a reason; someone else approves or rejects it. */
export type WaiverRequestInput = {
  /** Up to what is unpaid (pending requests count). */
  amount: Scalars['Yuan']['input'];
  /** Global ID of the bill (its `id`). */
  bill: Scalars['ID']['input'];
  /** 原因 */
  reason: Scalars['String']['input'];
};

/** What `waiverRequest` returns: the result on success, or `errors` saying why nothing changed. */
export type WaiverRequestPayload = {
  __typename?: 'WaiverRequestPayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<WaiverError>;
  /** The Waiver as it now stands; null when `errors` is not empty. */
  waiver: Maybe<Waiver>;
};

/** Where a waiver request (减免申请) stands. */
export type WaiverStatus =
  /** 已批准 */
  | 'APPROVED'
  /** 待审批 */
  | 'PENDING'
  /** 已驳回 */
  | 'REJECTED';

/** The channel and the one-time code WeChat gave the front end. */
export type WechatBindInput = {
  /** WECHAT_SUBSCRIBE with the code of wx.login() in the mini program; WECHAT_TEMPLATE with the code the official account's web-page authorisation (snsapi_base) redirected with. */
  channel: MessageChannel;
  /** The code, used once and within five minutes. */
  code: Scalars['String']['input'];
};

/** 微信绑定 Whether messages reach your account in the company's official account or mini program. */
export type WechatBinding = {
  __typename?: 'WechatBinding';
  /** True when the company has switched this channel on. */
  available: Scalars['Boolean']['output'];
  /** True when your account is bound to a WeChat user there. */
  bound: Scalars['Boolean']['output'];
  /** When it was bound (+08:00); null: not bound. */
  boundAt: Maybe<Scalars['DateTime']['output']>;
  /** WECHAT_TEMPLATE: the official account (公众号); WECHAT_SUBSCRIBE: the mini program (小程序). */
  channel: MessageChannel;
};

/** Why binding or unbinding WeChat was refused. */
export type WechatBindingError = {
  __typename?: 'WechatBindingError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: WechatBindingErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of WechatBindingError. WECHAT_UNAVAILABLE is worth retrying (with a new code from WeChat if the old one is over five minutes old); CODE_INVALID and CODE_USED need a new code. */
export type WechatBindingErrorCode =
  /** 只能绑定公众号或小程序。 */
  | 'CHANNEL_NOT_WECHAT'
  /** 微信登录凭证无效或已过期，请重新授权。 */
  | 'CODE_INVALID'
  /** 该微信登录凭证已使用过，请重新授权。 */
  | 'CODE_USED'
  /** 该渠道尚未绑定微信。 */
  | 'NOT_BOUND'
  /** 该微信已绑定本物业的另一个账户，请先在那个账户解除绑定。 */
  | 'OPENID_BOUND_ELSEWHERE'
  /** 绑定请求过于频繁，请稍后再试。 */
  | 'RATE_LIMITED'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 物业尚未开通该微信渠道。 */
  | 'WECHAT_NOT_CONFIGURED'
  /** 微信拒绝了请求（错误码 {errcode}），请联系物业检查微信设置。 */
  | 'WECHAT_REFUSED'
  /** 微信暂时繁忙或无法连接，请稍后重试。 */
  | 'WECHAT_UNAVAILABLE';

/** What `wechatBind`, `wechatUnbind` returns: the result on success, or `errors` saying why nothing changed. */
export type WechatBindingPayload = {
  __typename?: 'WechatBindingPayload';
  /** The WechatBinding as it now stands; null when `errors` is not empty. */
  binding: Maybe<WechatBinding>;
  /** Why nothing was changed; empty on success. */
  errors: Array<WechatBindingError>;
};

/** The channel to stop receiving messages on. */
export type WechatUnbindInput = {
  /** WECHAT_TEMPLATE or WECHAT_SUBSCRIBE. */
  channel: MessageChannel;
};

/** 报修工单 A repair work order. */
export type WorkOrder = Node & {
  __typename?: 'WorkOrder';
  /** 接单时间 */
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  /** 派单时间 */
  assignedAt: Maybe<Scalars['DateTime']['output']>;
  /** The technician, if any. */
  assigneeName: Maybe<Scalars['String']['output']>;
  /** The building (of the house, or of the public area). */
  building: Maybe<Building>;
  /** 类别 */
  category: WorkOrderCategory;
  /** 结束时间 — 评价、关闭或取消的时间 */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** The community (小区) it belongs to. */
  community: Community;
  /** 完成时限 */
  completeBy: Scalars['DateTime']['output'];
  /** 完工时间 */
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** 联系人 */
  contactName: Scalars['String']['output'];
  /** Masked as 138****5678 unless you reported it, it is assigned to you, or you may see personal information in its community. */
  contactPhone: Scalars['String']['output'];
  /** 提交时间 */
  createdAt: Scalars['DateTime']['output'];
  /** 问题描述 */
  description: Scalars['String']['output'];
  /** 派单方式 */
  dispatchMode: DispatchMode;
  /** 升级时间 */
  escalatedAt: Maybe<Scalars['DateTime']['output']>;
  /** Deadlines missed and escalated so far: 0–3. */
  escalationLevel: Scalars['Int']['output'];
  /** Null for a public area. */
  house: Maybe<House>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** Missed a deadline at some point. */
  isOverdue: Scalars['Boolean']['output'];
  /** The public-area place, or a room of the house; may be empty. */
  location: Scalars['String']['output'];
  /** 工单号, e.g. BX20261128-42. */
  number: Scalars['String']['output'];
  /** 到场时间 */
  onSiteAt: Maybe<Scalars['DateTime']['output']>;
  /** 到场时限 */
  onSiteBy: Scalars['DateTime']['output'];
  /** 首次超时 */
  overdueAt: Maybe<Scalars['DateTime']['output']>;
  /** Photos of the problem and of the repair. */
  photos: Array<WorkOrderPhoto>;
  /** Where, for people: 3号楼1单元1502, or 3号楼 2号电梯. */
  place: Scalars['String']['output'];
  /** 期望上门时间 */
  preferredVisitAt: Maybe<Scalars['DateTime']['output']>;
  /** 优先级 */
  priority: WorkOrderPriority;
  /** 评价时间 */
  ratedAt: Maybe<Scalars['DateTime']['output']>;
  /** 1–5 stars from the owner. */
  rating: Maybe<Scalars['Int']['output']>;
  /** 评价 */
  ratingComment: Scalars['String']['output'];
  /** 返修时间 */
  reopenedAt: Maybe<Scalars['DateTime']['output']>;
  /** 响应时限 */
  respondBy: Scalars['DateTime']['output'];
  /** 状态 */
  state: WorkOrderState;
  /** Oldest first. */
  timeline: Array<WorkOrderEvent>;
};

/** The input of `workOrderAccept`. 接单: accept an order assigned to you, or take an order offered to you (抢单); ALREADY_TAKEN when another technician was faster. */
export type WorkOrderAcceptInput = {
  /** Global ID of the WorkOrder to accept (its `id`). */
  id: Scalars['ID']['input'];
};

/** The order, accepted by the caller. */
export type WorkOrderAcceptPayload = {
  __typename?: 'WorkOrderAcceptPayload';
  /** Why the move was refused; empty when it was made. */
  errors: Array<WorkOrderError>;
  /** The order after the move. */
  workOrder: Maybe<WorkOrder>;
};

/** What happened at one step of the timeline. */
export type WorkOrderAction =
  /** 接单 */
  | 'ACCEPTED'
  /** 到场 */
  | 'ARRIVED'
  /** 派单 */
  | 'ASSIGNED'
  /** 取消 */
  | 'CANCELLED'
  /** 关闭 */
  | 'CLOSED'
  /** 完工 */
  | 'COMPLETED'
  /** 超时升级 */
  | 'ESCALATED'
  /** 推送抢单 */
  | 'OFFERED'
  /** 评价 */
  | 'RATED'
  /** 返修 */
  | 'REOPENED'
  /** 提交报修 */
  | 'SUBMITTED';

/** The input of `workOrderArrive`. 到场: you are at the place. */
export type WorkOrderArriveInput = {
  /** Global ID of the WorkOrder to arrive (its `id`). */
  id: Scalars['ID']['input'];
  /** Up to 500 characters. */
  note?: Scalars['String']['input'];
};

/** The order, with the technician on site. */
export type WorkOrderArrivePayload = {
  __typename?: 'WorkOrderArrivePayload';
  /** Why the move was refused; empty when it was made. */
  errors: Array<WorkOrderError>;
  /** The order after the move. */
  workOrder: Maybe<WorkOrder>;
};

/** The input of `workOrderAssign`. 派单: give the order to a technician of its community (or to another one). */
export type WorkOrderAssignInput = {
  /** Global ID of the WorkOrder to assign (its `id`). */
  id: Scalars['ID']['input'];
  /** A word for the technician; optional. */
  note?: Scalars['String']['input'];
  /** A Technician ID from technicians(). */
  technician: Scalars['ID']['input'];
};

/** The order with its new assignee. */
export type WorkOrderAssignPayload = {
  __typename?: 'WorkOrderAssignPayload';
  /** Why the move was refused; empty when it was made. */
  errors: Array<WorkOrderError>;
  /** The order after the move. */
  workOrder: Maybe<WorkOrder>;
};

/** The input of `workOrderCancel`. 取消, before a technician is on site: the owner who reported it, or the service desk. */
export type WorkOrderCancelInput = {
  /** Global ID of the WorkOrder to cancel (its `id`). */
  id: Scalars['ID']['input'];
  /** Required, up to 200 characters. */
  reason: Scalars['String']['input'];
};

/** The cancelled order. */
export type WorkOrderCancelPayload = {
  __typename?: 'WorkOrderCancelPayload';
  /** Why the move was refused; empty when it was made. */
  errors: Array<WorkOrderError>;
  /** The order after the move. */
  workOrder: Maybe<WorkOrder>;
};

/** 报修类别 What kind of repair. */
export type WorkOrderCategory =
  /** 门禁 */
  | 'ACCESS_CONTROL'
  /** 门窗 */
  | 'DOORS_WINDOWS'
  /** 电路 */
  | 'ELECTRICAL'
  /** 电梯 */
  | 'ELEVATOR'
  /** 其他 */
  | 'OTHER'
  /** 水暖 */
  | 'PLUMBING'
  /** 公共区域 */
  | 'PUBLIC_AREA';

/** The input of `workOrderClose`. 关闭 a completed order without waiting for a rating. */
export type WorkOrderCloseInput = {
  /** Global ID of the WorkOrder to close (its `id`). */
  id: Scalars['ID']['input'];
  /** Up to 500 characters. */
  note?: Scalars['String']['input'];
};

/** The closed order. */
export type WorkOrderClosePayload = {
  __typename?: 'WorkOrderClosePayload';
  /** Why the move was refused; empty when it was made. */
  errors: Array<WorkOrderError>;
  /** The order after the move. */
  workOrder: Maybe<WorkOrder>;
};

/** The input of `workOrderComplete`. 完工: the repair is done; say what was done in the note. */
export type WorkOrderCompleteInput = {
  /** Global ID of the WorkOrder to complete (its `id`). */
  id: Scalars['ID']['input'];
  /** What was done, up to 500 characters. */
  note?: Scalars['String']['input'];
};

/** The completed order. */
export type WorkOrderCompletePayload = {
  __typename?: 'WorkOrderCompletePayload';
  /** Why the move was refused; empty when it was made. */
  errors: Array<WorkOrderError>;
  /** The order after the move. */
  workOrder: Maybe<WorkOrder>;
};

/** A page of results with the total count. */
export type WorkOrderCountedConnection = {
  __typename?: 'WorkOrderCountedConnection';
  /** Contains the nodes in this connection */
  edges: Array<WorkOrderEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type WorkOrderEdge = {
  __typename?: 'WorkOrderEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: WorkOrder;
};

/** Why reporting or changing a work order was refused. */
export type WorkOrderError = {
  __typename?: 'WorkOrderError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: WorkOrderErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of WorkOrderError. */
export type WorkOrderErrorCode =
  /** 手慢了，该工单已被其他师傅接走。 */
  | 'ALREADY_TAKEN'
  /** 该楼栋不属于所选小区。 */
  | 'BUILDING_NOT_IN_COMMUNITY'
  /** 找不到该小区。 */
  | 'COMMUNITY_NOT_FOUND'
  /** 联系电话须是报修人本人或该户在住住户的电话。 */
  | 'CONTACT_NOT_OF_HOUSE'
  /** 房屋报修须留联系电话（报修人本人或该户住户），维修师傅上门前要联系。 */
  | 'CONTACT_REQUIRED'
  /** 找不到该房屋，或您不是该房屋的住户。 */
  | 'HOUSE_NOT_FOUND'
  /** 房屋报修和公共区域报修只能选其一。 */
  | 'HOUSE_OR_AREA'
  /** 工单当前为“{current}”，不能变为“{target}”。 */
  | 'ILLEGAL_TRANSITION'
  /** 该工单未派给您。 */
  | 'NOT_ASSIGNEE'
  /** 找不到该工单。 */
  | 'NOT_FOUND'
  /** 只有报修人可以这样做。 */
  | 'NOT_REPORTER'
  /** 请输入有效的中国大陆手机号（11 位，以 13–19 开头）。 */
  | 'PHONE_INVALID'
  /** 每张照片不能超过 {limit} MB。 */
  | 'PHOTO_TOO_LARGE'
  /** 照片须为 JPEG、PNG、WebP 或 HEIC/HEIF 格式。 */
  | 'PHOTO_TYPE_NOT_ALLOWED'
  /** 请选择房屋，或填写公共区域的位置（楼栋或具体位置）。 */
  | 'PLACE_REQUIRED'
  /** 评分须为 1–5 星。 */
  | 'RATING_OUT_OF_RANGE'
  /** 完工已超过 {days} 天，不能再申请返修，请重新报修。 */
  | 'REOPEN_WINDOW_CLOSED'
  /** 此项为必填项。 */
  | 'REQUIRED'
  /** 该人员不是此小区的维修技师。 */
  | 'TECHNICIAN_NOT_FOUND'
  /** 不能超过 {limit} 个字符。 */
  | 'TOO_LONG'
  /** 最多上传 {limit} 张照片。 */
  | 'TOO_MANY_PHOTOS'
  /** 期望上门时间不能早于现在。 */
  | 'VISIT_TIME_PAST';

/** 时间线 One step of a work order: who did what, when, from which state to which. The same type in WorkOrder.timeline and in the workOrderEvents subscription. */
export type WorkOrderEvent = {
  __typename?: 'WorkOrderEvent';
  /** What was done (操作). */
  action: WorkOrderAction;
  /** Who did it, as named then; 系统 for dispatch and the SLA sweep. */
  actorName: Scalars['String']['output'];
  /** When it happened. */
  createdAt: Scalars['DateTime']['output'];
  /** Null for the submission. */
  fromState: Maybe<WorkOrderState>;
  /** The reason, the work done, the rating comment…; may be empty. */
  note: Scalars['String']['output'];
  /** The state this step moved the order to. */
  toState: WorkOrderState;
};

/** Figures over a set of work orders. */
export type WorkOrderFigures = {
  __typename?: 'WorkOrderFigures';
  /** Submission → completed. */
  averageCompletionMinutes: Maybe<Scalars['Float']['output']>;
  /** Submission → technician on site. */
  averageOnSiteMinutes: Maybe<Scalars['Float']['output']>;
  /** 满意度: average stars of rated orders. */
  averageRating: Maybe<Scalars['Float']['output']>;
  /** Submission → accepted, on average. */
  averageResponseMinutes: Maybe<Scalars['Float']['output']>;
  /** Every state, in the order of WorkOrderState. */
  byState: Array<WorkOrderStateCount>;
  /** Orders that missed a deadline ÷ orders not cancelled, 0–1; null without orders. */
  overdueRate: Maybe<Scalars['Float']['output']>;
  /** How many orders were rated. */
  rated: Scalars['Int']['output'];
  /** How many orders, in every state. */
  total: Scalars['Int']['output'];
};

/** 现场照片 A photo attached to a work order. */
export type WorkOrderPhoto = {
  __typename?: 'WorkOrderPhoto';
  /** image/jpeg, image/png, image/webp, image/heic or image/heif. */
  contentType: Scalars['String']['output'];
  /** When it was recorded (创建时间, +08:00). */
  createdAt: Scalars['DateTime']['output'];
  /** A JPEG every browser shows: the copy stored beside a HEIC/HEIF photo, the photo itself for other types (same host, same credentials). */
  jpegUrl: Scalars['String']['output'];
  /** Bytes. */
  size: Scalars['Int']['output'];
  /** Where to GET it (same host, same credentials). */
  url: Scalars['String']['output'];
};

/** 报修规则 The company's rules for repairs. */
export type WorkOrderPolicy = {
  __typename?: 'WorkOrderPolicy';
  /** How long after completion the owner may reopen; unrated orders close after it. */
  reopenDays: Scalars['Int']['output'];
  /** One per priority: URGENT, NORMAL, LOW. */
  sla: Array<SlaTerms>;
};

/** Fields left out stay as they are. */
export type WorkOrderPolicyUpdateInput = {
  /** 1–30. */
  reopenDays?: InputMaybe<Scalars['Int']['input']>;
  /** Priorities to change. */
  sla?: Array<SlaTermsInput>;
};

/** What `workOrderPolicyUpdate` returns: the result on success, or `errors` saying why nothing changed. */
export type WorkOrderPolicyUpdatePayload = {
  __typename?: 'WorkOrderPolicyUpdatePayload';
  /** Why nothing was changed; empty on success. */
  errors: Array<WorkOrderSettingsError>;
  /** The WorkOrderPolicy as it now stands; null when `errors` is not empty. */
  policy: Maybe<WorkOrderPolicy>;
};

/** 紧急程度 Sets the deadlines (SLA). */
export type WorkOrderPriority =
  /** 不急 */
  | 'LOW'
  /** 普通 */
  | 'NORMAL'
  /** 紧急 */
  | 'URGENT';

/** The input of `workOrderRate`. 评价: 1–5 stars for a completed order you reported. */
export type WorkOrderRateInput = {
  /** What the owner says about the repair; optional. */
  comment?: Scalars['String']['input'];
  /** Global ID of the WorkOrder to rate (its `id`). */
  id: Scalars['ID']['input'];
  /** 1–5. */
  stars: Scalars['Int']['input'];
};

/** The rated order. */
export type WorkOrderRatePayload = {
  __typename?: 'WorkOrderRatePayload';
  /** Why the move was refused; empty when it was made. */
  errors: Array<WorkOrderError>;
  /** The order after the move. */
  workOrder: Maybe<WorkOrder>;
};

/** The input of `workOrderReopen`. 返修: send a completed order you reported back to its technician, within the reopen window. */
export type WorkOrderReopenInput = {
  /** Global ID of the WorkOrder to reopen (its `id`). */
  id: Scalars['ID']['input'];
  /** What is still wrong; required, up to 200 characters. */
  reason: Scalars['String']['input'];
};

/** The reopened order. */
export type WorkOrderReopenPayload = {
  __typename?: 'WorkOrderReopenPayload';
  /** Why the move was refused; empty when it was made. */
  errors: Array<WorkOrderError>;
  /** The order after the move. */
  workOrder: Maybe<WorkOrder>;
};

/** Why a change to the repair rules was refused. */
export type WorkOrderSettingsError = {
  __typename?: 'WorkOrderSettingsError';
  /** What was refused, for the client to branch on (the message is for people). */
  code: WorkOrderSettingsErrorCode;
  /** The input field at fault, in camelCase; null when the refusal is about the input as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Why, in the caller's language (Chinese, or English with Accept-Language: en). */
  message: Scalars['String']['output'];
};

/** Codes of WorkOrderSettingsError. */
export type WorkOrderSettingsErrorCode =
  /** 找不到该小区。 */
  | 'COMMUNITY_NOT_FOUND'
  /** 时限须满足：响应 ≤ 到场 ≤ 完成。 */
  | 'DEADLINES_OUT_OF_ORDER'
  /** 时限须在 1 至 {limit} 分钟之间。 */
  | 'MINUTES_OUT_OF_RANGE'
  /** 该人员不是维修技师。 */
  | 'NOT_A_TECHNICIAN'
  /** 同一优先级只能设置一次。 */
  | 'PRIORITY_REPEATED'
  /** 返修期须在 {low} 至 {high} 天之间。 */
  | 'REOPEN_DAYS_OUT_OF_RANGE';

/** 工单状态 */
export type WorkOrderState =
  /** 已接单 */
  | 'ACCEPTED'
  /** 待接单 */
  | 'ASSIGNED'
  /** 已取消 */
  | 'CANCELLED'
  /** 已关闭 */
  | 'CLOSED'
  /** 已完工 */
  | 'COMPLETED'
  /** 维修中 */
  | 'ON_SITE'
  /** 已评价 */
  | 'RATED'
  /** 返修 */
  | 'REOPENED'
  /** 待派单 */
  | 'SUBMITTED';

/** How many orders are in one state. */
export type WorkOrderStateCount = {
  __typename?: 'WorkOrderStateCount';
  /** How many orders are in it now. */
  count: Scalars['Int']['output'];
  /** The state (工单状态). */
  state: WorkOrderState;
};

/** 工单统计 Repair figures over a time window. */
export type WorkOrderStatistics = {
  __typename?: 'WorkOrderStatistics';
  /** Communities with orders, by name. */
  communities: Array<CommunityWorkOrderFigures>;
  /** Over every order counted. */
  overall: WorkOrderFigures;
  /** Technicians with orders, by name. */
  technicians: Array<TechnicianWorkOrderFigures>;
};

/** 报修 Owners: a house they live in. Staff: a house, or a public area of a community (community plus a building and/or a location such as 2号电梯). */
export type WorkOrderSubmitInput = {
  /** For a public area. */
  building?: InputMaybe<Scalars['ID']['input']>;
  /** 类别 */
  category: WorkOrderCategory;
  /** For a public area. */
  community?: InputMaybe<Scalars['ID']['input']>;
  /** Owners: defaults to themselves. */
  contactName?: Scalars['String']['input'];
  /** Mainland mobile; owners: defaults to theirs. */
  contactPhone?: Scalars['String']['input'];
  /** What is wrong, up to 500 characters. */
  description: Scalars['String']['input'];
  /** Global ID of the house (its `id`). */
  house?: InputMaybe<Scalars['ID']['input']>;
  /** The public-area place, or a room: 厨房. */
  location?: Scalars['String']['input'];
  /** Up to 9 JPEG, PNG or WebP images of at most 5 MB each (GraphQL multipart request). */
  photos?: Array<Scalars['Upload']['input']>;
  /** 期望上门时间 */
  preferredVisitAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** 优先级 */
  priority?: WorkOrderPriority;
};

/** The order as recorded and dispatched. */
export type WorkOrderSubmitPayload = {
  __typename?: 'WorkOrderSubmitPayload';
  /** Why the move was refused; empty when it was made. */
  errors: Array<WorkOrderError>;
  /** The order after the move. */
  workOrder: Maybe<WorkOrder>;
};

/** One step of a work order, pushed to subscribers: the step (as in WorkOrder.timeline) and the order as it is now. */
export type WorkOrderUpdate = {
  __typename?: 'WorkOrderUpdate';
  /** The assigned technician's name; null: none yet. */
  assigneeName: Maybe<Scalars['String']['output']>;
  /** What kind of repair (报修类别). */
  category: WorkOrderCategory;
  /** The community's name (小区名称). */
  communityName: Scalars['String']['output'];
  /** The step that happened. */
  event: WorkOrderEvent;
  /** True when it has missed a deadline (超时). */
  isOverdue: Scalars['Boolean']['output'];
  /** The order's number (工单号), e.g. BX20261128-42. */
  number: Scalars['String']['output'];
  /** The house, or the public-area place, as one line of text. */
  place: Scalars['String']['output'];
  /** How urgent it is. */
  priority: WorkOrderPriority;
  /** The order's state now (this step's toState, or later). */
  state: WorkOrderState;
  /** The order's global ID (a WorkOrder). */
  workOrderId: Scalars['ID']['output'];
};
