/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from './schema';

export type MissedInspectionRoundsQueryVariables = Exact<{
  community?: string | null | undefined;
  since?: string | null | undefined;
}>;


export type MissedInspectionRoundsQuery = { inspectionRounds: { totalCount: number | null, edges: Array<{ node: { id: string, day: string, shiftName: string, state: Types.InspectionRoundState, assigneeName: string | null, stopsTotal: number, visitedCount: number, missedCount: number, abnormalCount: number, plan: { id: string, name: string }, stops: Array<{ position: number, status: Types.RoundStopStatus, checkpoint: { name: string } }> } }> } };

export type MaintenanceGapsQueryVariables = Exact<{
  community?: string | null | undefined;
}>;


export type MaintenanceGapsQuery = { maintenanceGaps: { totalCount: number | null, edges: Array<{ node: { id: string, level: Types.MaintenanceGapLevel, sinceOn: string, gapDays: number, recordedOn: string, equipment: { id: string, code: string, name: string, place: string } } }> } };

export type ComplianceCalendarQueryVariables = Exact<{
  community: string;
  since: string;
  until: string;
}>;


export type ComplianceCalendarQuery = { complianceCalendar: Array<{ day: string, kind: Types.ComplianceEntryKind, equipment: string, equipmentCode: string, equipmentName: string, maintenanceOrder: string | null, certificateKind: Types.CertificateKind | null, certificateNumber: string | null }> };

export type InspectionPlanCreateMutationVariables = Exact<{
  input: Types.InspectionPlanCreateInput;
}>;


export type InspectionPlanCreateMutation = { inspectionPlanCreate: { errors: Array<{ field: string | null, message: string, code: Types.InspectionErrorCode }>, inspectionPlan: { id: string, name: string, startsOn: string, isActive: boolean, rosterNames: Array<string>, shifts: Array<{ name: string, startsAt: unknown, durationMinutes: number }> } | null } };

export type MyInspectionRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInspectionRoundsQuery = { myInspectionRounds: { totalCount: number | null, edges: Array<{ node: { id: string, shiftName: string, startsAt: string, endsAt: string, state: Types.InspectionRoundState, stopsTotal: number, visitedCount: number, abnormalCount: number, route: { id: string, name: string }, stops: Array<{ position: number, status: Types.RoundStopStatus, scannedAt: string | null, checkpoint: { id: string, name: string, latitude: number, longitude: number, radiusM: number } }> } }> } };

export type CheckpointScanMutationVariables = Exact<{
  input: Types.CheckpointScanInput;
}>;


export type CheckpointScanMutation = { checkpointScan: { created: boolean, errors: Array<{ field: string | null, message: string, code: Types.InspectionErrorCode }>, scan: { id: string, result: Types.ScanResult, anomalies: Array<Types.ScanAnomaly>, distanceM: number, round: { id: string, state: Types.InspectionRoundState, visitedCount: number } | null, fault: { id: string, workOrder: { id: string, number: string } } | null } | null } };

export type MyMaintenanceOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMaintenanceOrdersQuery = { maintenanceOrders: { totalCount: number | null, edges: Array<{ node: { id: string, dueOn: string, state: Types.MaintenanceOrderState, equipment: { id: string, code: string, name: string, place: string }, rule: { id: string, name: string, minPhotos: number, checklist: Array<{ item: string, required: boolean }> } } }> } };

export type MaintenanceOrderCompleteMutationVariables = Exact<{
  input: Types.MaintenanceOrderCompleteInput;
}>;


export type MaintenanceOrderCompleteMutation = { maintenanceOrderComplete: { errors: Array<{ field: string | null, message: string, code: Types.MaintenanceErrorCode }>, maintenanceOrder: { id: string, state: Types.MaintenanceOrderState, completedOn: string | null, signerName: string, signedByName: string | null, photos: Array<{ url: string, jpegUrl: string }> } | null } };

export type EstatesBuildingFieldsFragment = { id: string, name: string, floorsAbove: number, floorsBelow: number, elevators: number, community: { id: string, name: string } };

export type EstatesBuildingCreateMutationVariables = Exact<{
  input: Types.BuildingCreateInput;
}>;


export type EstatesBuildingCreateMutation = { buildingCreate: { housesCreated: number, errors: Array<{ field: string | null, message: string, code: Types.BuildingErrorCode }>, building: { id: string, name: string, floorsAbove: number, floorsBelow: number, elevators: number, community: { id: string, name: string } } | null } };

export type EstatesBuildingCopyMutationVariables = Exact<{
  input: Types.BuildingCopyInput;
}>;


export type EstatesBuildingCopyMutation = { buildingCopy: { housesCreated: number, errors: Array<{ field: string | null, message: string, code: Types.BuildingErrorCode }>, building: { id: string, name: string, floorsAbove: number, floorsBelow: number, elevators: number, community: { id: string, name: string } } | null } };

export type EstatesBuildingUpdateMutationVariables = Exact<{
  input: Types.BuildingUpdateInput;
}>;


export type EstatesBuildingUpdateMutation = { buildingUpdate: { errors: Array<{ field: string | null, message: string, code: Types.BuildingErrorCode }>, building: { id: string, name: string, floorsAbove: number, floorsBelow: number, elevators: number, community: { id: string, name: string } } | null } };

export type EstatesBuildingDeleteMutationVariables = Exact<{
  input: Types.BuildingDeleteInput;
}>;


export type EstatesBuildingDeleteMutation = { buildingDelete: { errors: Array<{ field: string | null, message: string, code: Types.BuildingErrorCode }>, building: { id: string } | null } };

export type EstatesUnitCreateMutationVariables = Exact<{
  input: Types.UnitCreateInput;
}>;


export type EstatesUnitCreateMutation = { unitCreate: { errors: Array<{ field: string | null, message: string, code: Types.UnitErrorCode }>, unit: { id: string, name: string, building: { id: string } } | null } };

export type EstatesUnitUpdateMutationVariables = Exact<{
  input: Types.UnitUpdateInput;
}>;


export type EstatesUnitUpdateMutation = { unitUpdate: { errors: Array<{ field: string | null, message: string, code: Types.UnitErrorCode }>, unit: { id: string, name: string } | null } };

export type EstatesUnitDeleteMutationVariables = Exact<{
  input: Types.UnitDeleteInput;
}>;


export type EstatesUnitDeleteMutation = { unitDelete: { errors: Array<{ field: string | null, message: string, code: Types.UnitErrorCode }>, unit: { id: string } | null } };

export type EstatesBuildingsQueryVariables = Exact<{
  community?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EstatesBuildingsQuery = { buildings: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, floorsAbove: number, floorsBelow: number, elevators: number, community: { id: string, name: string } } }> } };

export type EstatesUnitsQueryVariables = Exact<{
  building?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EstatesUnitsQuery = { units: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, building: { id: string, name: string } } }> } };

export type EstatesCommunitiesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  district?: Types.District | null | undefined;
  search?: string | null | undefined;
}>;


export type EstatesCommunitiesQuery = { communities: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, address: string, district: Types.District, totalFloorArea: string | null, handoverDate: string | null, createdAt: string } }> } };

export type EstatesCommunityFieldsFragment = { id: string, name: string, address: string, district: Types.District, totalFloorArea: string | null, handoverDate: string | null };

export type EstatesCommunityCreateMutationVariables = Exact<{
  input: Types.CommunityCreateInput;
}>;


export type EstatesCommunityCreateMutation = { communityCreate: { errors: Array<{ field: string | null, message: string, code: Types.CommunityErrorCode }>, community: { id: string, name: string, address: string, district: Types.District, totalFloorArea: string | null, handoverDate: string | null } | null } };

export type EstatesCommunityUpdateMutationVariables = Exact<{
  input: Types.CommunityUpdateInput;
}>;


export type EstatesCommunityUpdateMutation = { communityUpdate: { errors: Array<{ field: string | null, message: string, code: Types.CommunityErrorCode }>, community: { id: string, name: string, address: string, district: Types.District, totalFloorArea: string | null, handoverDate: string | null } | null } };

export type EstatesCommunityDeleteMutationVariables = Exact<{
  input: Types.CommunityDeleteInput;
}>;


export type EstatesCommunityDeleteMutation = { communityDelete: { errors: Array<{ field: string | null, message: string, code: Types.CommunityErrorCode }>, community: { id: string } | null } };

export type EstatesCommunityStatisticsQueryVariables = Exact<{
  community: string;
}>;


export type EstatesCommunityStatisticsQuery = { communityStatistics: { totalHouses: number, occupiedHouses: number, occupiableHouses: number, occupancyRate: string | null, totalBuildingArea: string, community: { id: string, name: string }, housesByStatus: Array<{ status: Types.HouseStatus, count: number, buildingArea: string }> } | null };

export type EstatesHouseFieldsFragment = { id: string, roomNumber: string, floor: number, layout: string, buildingArea: string, usableArea: string, kind: Types.HouseKind, status: Types.HouseStatus, community: { id: string, name: string }, building: { id: string, name: string }, unit: { id: string, name: string } };

export type EstatesHouseCreateMutationVariables = Exact<{
  input: Types.HouseCreateInput;
}>;


