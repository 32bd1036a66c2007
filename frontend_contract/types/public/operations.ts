/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from './schema';

export type BookDemoMutationVariables = Exact<{
  input: Types.BookDemoInput;
}>;


export type BookDemoMutation = { bookDemo: { errors: Array<{ field: string | null, message: string, code: Types.DemoBookingErrorCode }>, demoBooking: { id: string, status: Types.DemoBookingStatus, preferredTime: string } | null } };

export type DemoBookingAcknowledgeMutationVariables = Exact<{
  input: Types.DemoBookingAcknowledgeInput;
}>;


export type DemoBookingAcknowledgeMutation = { demoBookingAcknowledge: { errors: Array<{ field: string | null, message: string, code: Types.DemoBookingErrorCode }>, demoBooking: { id: string, acknowledgedAt: string | null, acknowledgedByName: string | null } | null } };

export type DemoBookingScheduleMutationVariables = Exact<{
  input: Types.DemoBookingScheduleInput;
}>;


export type DemoBookingScheduleMutation = { demoBookingSchedule: { errors: Array<{ field: string | null, message: string, code: Types.DemoBookingErrorCode }>, demoBooking: { id: string, status: Types.DemoBookingStatus, scheduledAt: string | null, meetingUrl: string, presenterName: string | null, acknowledgedByName: string | null } | null } };

export type DemoBookingCloseMutationVariables = Exact<{
  input: Types.DemoBookingCloseInput;
}>;


export type DemoBookingCloseMutation = { demoBookingClose: { errors: Array<{ field: string | null, message: string, code: Types.DemoBookingErrorCode }>, demoBooking: { id: string, status: Types.DemoBookingStatus } | null } };

export type ConsoleDemoBookingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: Types.DemoBookingStatus | null | undefined;
  unacknowledged?: boolean | null | undefined;
}>;


export type ConsoleDemoBookingsQuery = { demoBookings: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, companyName: string, contactName: string, phone: string, email: string, city: string, housesManaged: number | null, notes: string, preferredTime: string, status: Types.DemoBookingStatus, scheduledAt: string | null, meetingUrl: string, presenterName: string | null, createdAt: string, acknowledgedAt: string | null, acknowledgedByName: string | null } }> } };

export type ConsolePaymentGatewaysQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsolePaymentGatewaysQuery = { paymentGatewaySettings: Array<{ gateway: Types.PaymentGateway, configured: boolean, enabled: boolean, notifyUrl: string, testOk: boolean | null, fields: Array<{ name: string, last4: string }> }> };

export type ConsolePaymentGatewayConfigureMutationVariables = Exact<{
  input: Types.PaymentGatewayConfigureInput;
}>;


export type ConsolePaymentGatewayConfigureMutation = { paymentGatewayConfigure: { errors: Array<{ field: string | null, code: Types.PaymentGatewaySettingsErrorCode, message: string }>, setting: { gateway: Types.PaymentGateway, configured: boolean } | null } };

export type ConsolePaymentGatewayTestMutationVariables = Exact<{
  gateway: Types.PaymentGateway;
}>;


export type ConsolePaymentGatewayTestMutation = { paymentGatewayTest: { ok: boolean, errors: Array<{ code: Types.PaymentGatewaySettingsErrorCode, message: string }> } };

export type ConsoleTenantResultFragment = { errors: Array<{ field: string | null, message: string, code: Types.TenantErrorCode }>, tenant: { id: string, status: Types.TenantStatus, trialEndsAt: string | null, paidUntil: string | null, suspendedAt: string | null, suspensionReason: string, plan: { code: string } | null } | null };

export type TenantTrialExtendMutationVariables = Exact<{
  input: Types.TenantTrialExtendInput;
}>;


export type TenantTrialExtendMutation = { tenantTrialExtend: { errors: Array<{ field: string | null, message: string, code: Types.TenantErrorCode }>, tenant: { id: string, status: Types.TenantStatus, trialEndsAt: string | null, paidUntil: string | null, suspendedAt: string | null, suspensionReason: string, plan: { code: string } | null } | null } };