export type EstatesHouseCreateMutation = { houseCreate: { errors: Array<{ field: string | null, message: string, code: Types.HouseErrorCode }>, house: { id: string, roomNumber: string, floor: number, layout: string, buildingArea: string, usableArea: string, kind: Types.HouseKind, status: Types.HouseStatus, community: { id: string, name: string }, building: { id: string, name: string }, unit: { id: string, name: string } } | null } };

export type EstatesHouseUpdateMutationVariables = Exact<{
  input: Types.HouseUpdateInput;
}>;


export type EstatesHouseUpdateMutation = { houseUpdate: { errors: Array<{ field: string | null, message: string, code: Types.HouseErrorCode }>, house: { id: string, roomNumber: string, floor: number, layout: string, buildingArea: string, usableArea: string, kind: Types.HouseKind, status: Types.HouseStatus, community: { id: string, name: string }, building: { id: string, name: string }, unit: { id: string, name: string } } | null } };

export type EstatesHouseDeleteMutationVariables = Exact<{
  input: Types.HouseDeleteInput;
}>;


export type EstatesHouseDeleteMutation = { houseDelete: { errors: Array<{ field: string | null, message: string, code: Types.HouseErrorCode }>, house: { id: string } | null } };

export type EstatesHousesQueryVariables = Exact<{
  filter?: Types.HouseFilter | null | undefined;
  orderBy?: Array<Types.HouseOrderBy> | Types.HouseOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EstatesHousesQuery = { houses: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, roomNumber: string, floor: number, layout: string, buildingArea: string, usableArea: string, kind: Types.HouseKind, status: Types.HouseStatus, community: { id: string, name: string }, building: { id: string, name: string }, unit: { id: string, name: string }, currentOccupancies: Array<{ id: string, role: Types.OccupancyRole, isPrimaryContact: boolean, resident: { id: string, name: string } | null }> } }> } };

export type EstatesHouseQueryVariables = Exact<{
  id: string;
}>;


export type EstatesHouseQuery = { node:
    | { id: string, roomNumber: string, floor: number, layout: string, buildingArea: string, usableArea: string, kind: Types.HouseKind, status: Types.HouseStatus, createdAt: string, community: { id: string, name: string, address: string, district: Types.District }, building: { id: string, name: string, floorsAbove: number, floorsBelow: number }, unit: { id: string, name: string }, currentOccupancies: Array<{ id: string, role: Types.OccupancyRole, isPrimaryContact: boolean, moveIn: string, resident: { id: string, name: string } | null }> }
    | Record<PropertyKey, never>
   | null };

export type EstatesMyHousesQueryVariables = Exact<{ [key: string]: never; }>;


export type EstatesMyHousesQuery = { houses: { edges: Array<{ node: { id: string, roomNumber: string, floor: number, layout: string, buildingArea: string, usableArea: string, kind: Types.HouseKind, status: Types.HouseStatus, community: { id: string, name: string, address: string }, building: { id: string, name: string }, unit: { id: string, name: string }, currentOccupancies: Array<{ id: string, role: Types.OccupancyRole, isPrimaryContact: boolean, moveIn: string }> } }> } };

export type FinanceBillingRunPreviewQueryVariables = Exact<{
  input: Types.BillingRunInput;
}>;


export type FinanceBillingRunPreviewQuery = { billingRunPreview: { preview: { period: string, dueDate: string, houses: number, newBills: number, newLines: number, newAmount: string, items: Array<{ lines: number, amount: string, newLines: number, newAmount: string, feeItem: { id: string, name: string } }> } | null, errors: Array<{ field: string | null, message: string, code: Types.BillingErrorCode }> } };

export type FinanceBillingRunCreateMutationVariables = Exact<{
  input: Types.BillingRunInput;
}>;


export type FinanceBillingRunCreateMutation = { billingRunCreate: { billingRun: { period: string, billsCreated: number, linesCreated: number, amount: string, housesSettled: number, createdAt: string } | null, errors: Array<{ field: string | null, message: string, code: Types.BillingErrorCode }> } };

export type FinanceBillsQueryVariables = Exact<{
  filter?: Types.BillFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FinanceBillsQuery = { bills: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, period: string, dueDate: string, status: Types.BillStatus, amount: string, lateFee: string, total: string, paid: string, waived: string, balance: string, house: { id: string, roomNumber: string }, community: { id: string, name: string }, building: { id: string, name: string } } }> } };

export type FinanceBillQueryVariables = Exact<{
  id: string;
}>;


export type FinanceBillQuery = { bill: { id: string, period: string, dueDate: string, status: Types.BillStatus, amount: string, lateFee: string, total: string, paid: string, waived: string, balance: string, createdAt: string, house: { id: string, roomNumber: string, building: { name: string }, unit: { name: string } }, lines: Array<{ id: string, description: string, quantity: string, unitPrice: string, months: number, amount: string, paid: string, waived: string, balance: string, feeItem: { id: string, name: string, kind: Types.FeeKind } }> } | null };

export type FinanceHouseFinanceQueryVariables = Exact<{
  house: string;
}>;


export type FinanceHouseFinanceQuery = { houseFinance: { prepaidBalance: string, outstanding: string, overdue: string, openBills: number } | null };

export type FinanceBillCancelMutationVariables = Exact<{
  input: Types.BillCancelInput;
}>;


export type FinanceBillCancelMutation = { billCancel: { bill: { id: string, status: Types.BillStatus, cancelledAt: string | null, cancelReason: string } | null, errors: Array<{ field: string | null, message: string, code: Types.BillErrorCode }> } };

export type FinanceFeeItemsQueryVariables = Exact<{
  community?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FinanceFeeItemsQuery = { feeItems: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, kind: Types.FeeKind, meterType: Types.MeterType | null, unitPrice: string, cycle: Types.BillingCycle, roundingMode: Types.RoundingMode, roundingUnit: Types.RoundingUnit, houseKinds: Array<Types.HouseKind>, effectiveFrom: string, effectiveTo: string | null, sortOrder: number, communities: Array<{ id: string, name: string }>, buildings: Array<{ id: string, name: string }> } }> } };

export type FinanceFeeItemCreateMutationVariables = Exact<{
  input: Types.FeeItemCreateInput;
}>;


export type FinanceFeeItemCreateMutation = { feeItemCreate: { feeItem: { id: string, name: string, kind: Types.FeeKind, unitPrice: string, cycle: Types.BillingCycle } | null, errors: Array<{ field: string | null, message: string, code: Types.FeeItemErrorCode }> } };

export type FinanceFeeItemUpdateMutationVariables = Exact<{
  input: Types.FeeItemUpdateInput;
}>;


export type FinanceFeeItemUpdateMutation = { feeItemUpdate: { feeItem: { id: string, name: string, kind: Types.FeeKind, unitPrice: string, cycle: Types.BillingCycle, effectiveTo: string | null } | null, errors: Array<{ field: string | null, message: string, code: Types.FeeItemErrorCode }> } };

export type FinanceMeterReadingsQueryVariables = Exact<{
  community?: string | null | undefined;
  house?: string | null | undefined;
  meterType?: Types.MeterType | null | undefined;
  period?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FinanceMeterReadingsQuery = { meterReadings: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, meterType: Types.MeterType, period: string, reading: string, previousReading: string | null, consumption: string, isReplacement: boolean, createdAt: string, house: { id: string, roomNumber: string, building: { name: string }, unit: { name: string } } } }> } };

export type FinanceMeterReadingRecordMutationVariables = Exact<{
  input: Types.MeterReadingRecordInput;
}>;


export type FinanceMeterReadingRecordMutation = { meterReadingRecord: { meterReading: { id: string, period: string, reading: string, previousReading: string | null, consumption: string, isReplacement: boolean } | null, errors: Array<{ field: string | null, message: string, code: Types.MeterReadingErrorCode }> } };

export type FinancePaymentRecordMutationVariables = Exact<{
  input: Types.PaymentRecordInput;
}>;


export type FinancePaymentRecordMutation = { paymentRecord: { payment: { id: string, receiptNo: number, amount: string, method: Types.PaymentMethod, receivedAt: string, cashierName: string, payerName: string, reference: string, toPrepaid: string, allocations: Array<{ amount: string, bill: { id: string, period: string }, billLine: { description: string } | null }> } | null, errors: Array<{ field: string | null, message: string, code: Types.PaymentErrorCode }> } };

export type FinancePaymentReverseMutationVariables = Exact<{
  input: Types.PaymentReverseInput;
}>;


export type FinancePaymentReverseMutation = { paymentReverse: { reversal: { id: string, receiptNo: number, amount: string, reason: string, reversalOf: { id: string, receiptNo: number } | null } | null, errors: Array<{ field: string | null, message: string, code: Types.PaymentErrorCode }> } };

export type FinancePaymentsQueryVariables = Exact<{
  house?: string | null | undefined;
  community?: string | null | undefined;
  method?: Types.PaymentMethod | null | undefined;
  receiptNo?: number | null | undefined;
  dateFrom?: string | null | undefined;
  dateTo?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FinancePaymentsQuery = { payments: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, receiptNo: number, amount: string, method: Types.PaymentMethod, receivedAt: string, cashierName: string, payerName: string, reference: string, reason: string, reversed: boolean, toPrepaid: string, house: { id: string, roomNumber: string }, reversalOf: { id: string, receiptNo: number } | null } }> } };

export type FinancePolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type FinancePolicyQuery = { financePolicy: { billDueDays: number, lateFeeEnabled: boolean, lateFeeDailyRate: string, lateFeeGraceDays: number } };

export type FinancePolicyUpdateMutationVariables = Exact<{
  input: Types.FinancePolicyUpdateInput;
}>;


export type FinancePolicyUpdateMutation = { financePolicyUpdate: { financePolicy: { billDueDays: number, lateFeeEnabled: boolean, lateFeeDailyRate: string, lateFeeGraceDays: number } | null, errors: Array<{ field: string | null, message: string, code: Types.FinancePolicyErrorCode }> } };

export type FinanceCollectionReportQueryVariables = Exact<{
  communities?: Array<string> | string | null | undefined;
  building?: string | null | undefined;
  periodFrom?: string | null | undefined;
  periodTo?: string | null | undefined;
  asOf?: string | null | undefined;
  byBuilding: boolean;
  byPeriod: boolean;
}>;


export type FinanceCollectionReportQuery = { collectionReport: { asOf: string, downloadUrl: string, rows: Array<{ period: string | null, bills: number, billed: string, lateFee: string, paid: string, waived: string, outstanding: string, rate: string | null, community: { id: string, name: string } | null, building: { id: string, name: string } | null }>, total: { bills: number, billed: string, lateFee: string, paid: string, waived: string, outstanding: string, rate: string | null } } };

export type FinanceArrearsAgingReportQueryVariables = Exact<{
  communities?: Array<string> | string | null | undefined;
  building?: string | null | undefined;
  asOf?: string | null | undefined;
  byBuilding: boolean;
}>;


export type FinanceArrearsAgingReportQuery = { arrearsAgingReport: { asOf: string, downloadUrl: string, rows: Array<{ housesInArrears: number, notDue: string, days0To30: string, days31To90: string, days91To180: string, over180Days: string, overdue: string, outstanding: string, community: { id: string, name: string } | null, building: { id: string, name: string } | null }>, total: { housesInArrears: number, notDue: string, days0To30: string, days31To90: string, days91To180: string, over180Days: string, overdue: string, outstanding: string } } };

export type FinanceIncomeReportQueryVariables = Exact<{
  dateFrom: string;
  dateTo: string;
  communities?: Array<string> | string | null | undefined;
  building?: string | null | undefined;
}>;


export type FinanceIncomeReportQuery = { incomeReport: { dateFrom: string, dateTo: string, total: string, downloadUrl: string, byFeeItem: Array<{ kind: Types.IncomeKind, label: string, amount: string, feeItem: { id: string } | null }>, byMethod: Array<{ method: Types.PaymentMethod, payments: number, received: string, reversals: number, reversed: string, net: string }> } };

export type FinanceDailyCashReportQueryVariables = Exact<{
  day?: string | null | undefined;
  communities?: Array<string> | string | null | undefined;
}>;


export type FinanceDailyCashReportQuery = { dailyCashReport: { day: string, total: string, downloadUrl: string, rows: Array<{ cashierName: string, method: Types.PaymentMethod, payments: number, received: string, reversals: number, reversed: string, net: string, firstReceiptNo: number, lastReceiptNo: number }> } };

export type FinanceWaiverRequestMutationVariables = Exact<{
  input: Types.WaiverRequestInput;
}>;


export type FinanceWaiverRequestMutation = { waiverRequest: { waiver: { id: string, amount: string, reason: string, status: Types.WaiverStatus, requestedByName: string } | null, errors: Array<{ field: string | null, message: string, code: Types.WaiverErrorCode }> } };

export type FinanceWaiverApproveMutationVariables = Exact<{
  input: Types.WaiverApproveInput;
}>;


export type FinanceWaiverApproveMutation = { waiverApprove: { waiver: { id: string, status: Types.WaiverStatus, decidedByName: string | null, decidedAt: string | null, bill: { id: string, status: Types.BillStatus, balance: string } } | null, errors: Array<{ field: string | null, message: string, code: Types.WaiverErrorCode }> } };

export type FinanceWaiverRejectMutationVariables = Exact<{
  input: Types.WaiverRejectInput;
}>;


export type FinanceWaiverRejectMutation = { waiverReject: { waiver: { id: string, status: Types.WaiverStatus, decisionNote: string, decidedByName: string | null } | null, errors: Array<{ field: string | null, message: string, code: Types.WaiverErrorCode }> } };

export type FinanceWaiversQueryVariables = Exact<{
  status?: Types.WaiverStatus | null | undefined;
  community?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FinanceWaiversQuery = { waivers: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, amount: string, reason: string, status: Types.WaiverStatus, requestedByName: string, decidedByName: string | null, decidedAt: string | null, decisionNote: string, createdAt: string, bill: { id: string, period: string, balance: string, house: { id: string, roomNumber: string } } } }> } };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string | null, expiresAt: string | null, errors: Array<{ field: string | null, message: string, code: Types.AuthErrorCode }>, viewer: { username: string, displayName: string, phone: string, isStaff: boolean } | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { ok: boolean } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { username: string, displayName: string, email: string, phone: string, isStaff: boolean, isSuperuser: boolean, dateJoined: string } };

export type NotificationsQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: Types.NotificationKind, title: string, body: string, target: string | null, isRead: boolean, readAt: string | null, createdAt: string } }> } };

export type NotificationsMarkReadMutationVariables = Exact<{
  input: Types.NotificationsMarkReadInput;
}>;


export type NotificationsMarkReadMutation = { notificationsMarkRead: { marked: number, errors: Array<{ field: string | null, message: string, code: Types.NotificationErrorCode }> } };

export type MyNotificationsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationsSubscription = { myNotifications: { id: string, kind: Types.NotificationKind, title: string, body: string, target: string | null, isRead: boolean, createdAt: string } };

export type OwnerBillsPayMutationVariables = Exact<{
  bills: Array<string> | string;
  gateway: Types.PaymentGateway;
  channel: Types.PaymentChannel;
  returnUrl?: string | null | undefined;
}>;


export type OwnerBillsPayMutation = { billsPay: { errors: Array<{ field: string | null, code: Types.BillsPayErrorCode, message: string }>, order: { id: string, outTradeNo: string, amount: string, state: Types.PaymentOrderState, expiresAt: string, isRealMoney: boolean, label: string } | null, checkout: { gateway: Types.PaymentGateway, channel: Types.PaymentChannel, qrCodeUrl: string | null, redirectUrl: string | null, orderString: string | null, clientSecret: string | null, isRealMoney: boolean, label: string } | null } };

export type OwnerPaymentOrderQueryVariables = Exact<{
  outTradeNo: string;
}>;


export type OwnerPaymentOrderQuery = { paymentOrder: { id: string, outTradeNo: string, state: Types.PaymentOrderState, amount: string, paidAt: string | null, expiresAt: string, refundDue: boolean, label: string, checkout: { channel: Types.PaymentChannel, qrCodeUrl: string | null, redirectUrl: string | null, orderString: string | null, clientSecret: string | null } | null } | null };

export type OwnerMyPaymentOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OwnerMyPaymentOrdersQuery = { paymentOrders: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, outTradeNo: string, gateway: Types.PaymentGateway, channel: Types.PaymentChannel, state: Types.PaymentOrderState, amount: string, subject: string, createdAt: string, paidAt: string | null, label: string } }> } };

export type OwnerCommunityOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OwnerCommunityOptionsQuery = { registrationCommunityOptions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, address: string } }> } };

export type OwnerMyConsentGiveMutationVariables = Exact<{
  input: Types.MyConsentGiveInput;
}>;


export type OwnerMyConsentGiveMutation = { myConsentGive: { errors: Array<{ field: string | null, message: string, code: Types.ConsentErrorCode }>, consent: { id: string, purpose: Types.ConsentPurpose, noticeVersion: string, grantedAt: string, isActive: boolean } | null } };

export type OwnerMyConsentWithdrawMutationVariables = Exact<{
  input: Types.MyConsentWithdrawInput;
}>;


export type OwnerMyConsentWithdrawMutation = { myConsentWithdraw: { errors: Array<{ field: string | null, message: string, code: Types.ConsentErrorCode }>, consent: { id: string, purpose: Types.ConsentPurpose, withdrawnAt: string | null, isActive: boolean } | null } };

export type OwnerHouseOptionsQueryVariables = Exact<{
  community: string;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OwnerHouseOptionsQuery = { registrationHouseOptions: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, buildingName: string, unitName: string, roomNumber: string, floor: number } }> } };

export type OwnerMyBillsQueryVariables = Exact<{
  filter?: Types.BillFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OwnerMyBillsQuery = { bills: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, period: string, dueDate: string, status: Types.BillStatus, total: string, paid: string, waived: string, balance: string, lateFee: string, house: { id: string, roomNumber: string, community: { name: string }, building: { name: string }, unit: { name: string } }, lines: Array<{ id: string, description: string, quantity: string, unitPrice: string, months: number, amount: string, paid: string, waived: string, balance: string }> } }> } };