export type TenantConvertToPaidMutationVariables = Exact<{
  input: Types.TenantConvertToPaidInput;
}>;


export type TenantConvertToPaidMutation = { tenantConvertToPaid: { errors: Array<{ field: string | null, message: string, code: Types.TenantErrorCode }>, tenant: { id: string, status: Types.TenantStatus, trialEndsAt: string | null, paidUntil: string | null, suspendedAt: string | null, suspensionReason: string, plan: { code: string } | null } | null } };

export type TenantSuspendMutationVariables = Exact<{
  input: Types.TenantSuspendInput;
}>;


export type TenantSuspendMutation = { tenantSuspend: { errors: Array<{ field: string | null, message: string, code: Types.TenantErrorCode }>, tenant: { id: string, status: Types.TenantStatus, trialEndsAt: string | null, paidUntil: string | null, suspendedAt: string | null, suspensionReason: string, plan: { code: string } | null } | null } };

export type TenantReactivateMutationVariables = Exact<{
  input: Types.TenantReactivateInput;
}>;


export type TenantReactivateMutation = { tenantReactivate: { errors: Array<{ field: string | null, message: string, code: Types.TenantErrorCode }>, tenant: { id: string, status: Types.TenantStatus, trialEndsAt: string | null, paidUntil: string | null, suspendedAt: string | null, suspensionReason: string, plan: { code: string } | null } | null } };

export type ConsoleTenantsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: Types.TenantStatus | null | undefined;
  suspended?: boolean | null | undefined;
  search?: string | null | undefined;
}>;


export type ConsoleTenantsQuery = { tenants: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, status: Types.TenantStatus, isTrialExpired: boolean, trialEndsAt: string | null, paidUntil: string | null, suspendedAt: string | null, suspensionReason: string, domains: Array<string>, url: string | null, contactName: string, contactPhone: string, city: string, housesManaged: number | null, createdAt: string, plan: { code: string, name: string } | null, usage: { users: number, communities: number, houses: number } } }> } };

export type PlansQueryVariables = Exact<{ [key: string]: never; }>;


export type PlansQuery = { plans: Array<{ code: string, name: string, nameEn: string, monthlyPrice: string, maxHouses: number | null, description: string }> };

export type SignUpForTrialMutationVariables = Exact<{
  input: Types.SignUpForTrialInput;
}>;


export type SignUpForTrialMutation = { signUpForTrial: { tenantUrl: string | null, graphqlUrl: string | null, slug: string | null, apiToken: string | null, adminUsername: string | null, errors: Array<{ field: string | null, message: string, code: Types.SignUpErrorCode }> } };

export type SubscriptionCheckoutMutationVariables = Exact<{
  token: string;
  gateway: Types.PaymentGateway;
  channel: Types.PaymentChannel;
  returnUrl?: string | null | undefined;
}>;


export type SubscriptionCheckoutMutation = { subscriptionCheckout: { errors: Array<{ field: string | null, code: Types.SubscriptionErrorCode, message: string }>, order: { outTradeNo: string, gateway: Types.PaymentGateway, channel: Types.PaymentChannel, state: Types.PaymentOrderState, amount: string, plan: string, months: number, expiresAt: string } | null, checkout: { qrCodeUrl: string | null, redirectUrl: string | null, orderString: string | null, clientSecret: string | null, isRealMoney: boolean, label: string } | null } };

export type SubscriptionOrderQueryVariables = Exact<{
  token: string;
  outTradeNo: string;
}>;


export type SubscriptionOrderQuery = { subscriptionOrder: { outTradeNo: string, state: Types.PaymentOrderState, amount: string, plan: string, months: number, paidAt: string | null } | null };

export type VendorLoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type VendorLoginMutation = { login: { token: string | null, expiresAt: string | null, errors: Array<{ field: string | null, message: string, code: Types.AuthErrorCode }>, viewer: { username: string, displayName: string, isStaff: boolean } | null } };