export type OwnerBillQueryVariables = Exact<{
  id: string;
}>;


export type OwnerBillQuery = { bill: { id: string, period: string, dueDate: string, status: Types.BillStatus, amount: string, lateFee: string, total: string, paid: string, waived: string, balance: string, lines: Array<{ id: string, description: string, quantity: string, unitPrice: string, months: number, amount: string, paid: string, waived: string, balance: string }> } | null };

export type OwnerHouseFinanceQueryVariables = Exact<{
  house: string;
}>;


export type OwnerHouseFinanceQuery = { houseFinance: { prepaidBalance: string, outstanding: string, overdue: string, openBills: number } | null };

export type OwnerMyConsentsQueryVariables = Exact<{
  activeOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OwnerMyConsentsQuery = { myConsents: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, purpose: Types.ConsentPurpose, noticeVersion: string, channel: Types.ConsentChannel, grantedAt: string, withdrawnAt: string | null, isActive: boolean, isSensitive: boolean } }> } };

export type OwnerMyHousesQueryVariables = Exact<{ [key: string]: never; }>;


export type OwnerMyHousesQuery = { residents: { edges: Array<{ node: { id: string, name: string, phone: string, householdSize: number, occupancies: Array<{ id: string, role: Types.OccupancyRole, moveIn: string, moveOut: string | null, isActive: boolean, isPrimaryContact: boolean, house: { id: string, roomNumber: string, layout: string, buildingArea: string, community: { name: string, address: string }, building: { name: string }, unit: { name: string } } | null }> } }> } };

export type OwnerMyPaymentsQueryVariables = Exact<{
  house?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OwnerMyPaymentsQuery = { payments: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, receiptNo: number, amount: string, method: Types.PaymentMethod, receivedAt: string, cashierName: string, payerName: string, reversed: boolean, toPrepaid: string, reversalOf: { receiptNo: number } | null, house: { id: string, roomNumber: string }, allocations: Array<{ amount: string, bill: { id: string, period: string }, billLine: { description: string } | null }> } }> } };

export type OwnerMyRegistrationRequestsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OwnerMyRegistrationRequestsQuery = { myRegistrationRequests: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, role: Types.OccupancyRole, status: Types.RegistrationStatus, rejectReason: string, reviewedAt: string | null, createdAt: string, house: { communityName: string, buildingName: string, unitName: string, roomNumber: string } } }> } };

export type OwnerMyWorkOrdersQueryVariables = Exact<{
  openOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OwnerMyWorkOrdersQuery = { workOrders: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, state: Types.WorkOrderState, category: Types.WorkOrderCategory, priority: Types.WorkOrderPriority, description: string, place: string, assigneeName: string | null, createdAt: string, completedAt: string | null, rating: number | null, photos: Array<{ url: string }> } }> } };

export type OwnerParkingQueryVariables = Exact<{ [key: string]: never; }>;


export type OwnerParkingQuery = { vehicles: { edges: Array<{ node: { id: string, plate: string, newEnergy: boolean } }> }, parkingSpaces: { edges: Array<{ node: { id: string, number: string, kind: Types.ParkingSpaceKind, area: { name: string } } }> }, parkingRights: { edges: Array<{ node: { id: string, kind: Types.ParkingRightKind, state: Types.ParkingRightState, start: string, end: string | null, space: { number: string, area: { name: string } }, vehicle: { plate: string } | null } }> }, parkingApplications: { edges: Array<{ node: { id: string, number: number, state: Types.ParkingApplicationState, isOwner: boolean, months: number, start: string, offerExpiresAt: string | null, reason: string, createdAt: string, vehicle: { plate: string }, space: { number: string, area: { name: string } } | null, community: { name: string } } }> }, parkingAreas: { edges: Array<{ node: { id: string, name: string, kind: Types.ParkingAreaKind, community: { name: string } } }> }, parkingLotteries: { edges: Array<{ node: { id: string, seed: string, candidates: Array<number>, ranking: Array<number>, drawnAt: string, community: { name: string } } }> } };

export type OwnerParkingDisclosureQueryVariables = Exact<{
  community: string;
  minutes?: number | null | undefined;
}>;


export type OwnerParkingDisclosureQuery = { parkingDisclosure: { owned: number, rented: number, reserved: number, free: number, temporary: number, tariffs: Array<{ validFrom: string, freeMinutes: number, unitMinutes: number, unitPrice: string, dailyCap: string | null, area: { name: string }, quote: { amount: string } }> } };

export type OwnerParkingStaysQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OwnerParkingStaysQuery = { parkingSessions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, plate: string, enteredAt: string, exitedAt: string | null, fee: string | null, paidAt: string | null, area: { name: string }, quote: { amount: string, items: Array<{ label: string, units: number, amount: string, capped: boolean }> } | null } }> } };

export type OwnerVehicleRegisterMutationVariables = Exact<{
  plate: string;
}>;


export type OwnerVehicleRegisterMutation = { vehicleRegister: { errors: Array<{ field: string | null, message: string, code: Types.ParkingErrorCode }>, vehicle: { id: string, plate: string, newEnergy: boolean } | null } };

export type OwnerParkingApplicationSubmitMutationVariables = Exact<{
  input: Types.ParkingApplicationSubmitInput;
}>;


export type OwnerParkingApplicationSubmitMutation = { parkingApplicationSubmit: { errors: Array<{ field: string | null, message: string, code: Types.ParkingErrorCode }>, application: { id: string, number: number, state: Types.ParkingApplicationState, isOwner: boolean, months: number, start: string } | null } };

export type OwnerParkingApplicationCancelMutationVariables = Exact<{
  id: string;
  reason?: string | null | undefined;
}>;


export type OwnerParkingApplicationCancelMutation = { parkingApplicationCancel: { errors: Array<{ field: string | null, message: string, code: Types.ParkingErrorCode }>, application: { id: string, state: Types.ParkingApplicationState, space: { number: string, occupied: boolean } | null } | null } };

export type OwnerParkingOfferPayMutationVariables = Exact<{
  id: string;
  gateway: Types.PaymentGateway;
  channel: Types.PaymentChannel;
  returnUrl?: string | null | undefined;
}>;


export type OwnerParkingOfferPayMutation = { parkingOfferPay: { errors: Array<{ field: string | null, message: string, code: Types.ParkingErrorCode }>, order: { id: string, outTradeNo: string, amount: string, state: Types.PaymentOrderState, expiresAt: string, isRealMoney: boolean, label: string } | null, checkout: { gateway: Types.PaymentGateway, channel: Types.PaymentChannel, qrCodeUrl: string | null, redirectUrl: string | null, orderString: string | null, clientSecret: string | null, isRealMoney: boolean, label: string } | null } };

export type OwnerParkingPassRenewMutationVariables = Exact<{
  right: string;
  months: number;
  gateway: Types.PaymentGateway;
  channel: Types.PaymentChannel;
  returnUrl?: string | null | undefined;
}>;


export type OwnerParkingPassRenewMutation = { parkingPassRenew: { errors: Array<{ field: string | null, message: string, code: Types.ParkingErrorCode }>, order: { id: string, outTradeNo: string, amount: string, state: Types.PaymentOrderState, subject: string, expiresAt: string, isRealMoney: boolean, label: string } | null, checkout: { gateway: Types.PaymentGateway, channel: Types.PaymentChannel, qrCodeUrl: string | null, redirectUrl: string | null, orderString: string | null, clientSecret: string | null, isRealMoney: boolean, label: string } | null } };

export type OwnerParkingSessionPayMutationVariables = Exact<{
  id: string;
  gateway: Types.PaymentGateway;
  channel: Types.PaymentChannel;
  returnUrl?: string | null | undefined;
}>;


export type OwnerParkingSessionPayMutation = { parkingSessionPay: { errors: Array<{ field: string | null, message: string, code: Types.ParkingErrorCode }>, order: { id: string, outTradeNo: string, amount: string, state: Types.PaymentOrderState, expiresAt: string, isRealMoney: boolean, label: string } | null, checkout: { gateway: Types.PaymentGateway, channel: Types.PaymentChannel, qrCodeUrl: string | null, redirectUrl: string | null, orderString: string | null, clientSecret: string | null, isRealMoney: boolean, label: string } | null } };

export type OwnerRegistrationRequestCreateMutationVariables = Exact<{
  input: Types.RegistrationRequestCreateInput;
}>;


export type OwnerRegistrationRequestCreateMutation = { registrationRequestCreate: { errors: Array<{ field: string | null, message: string, code: Types.RegistrationErrorCode }>, registrationRequest: { id: string, status: Types.RegistrationStatus, role: Types.OccupancyRole, createdAt: string, house: { communityName: string, buildingName: string, unitName: string, roomNumber: string } } | null } };

export type OwnerSignUpMutationVariables = Exact<{
  input: Types.OwnerSignUpInput;
}>;


export type OwnerSignUpMutation = { ownerSignUp: { token: string | null, expiresAt: string | null, errors: Array<{ field: string | null, message: string, code: Types.OwnerSignUpErrorCode }>, viewer: { username: string, displayName: string, phone: string, isStaff: boolean } | null } };

export type OwnerSmsCodeSendMutationVariables = Exact<{
  phone: string;
}>;


export type OwnerSmsCodeSendMutation = { smsCodeSend: { expiresAt: string | null, resendAfter: string | null, errors: Array<{ field: string | null, message: string, code: Types.OwnerSignUpErrorCode }> } };

export type OwnerWorkOrderQueryVariables = Exact<{
  id: string;
}>;


export type OwnerWorkOrderQuery = { workOrder: { id: string, number: string, state: Types.WorkOrderState, category: Types.WorkOrderCategory, priority: Types.WorkOrderPriority, description: string, place: string, contactName: string, contactPhone: string, preferredVisitAt: string | null, assigneeName: string | null, createdAt: string, acceptedAt: string | null, onSiteAt: string | null, completedAt: string | null, rating: number | null, ratingComment: string, isOverdue: boolean, photos: Array<{ url: string, contentType: string }>, timeline: Array<{ action: Types.WorkOrderAction, fromState: Types.WorkOrderState | null, toState: Types.WorkOrderState, note: string, actorName: string, createdAt: string }> } | null };

export type OwnerWorkOrderCancelMutationVariables = Exact<{
  input: Types.WorkOrderCancelInput;
}>;


export type OwnerWorkOrderCancelMutation = { workOrderCancel: { errors: Array<{ field: string | null, message: string, code: Types.WorkOrderErrorCode }>, workOrder: { id: string, state: Types.WorkOrderState, closedAt: string | null } | null } };

export type OwnerWorkOrderRateMutationVariables = Exact<{
  input: Types.WorkOrderRateInput;
}>;


export type OwnerWorkOrderRateMutation = { workOrderRate: { errors: Array<{ field: string | null, message: string, code: Types.WorkOrderErrorCode }>, workOrder: { id: string, state: Types.WorkOrderState, rating: number | null, ratingComment: string } | null } };

export type OwnerWorkOrderReopenMutationVariables = Exact<{
  input: Types.WorkOrderReopenInput;
}>;


export type OwnerWorkOrderReopenMutation = { workOrderReopen: { errors: Array<{ field: string | null, message: string, code: Types.WorkOrderErrorCode }>, workOrder: { id: string, state: Types.WorkOrderState, reopenedAt: string | null, assigneeName: string | null } | null } };

export type OwnerWorkOrderEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OwnerWorkOrderEventsSubscription = { workOrderEvents: { workOrderId: string, number: string, state: Types.WorkOrderState, assigneeName: string | null, place: string, event: { action: Types.WorkOrderAction, fromState: Types.WorkOrderState | null, toState: Types.WorkOrderState, note: string, actorName: string, createdAt: string } } };

export type OwnerWorkOrderSubmitMutationVariables = Exact<{
  input: Types.WorkOrderSubmitInput;
}>;


export type OwnerWorkOrderSubmitMutation = { workOrderSubmit: { errors: Array<{ field: string | null, message: string, code: Types.WorkOrderErrorCode }>, workOrder: { id: string, number: string, state: Types.WorkOrderState, category: Types.WorkOrderCategory, priority: Types.WorkOrderPriority, description: string, place: string, contactName: string, contactPhone: string, preferredVisitAt: string | null, respondBy: string, onSiteBy: string, completeBy: string, createdAt: string, assigneeName: string | null, photos: Array<{ url: string, contentType: string, size: number }> } | null } };

export type ParkingAreasQueryVariables = Exact<{
  community?: string | null | undefined;
}>;


export type ParkingAreasQuery = { parkingAreas: { edges: Array<{ node: { id: string, name: string, kind: Types.ParkingAreaKind, capacity: number, spaceCount: number, occupiedCount: number, community: { name: string } } }> } };

export type ParkingSpacesQueryVariables = Exact<{
  area?: string | null | undefined;
  kinds?: Array<Types.ParkingSpaceKind> | Types.ParkingSpaceKind | null | undefined;
  occupied?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ParkingSpacesQuery = { parkingSpaces: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, kind: Types.ParkingSpaceKind, ownerName: string | null, occupied: boolean, area: { name: string } } }> } };

export type ParkingApplicationsToReviewQueryVariables = Exact<{
  community?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ParkingApplicationsToReviewQuery = { parkingApplications: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: number, state: Types.ParkingApplicationState, isOwner: boolean, months: number, start: string, applicantName: string, createdAt: string, vehicle: { plate: string }, community: { name: string } } }> } };

export type ParkingRightsQueryVariables = Exact<{
  community?: string | null | undefined;
  space?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ParkingRightsQuery = { parkingRights: { totalCount: number | null, edges: Array<{ node: { id: string, kind: Types.ParkingRightKind, state: Types.ParkingRightState, start: string, end: string | null, holderName: string, space: { number: string }, vehicle: { plate: string } | null } }> } };

export type ParkingVehiclesQueryVariables = Exact<{
  plate?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ParkingVehiclesQuery = { vehicles: { totalCount: number | null, edges: Array<{ node: { id: string, plate: string, newEnergy: boolean, residentName: string } }> } };

export type ParkingLotteriesQueryVariables = Exact<{
  community?: string | null | undefined;
}>;


export type ParkingLotteriesQuery = { parkingLotteries: { edges: Array<{ node: { id: string, seed: string, candidates: Array<number>, ranking: Array<number>, drawnAt: string } }> } };

export type ParkingTariffsQueryVariables = Exact<{
  area?: string | null | undefined;
  inForce?: boolean | null | undefined;
  minutes?: number | null | undefined;
}>;


export type ParkingTariffsQuery = { parkingTariffs: { edges: Array<{ node: { id: string, validFrom: string, validTo: string | null, freeMinutes: number, unitMinutes: number, unitPrice: string, dailyCap: string | null, chargePartUnits: boolean, overrideReason: string, setByName: string, area: { name: string }, quote: { minutes: number, amount: string, items: Array<{ label: string, minutes: number, units: number, amount: string, capped: boolean }> } } }> } };

export type ParkingDisclosureQueryVariables = Exact<{
  community: string;
}>;


export type ParkingDisclosureQuery = { parkingDisclosure: { owned: number, rented: number, reserved: number, free: number, temporary: number, tariffs: Array<{ id: string, validFrom: string, freeMinutes: number, unitMinutes: number, unitPrice: string, dailyCap: string | null, chargePartUnits: boolean, area: { name: string } }> } };

export type ParkingSessionsQueryVariables = Exact<{
  area?: string | null | undefined;
  plate?: string | null | undefined;
  inside?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ParkingSessionsQuery = { parkingSessions: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, plate: string, enteredAt: string, exitedAt: string | null, fee: string | null, area: { name: string }, quote: { amount: string, items: Array<{ label: string, minutes: number, units: number, amount: string, capped: boolean }> } | null } }> } };

export type ParkingAreaCreateMutationVariables = Exact<{
  input: Types.ParkingAreaCreateInput;
}>;


export type ParkingAreaCreateMutation = { parkingAreaCreate: { errors: Array<{ field: string | null, message: string, code: Types.ParkingErrorCode }>, area: { id: string, name: string, capacity: number } | null } };

export type ParkingSpaceCreateMutationVariables = Exact<{
  input: Types.ParkingSpaceCreateInput;
}>;


export type ParkingSpaceCreateMutation = { parkingSpaceCreate: { errors: Array<{ field: string | null, message: string, code: Types.ParkingErrorCode }>, space: { id: string, number: string, kind: Types.ParkingSpaceKind, ownerName: string | null, occupied: boolean } | null } };

export type ParkingVehicleRegisterMutationVariables = Exact<{
  plate: string;
  resident: string;
}>;


export type ParkingVehicleRegisterMutation = { vehicleRegister: { errors: Array<{ field: string | null, message: string, code: Types.ParkingErrorCode }>, vehicle: { id: string, plate: string, newEnergy: boolean, residentName: string } | null } };

export type ParkingRightGrantMutationVariables = Exact<{
  input: Types.ParkingRightGrantInput;
}>;


export type ParkingRightGrantMutation = { parkingRightGrant: { errors: Array<{ field: string | null, message: string, code: Types.ParkingErrorCode }>, right: { id: string, kind: Types.ParkingRightKind, state: Types.ParkingRightState, start: string, end: string | null } | null } };

export type ParkingApplicationOfferMutationVariables = Exact<{
  id: string;
  space: string;
}>;


export type ParkingApplicationOfferMutation = { parkingApplicationOffer: { errors: Array<{ field: string | null, message: string, code: Types.ParkingErrorCode }>, application: { id: string, state: Types.ParkingApplicationState, offerExpiresAt: string | null, space: { number: string } | null } | null } };

export type ParkingApplicationRejectMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type ParkingApplicationRejectMutation = { parkingApplicationReject: { errors: Array<{ field: string | null, message: string, code: Types.ParkingErrorCode }>, application: { id: string, state: Types.ParkingApplicationState, reason: string } | null } };

export type ParkingLotteryDrawMutationVariables = Exact<{
  community: string;
  spaces: Array<string> | string;
}>;


export type ParkingLotteryDrawMutation = { parkingLotteryDraw: { errors: Array<{ field: string | null, message: string, code: Types.ParkingErrorCode }>, lottery: { id: string, seed: string, candidates: Array<number>, ranking: Array<number> } | null } };

export type ParkingTariffSetMutationVariables = Exact<{
  input: Types.ParkingTariffSetInput;
}>;


export type ParkingTariffSetMutation = { parkingTariffSet: { errors: Array<{ field: string | null, message: string, code: Types.ParkingErrorCode }>, tariff: { id: string, validFrom: string, validTo: string | null, unitPrice: string, dailyCap: string | null, chargePartUnits: boolean, overrideReason: string } | null } };

export type VehicleEntryRecordMutationVariables = Exact<{
  area: string;
  plate: string;
  at?: string | null | undefined;
}>;


export type VehicleEntryRecordMutation = { vehicleEntryRecord: { errors: Array<{ field: string | null, message: string, code: Types.ParkingErrorCode }>, session: { id: string, plate: string, enteredAt: string } | null } };

export type VehicleExitRecordMutationVariables = Exact<{
  area: string;
  plate: string;
  at?: string | null | undefined;
}>;


export type VehicleExitRecordMutation = { vehicleExitRecord: { errors: Array<{ field: string | null, message: string, code: Types.ParkingErrorCode }>, session: { id: string, plate: string, enteredAt: string, exitedAt: string | null, fee: string | null, quote: { amount: string, items: Array<{ label: string, minutes: number, units: number, amount: string, capped: boolean }> } | null } | null } };

export type PaymentsGatewaySettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PaymentsGatewaySettingsQuery = { paymentGatewaySettings: Array<{ gateway: Types.PaymentGateway, configured: boolean, enabled: boolean, notifyUrl: string, isRealMoney: boolean, updatedAt: string | null, testedAt: string | null, testOk: boolean | null, testMessage: string, fields: Array<{ name: string, last4: string }> }> };

export type PaymentsGatewayConfigureMutationVariables = Exact<{
  input: Types.PaymentGatewayConfigureInput;
}>;


export type PaymentsGatewayConfigureMutation = { paymentGatewayConfigure: { errors: Array<{ field: string | null, code: Types.PaymentGatewaySettingsErrorCode, message: string }>, setting: { gateway: Types.PaymentGateway, configured: boolean, enabled: boolean, notifyUrl: string, fields: Array<{ name: string, last4: string }> } | null } };

export type PaymentsGatewayTestMutationVariables = Exact<{
  gateway: Types.PaymentGateway;
}>;


export type PaymentsGatewayTestMutation = { paymentGatewayTest: { ok: boolean, errors: Array<{ field: string | null, code: Types.PaymentGatewaySettingsErrorCode, message: string }>, setting: { gateway: Types.PaymentGateway, testedAt: string | null, testOk: boolean | null, testMessage: string } | null } };

export type PaymentsSubscriptionLinkMutationVariables = Exact<{
  plan: string;
  months: number;
}>;


export type PaymentsSubscriptionLinkMutation = { subscriptionCheckoutLink: { errors: Array<{ field: string | null, code: Types.SubscriptionErrorCode, message: string }>, link: { url: string, token: string, expiresAt: string, plan: string, months: number, amount: string } | null } };

export type PaymentsOrdersQueryVariables = Exact<{
  state?: Types.PaymentOrderState | null | undefined;
  house?: string | null | undefined;
  refundDue?: boolean | null | undefined;
  outTradeNo?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PaymentsOrdersQuery = { paymentOrders: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, outTradeNo: string, gateway: Types.PaymentGateway, channel: Types.PaymentChannel, state: Types.PaymentOrderState, amount: string, subject: string, houseId: string | null, billIds: Array<string>, paymentId: string | null, createdAt: string, paidAt: string | null, closedAt: string | null, toPrepaid: string, refundDue: boolean, paidLate: boolean, refunded: string, providerTradeNo: string, isRealMoney: boolean, label: string } }> } };

export type PaymentsOrderQueryVariables = Exact<{
  outTradeNo: string;
}>;


export type PaymentsOrderQuery = { paymentOrder: { id: string, outTradeNo: string, gateway: Types.PaymentGateway, state: Types.PaymentOrderState, amount: string, toPrepaid: string, refundDue: boolean, paidLate: boolean, refunded: string, providerTradeNo: string, events: Array<{ kind: Types.PaymentEventKind, outcome: Types.PaymentEventOutcome, state: string, amount: string | null, detail: string, createdAt: string }> } | null };

export type PaymentsRefundMutationVariables = Exact<{
  order: string;
  reason: string;
}>;


export type PaymentsRefundMutation = { paymentRefund: { errors: Array<{ field: string | null, code: Types.PaymentRefundErrorCode, message: string }>, order: { id: string, state: Types.PaymentOrderState, refunded: string, refundDue: boolean, events: Array<{ kind: Types.PaymentEventKind, outcome: Types.PaymentEventOutcome, createdAt: string }> } | null } };

export type PaymentsReconciliationQueryVariables = Exact<{
  date: string;
  refresh?: boolean | null | undefined;
}>;


export type PaymentsReconciliationQuery = { paymentReconciliationReport: { day: string, generatedAt: string, orders: number, paidOrders: number, paid: string, ledger: string, reversed: string, gatewayPaid: string, refundDue: number, discrepancies: Array<{ outTradeNo: string, gateway: string, amount: string, state: string, ledgerAmount: string | null, gatewayState: string, gatewayAmount: string | null, problem: string }> } };

export type PrivacyAccessLogQueryVariables = Exact<{
  actor?: string | null | undefined;
  resident?: string | null | undefined;
  action?: Types.PiiAction | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PrivacyAccessLogQuery = { piiAccessLogs: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, action: Types.PiiAction, fields: Array<string>, reason: string, clientAddress: string | null, createdAt: string, residentId: string, actor: { id: string, name: string }, resident: { id: string, name: string } | null } }> } };

export type ResidentsAnonymiseMutationVariables = Exact<{
  input: Types.ResidentAnonymiseInput;
}>;


export type ResidentsAnonymiseMutation = { residentAnonymise: { errors: Array<{ field: string | null, message: string, code: Types.PrivacyErrorCode }>, resident: { id: string, name: string, anonymisedAt: string | null, hasAccount: boolean } | null } };

export type ResidentsConsentRecordMutationVariables = Exact<{
  input: Types.ConsentRecordInput;
}>;


export type ResidentsConsentRecordMutation = { consentRecord: { errors: Array<{ field: string | null, message: string, code: Types.ConsentErrorCode }>, consent: { id: string, purpose: Types.ConsentPurpose, noticeVersion: string, channel: Types.ConsentChannel, grantedAt: string, withdrawnAt: string | null, isActive: boolean, isSensitive: boolean } | null } };

export type ResidentsConsentWithdrawMutationVariables = Exact<{
  input: Types.ConsentWithdrawInput;
}>;


export type ResidentsConsentWithdrawMutation = { consentWithdraw: { errors: Array<{ field: string | null, message: string, code: Types.ConsentErrorCode }>, consent: { id: string, isActive: boolean, withdrawnAt: string | null } | null } };

export type ResidentsCreateMutationVariables = Exact<{
  input: Types.ResidentCreateInput;
}>;


export type ResidentsCreateMutation = { residentCreate: { errors: Array<{ field: string | null, message: string, code: Types.ResidentErrorCode }>, resident: { id: string, name: string, phone: string, idType: Types.IdDocumentType | null, idNumberLast4: string | null } | null } };

export type ResidentsDataExportMutationVariables = Exact<{
  input: Types.ResidentDataExportInput;
}>;


export type ResidentsDataExportMutation = { residentDataExport: { export: unknown, errors: Array<{ field: string | null, message: string, code: Types.PrivacyErrorCode }> } };

export type ResidentsDeleteMutationVariables = Exact<{
  id: string;
}>;


export type ResidentsDeleteMutation = { residentDelete: { errors: Array<{ field: string | null, message: string, code: Types.ResidentErrorCode }>, resident: { id: string, name: string } | null } };

export type ResidentsDetailQueryVariables = Exact<{
  id: string;
}>;


export type ResidentsDetailQuery = { resident: { id: string, name: string, phone: string, secondPhone: string, idType: Types.IdDocumentType | null, idNumberLast4: string | null, gender: Types.Gender | null, householdSize: number, emergencyContactName: string, emergencyContactPhone: string, notes: string, hasAccount: boolean, createdAt: string, anonymisedAt: string | null, occupancies: Array<{ id: string, role: Types.OccupancyRole, moveIn: string, moveOut: string | null, isPrimaryContact: boolean, isActive: boolean, house: { id: string, roomNumber: string, community: { name: string }, building: { name: string }, unit: { name: string } } | null }>, consents: Array<{ id: string, purpose: Types.ConsentPurpose, noticeVersion: string, channel: Types.ConsentChannel, grantedAt: string, withdrawnAt: string | null, isActive: boolean, isSensitive: boolean }> } | null };

export type ResidentsHouseOccupanciesQueryVariables = Exact<{
  house: string;
  includeEnded?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ResidentsHouseOccupanciesQuery = { occupancies: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, role: Types.OccupancyRole, moveIn: string, moveOut: string | null, isPrimaryContact: boolean, isActive: boolean, resident: { id: string, name: string, phone: string } | null } }> } };

export type ResidentsListQueryVariables = Exact<{
  search?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  phoneLast4?: string | null | undefined;
  idNumber?: string | null | undefined;
  house?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ResidentsListQuery = { residents: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, phone: string, idType: Types.IdDocumentType | null, idNumberLast4: string | null, householdSize: number, hasAccount: boolean, occupancies: Array<{ id: string, role: Types.OccupancyRole, isActive: boolean, isPrimaryContact: boolean, house: { id: string, roomNumber: string, building: { name: string }, unit: { name: string } } | null }> } }> } };

export type ResidentsOccupancyEndMutationVariables = Exact<{
  id: string;
  moveOut: string;
}>;


export type ResidentsOccupancyEndMutation = { occupancyEnd: { errors: Array<{ field: string | null, message: string, code: Types.ResidentErrorCode }>, occupancy: { id: string, moveOut: string | null, isActive: boolean } | null } };

export type ResidentsOccupancyStartMutationVariables = Exact<{
  input: Types.OccupancyStartInput;
}>;


export type ResidentsOccupancyStartMutation = { occupancyStart: { errors: Array<{ field: string | null, message: string, code: Types.ResidentErrorCode }>, occupancy: { id: string, role: Types.OccupancyRole, moveIn: string, isPrimaryContact: boolean, isActive: boolean, resident: { id: string, name: string } | null, house: { id: string, roomNumber: string } | null } | null } };

export type ResidentsPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type ResidentsPolicyQuery = { residentPolicy: { allowJointOwners: boolean } };

export type ResidentsPolicyUpdateMutationVariables = Exact<{
  allowJointOwners?: boolean | null | undefined;
}>;


export type ResidentsPolicyUpdateMutation = { residentPolicyUpdate: { errors: Array<{ field: string | null, message: string, code: Types.ResidentErrorCode }>, policy: { allowJointOwners: boolean } | null } };

export type ResidentsRegistrationApproveMutationVariables = Exact<{
  id: string;
}>;


export type ResidentsRegistrationApproveMutation = { registrationApprove: { errors: Array<{ field: string | null, message: string, code: Types.RegistrationErrorCode }>, registrationRequest: { id: string, status: Types.RegistrationStatus, reviewedAt: string | null, occupancy: { id: string, role: Types.OccupancyRole, moveIn: string, isPrimaryContact: boolean } | null } | null } };

export type ResidentsRegistrationRejectMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type ResidentsRegistrationRejectMutation = { registrationReject: { errors: Array<{ field: string | null, message: string, code: Types.RegistrationErrorCode }>, registrationRequest: { id: string, status: Types.RegistrationStatus, rejectReason: string, reviewedAt: string | null } | null } };

export type ResidentsRegistrationRequestsQueryVariables = Exact<{
  status?: Types.RegistrationStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ResidentsRegistrationRequestsQuery = { registrationRequests: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, role: Types.OccupancyRole, name: string, phone: string, idType: Types.IdDocumentType | null, idNumberLast4: string | null, moveIn: string | null, status: Types.RegistrationStatus, rejectReason: string, reviewedAt: string | null, createdAt: string, house: { id: string, roomNumber: string, communityName: string, buildingName: string, unitName: string } } }> } };

export type ResidentsRevealPiiMutationVariables = Exact<{
  input: Types.ResidentRevealPiiInput;
}>;


export type ResidentsRevealPiiMutation = { residentRevealPii: { errors: Array<{ field: string | null, message: string, code: Types.PrivacyErrorCode }>, revealed: { fields: Array<Types.PiiField>, phone: string | null, secondPhone: string | null, emergencyContactPhone: string | null, idNumber: string | null } | null } };

export type ResidentsUpdateMutationVariables = Exact<{
  input: Types.ResidentUpdateInput;
}>;


export type ResidentsUpdateMutation = { residentUpdate: { errors: Array<{ field: string | null, message: string, code: Types.ResidentErrorCode }>, resident: { id: string, name: string, phone: string, secondPhone: string, idType: Types.IdDocumentType | null, idNumberLast4: string | null, gender: Types.Gender | null, householdSize: number, emergencyContactName: string, emergencyContactPhone: string, notes: string } | null } };

export type StaffActivateMutationVariables = Exact<{
  code: string;
  password: string;
}>;


export type StaffActivateMutation = { staffActivate: { token: string | null, expiresAt: string | null, errors: Array<{ field: string | null, message: string, code: Types.StaffErrorCode }>, viewer: { username: string, displayName: string, phone: string, isStaff: boolean, role: Types.Role | null, capabilities: Array<Types.Capability> } | null } };

export type StaffMemberFieldsFragment = { id: string, name: string, username: string, phone: string, role: Types.Role | null, active: boolean, invitationPending: boolean, invitationExpiresAt: string | null, communities: Array<{ id: string, name: string }>, piiCommunities: Array<{ id: string, name: string }> };

export type StaffInviteMutationVariables = Exact<{
  input: Types.StaffInviteInput;
}>;


export type StaffInviteMutation = { staffInvite: { errors: Array<{ field: string | null, message: string, code: Types.StaffErrorCode }>, staffMember: { id: string, name: string, username: string, phone: string, role: Types.Role | null, active: boolean, invitationPending: boolean, invitationExpiresAt: string | null, communities: Array<{ id: string, name: string }>, piiCommunities: Array<{ id: string, name: string }> } | null } };

export type StaffInviteResendMutationVariables = Exact<{
  input: Types.StaffInviteResendInput;
}>;


export type StaffInviteResendMutation = { staffInviteResend: { errors: Array<{ field: string | null, message: string, code: Types.StaffErrorCode }>, staffMember: { id: string, name: string, username: string, phone: string, role: Types.Role | null, active: boolean, invitationPending: boolean, invitationExpiresAt: string | null, communities: Array<{ id: string, name: string }>, piiCommunities: Array<{ id: string, name: string }> } | null } };

export type StaffUpdateMutationVariables = Exact<{
  input: Types.StaffUpdateInput;
}>;


export type StaffUpdateMutation = { staffUpdate: { errors: Array<{ field: string | null, message: string, code: Types.StaffErrorCode }>, staffMember: { id: string, name: string, username: string, phone: string, role: Types.Role | null, active: boolean, invitationPending: boolean, invitationExpiresAt: string | null, communities: Array<{ id: string, name: string }>, piiCommunities: Array<{ id: string, name: string }> } | null } };

export type StaffDeactivateMutationVariables = Exact<{
  input: Types.StaffDeactivateInput;
}>;


export type StaffDeactivateMutation = { staffDeactivate: { errors: Array<{ field: string | null, message: string, code: Types.StaffErrorCode }>, staffMember: { id: string, active: boolean } | null } };

export type StaffReactivateMutationVariables = Exact<{
  input: Types.StaffReactivateInput;
}>;


export type StaffReactivateMutation = { staffReactivate: { errors: Array<{ field: string | null, message: string, code: Types.StaffErrorCode }>, staffMember: { id: string, active: boolean } | null } };

export type StaffMembersQueryVariables = Exact<{
  role?: Types.Role | null | undefined;
  community?: string | null | undefined;
  active?: boolean | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffMembersQuery = { staffMembers: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, username: string, phone: string, role: Types.Role | null, active: boolean, invitationPending: boolean, invitationExpiresAt: string | null, lastLogin: string | null, dateJoined: string, communities: Array<{ id: string, name: string }>, piiCommunities: Array<{ id: string, name: string }> } }> } };

export type StaffRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffRolesQuery = { roles: Array<{ role: Types.Role, label: string, description: string, capabilities: Array<Types.Capability>, isStaffRole: boolean, scoped: boolean }> };

export type ViewerUpdateMutationVariables = Exact<{
  input: Types.ViewerUpdateInput;
}>;


export type ViewerUpdateMutation = { viewerUpdate: { errors: Array<{ field: string | null, message: string, code: Types.ProfileErrorCode }>, viewer: { displayName: string, email: string } | null } };

export type MyWechatBindingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWechatBindingsQuery = { myWechatBindings: Array<{ channel: Types.MessageChannel, available: boolean, bound: boolean, boundAt: string | null }> };

export type WechatBindMutationVariables = Exact<{
  input: Types.WechatBindInput;
}>;


export type WechatBindMutation = { wechatBind: { errors: Array<{ field: string | null, message: string, code: Types.WechatBindingErrorCode }>, binding: { channel: Types.MessageChannel, available: boolean, bound: boolean, boundAt: string | null } | null } };

export type WechatUnbindMutationVariables = Exact<{
  input: Types.WechatUnbindInput;
}>;


export type WechatUnbindMutation = { wechatUnbind: { errors: Array<{ field: string | null, message: string, code: Types.WechatBindingErrorCode }>, binding: { channel: Types.MessageChannel, available: boolean, bound: boolean, boundAt: string | null } | null } };

export type WorkOrderDeskSubmitMutationVariables = Exact<{
  input: Types.WorkOrderSubmitInput;
}>;


export type WorkOrderDeskSubmitMutation = { workOrderSubmit: { errors: Array<{ field: string | null, message: string, code: Types.WorkOrderErrorCode }>, workOrder: { id: string, number: string, state: Types.WorkOrderState, place: string, assigneeName: string | null } | null } };

export type WorkOrderTechniciansQueryVariables = Exact<{
  community?: string | null | undefined;
  category?: Types.WorkOrderCategory | null | undefined;
  onDuty?: boolean | null | undefined;
  first?: number | null | undefined;
}>;


export type WorkOrderTechniciansQuery = { technicians: { totalCount: number | null, edges: Array<{ node: { id: string, name: string, skills: Array<Types.WorkOrderCategory>, onDuty: boolean, openOrders: number } }> } };

export type WorkOrderAssignMutationVariables = Exact<{
  input: Types.WorkOrderAssignInput;
}>;


export type WorkOrderAssignMutation = { workOrderAssign: { errors: Array<{ field: string | null, message: string, code: Types.WorkOrderErrorCode }>, workOrder: { id: string, state: Types.WorkOrderState, assigneeName: string | null, assignedAt: string | null } | null } };

export type WorkOrderDeskCancelMutationVariables = Exact<{
  input: Types.WorkOrderCancelInput;
}>;


export type WorkOrderDeskCancelMutation = { workOrderCancel: { errors: Array<{ field: string | null, message: string, code: Types.WorkOrderErrorCode }>, workOrder: { id: string, state: Types.WorkOrderState } | null } };

export type WorkOrderCloseMutationVariables = Exact<{
  input: Types.WorkOrderCloseInput;
}>;


export type WorkOrderCloseMutation = { workOrderClose: { errors: Array<{ field: string | null, message: string, code: Types.WorkOrderErrorCode }>, workOrder: { id: string, state: Types.WorkOrderState, closedAt: string | null } | null } };

export type WorkOrderDetailQueryVariables = Exact<{
  id: string;
}>;


export type WorkOrderDetailQuery = { workOrder: { id: string, number: string, state: Types.WorkOrderState, category: Types.WorkOrderCategory, priority: Types.WorkOrderPriority, description: string, location: string, place: string, contactName: string, contactPhone: string, preferredVisitAt: string | null, dispatchMode: Types.DispatchMode, assigneeName: string | null, createdAt: string, assignedAt: string | null, acceptedAt: string | null, onSiteAt: string | null, completedAt: string | null, closedAt: string | null, reopenedAt: string | null, respondBy: string, onSiteBy: string, completeBy: string, overdueAt: string | null, escalationLevel: number, escalatedAt: string | null, rating: number | null, ratingComment: string, community: { id: string, name: string }, building: { id: string, name: string } | null, house: { id: string, roomNumber: string, unit: { name: string } } | null, photos: Array<{ url: string, contentType: string, size: number, createdAt: string }>, timeline: Array<{ action: Types.WorkOrderAction, fromState: Types.WorkOrderState | null, toState: Types.WorkOrderState, note: string, actorName: string, createdAt: string }> } | null };

export type WorkOrderEventsSubscriptionVariables = Exact<{
  community?: string | null | undefined;
}>;


export type WorkOrderEventsSubscription = { workOrderEvents: { workOrderId: string, number: string, state: Types.WorkOrderState, category: Types.WorkOrderCategory, priority: Types.WorkOrderPriority, communityName: string, place: string, assigneeName: string | null, isOverdue: boolean, event: { action: Types.WorkOrderAction, fromState: Types.WorkOrderState | null, toState: Types.WorkOrderState, note: string, actorName: string, createdAt: string } } };

export type WorkOrderSettingsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type WorkOrderSettingsQuery = { workOrderPolicy: { reopenDays: number, sla: Array<{ priority: Types.WorkOrderPriority, respondMinutes: number, onSiteMinutes: number, completeMinutes: number }> }, dispatchModes: { edges: Array<{ node: { id: string, communityId: string, name: string, mode: Types.DispatchMode } }> } };

export type DispatchModeSetMutationVariables = Exact<{
  input: Types.DispatchModeSetInput;
}>;


export type DispatchModeSetMutation = { dispatchModeSet: { errors: Array<{ field: string | null, message: string, code: Types.WorkOrderSettingsErrorCode }>, dispatch: { id: string, communityId: string, name: string, mode: Types.DispatchMode } | null } };

export type WorkOrderPolicyUpdateMutationVariables = Exact<{
  input: Types.WorkOrderPolicyUpdateInput;
}>;


export type WorkOrderPolicyUpdateMutation = { workOrderPolicyUpdate: { errors: Array<{ field: string | null, message: string, code: Types.WorkOrderSettingsErrorCode }>, policy: { reopenDays: number, sla: Array<{ priority: Types.WorkOrderPriority, respondMinutes: number, onSiteMinutes: number, completeMinutes: number }> } | null } };

export type TechnicianProfileSetMutationVariables = Exact<{
  input: Types.TechnicianProfileSetInput;
}>;


export type TechnicianProfileSetMutation = { technicianProfileSet: { errors: Array<{ field: string | null, message: string, code: Types.WorkOrderSettingsErrorCode }>, technician: { id: string, name: string, skills: Array<Types.WorkOrderCategory>, onDuty: boolean } | null } };

export type WorkOrderStatisticsQueryVariables = Exact<{
  community?: string | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
}>;


export type WorkOrderStatisticsQuery = { workOrderStatistics: { overall: { total: number, averageResponseMinutes: number | null, averageOnSiteMinutes: number | null, averageCompletionMinutes: number | null, overdueRate: number | null, averageRating: number | null, rated: number, byState: Array<{ state: Types.WorkOrderState, count: number }> }, communities: Array<{ communityId: string, communityName: string, figures: { total: number, averageResponseMinutes: number | null, averageOnSiteMinutes: number | null, averageCompletionMinutes: number | null, overdueRate: number | null, averageRating: number | null, rated: number, byState: Array<{ state: Types.WorkOrderState, count: number }> } }>, technicians: Array<{ technicianId: string, technicianName: string, figures: { total: number, averageResponseMinutes: number | null, averageOnSiteMinutes: number | null, averageCompletionMinutes: number | null, overdueRate: number | null, averageRating: number | null, rated: number, byState: Array<{ state: Types.WorkOrderState, count: number }> } }> } };

export type FiguresFragment = { total: number, averageResponseMinutes: number | null, averageOnSiteMinutes: number | null, averageCompletionMinutes: number | null, overdueRate: number | null, averageRating: number | null, rated: number, byState: Array<{ state: Types.WorkOrderState, count: number }> };

export type TechnicianDutySetMutationVariables = Exact<{
  input: Types.TechnicianDutySetInput;
}>;


export type TechnicianDutySetMutation = { technicianDutySet: { errors: Array<{ field: string | null, message: string, code: Types.WorkOrderSettingsErrorCode }>, technician: { id: string, name: string, onDuty: boolean } | null } };

export type WorkOrderAcceptMutationVariables = Exact<{
  input: Types.WorkOrderAcceptInput;
}>;


export type WorkOrderAcceptMutation = { workOrderAccept: { errors: Array<{ field: string | null, message: string, code: Types.WorkOrderErrorCode }>, workOrder: { id: string, state: Types.WorkOrderState, assigneeName: string | null, contactPhone: string } | null } };

export type WorkOrderArriveMutationVariables = Exact<{
  input: Types.WorkOrderArriveInput;
}>;


export type WorkOrderArriveMutation = { workOrderArrive: { errors: Array<{ field: string | null, message: string, code: Types.WorkOrderErrorCode }>, workOrder: { id: string, state: Types.WorkOrderState, onSiteAt: string | null } | null } };

export type WorkOrderCompleteMutationVariables = Exact<{
  input: Types.WorkOrderCompleteInput;
}>;


export type WorkOrderCompleteMutation = { workOrderComplete: { errors: Array<{ field: string | null, message: string, code: Types.WorkOrderErrorCode }>, workOrder: { id: string, state: Types.WorkOrderState, completedAt: string | null } | null } };

export type WorkOrdersListQueryVariables = Exact<{
  states?: Array<Types.WorkOrderState> | Types.WorkOrderState | null | undefined;
  openOnly?: boolean | null | undefined;
  community?: string | null | undefined;
  categories?: Array<Types.WorkOrderCategory> | Types.WorkOrderCategory | null | undefined;
  priorities?: Array<Types.WorkOrderPriority> | Types.WorkOrderPriority | null | undefined;
  technician?: string | null | undefined;
  assignedToMe?: boolean | null | undefined;
  overdue?: boolean | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkOrdersListQuery = { workOrders: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, state: Types.WorkOrderState, category: Types.WorkOrderCategory, priority: Types.WorkOrderPriority, place: string, contactName: string, contactPhone: string, assigneeName: string | null, dispatchMode: Types.DispatchMode, createdAt: string, respondBy: string, onSiteBy: string, completeBy: string, isOverdue: boolean, escalationLevel: number, community: { id: string, name: string } } }> } };
