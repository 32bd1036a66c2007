"""GraphQL documents the finance tests post (the staff app's and the owner app's operations)."""

BILLS = """
query Bills($filter: BillFilterInput, $first: Int) {
  bills(filter: $filter, first: $first) {
    totalCount
    edges { node {
      id period dueDate status amount lateFee total paid waived balance
      house { roomNumber } community { name } building { name }
      lines { description quantity unitPrice months amount paid waived balance feeItem { name } }
    } }
  }
}
"""

BILL = """
query Bill($id: ID!) { bill(id: $id) { id status balance lines { description amount } } }
"""

PAYMENTS = """
query Payments($house: ID) {
  payments(house: $house) {
    totalCount
    edges { node {
      receiptNo amount method cashierName payerName reason reversed toPrepaid
      reversalOf { receiptNo }
      allocations { amount bill { period } billLine { description } }
    } }
  }
}
"""

HOUSE_FINANCE = """
query HouseFinance($house: ID!) { houseFinance(house: $house) { prepaidBalance outstanding overdue openBills } }
"""

FEE_ITEMS = "{ feeItems { totalCount edges { node { name kind unitPrice cycle roundingMode roundingUnit } } } }"

FEE_ITEM_CREATE = """
mutation FeeItemCreate($input: FeeItemCreateInput!) {
  feeItemCreate(input: $input) {
    feeItem { id name kind unitPrice cycle meterType roundingMode roundingUnit houseKinds communities { name } }
    errors { field message code }
  }
}
"""

FEE_ITEM_UPDATE = """
mutation FeeItemUpdate($input: FeeItemUpdateInput!) {
  feeItemUpdate(input: $input) { feeItem { name unitPrice effectiveTo } errors { field message code } }
}
"""

READING_RECORD = """
mutation MeterReadingRecord($input: MeterReadingRecordInput!) {
  meterReadingRecord(input: $input) {
    meterReading { period reading previousReading consumption isReplacement }
    errors { field message code }
  }
}
"""

PREVIEW = """
query BillingRunPreview($input: BillingRunInput!) {
  billingRunPreview(input: $input) {
    preview { period dueDate houses newBills newLines newAmount items { feeItem { name } newLines newAmount } }
    errors { field message code }
  }
}
"""

RUN = """
mutation BillingRunCreate($input: BillingRunInput!) {
  billingRunCreate(input: $input) {
    billingRun { period billsCreated linesCreated amount housesSettled }
    errors { field message code }
  }
}
"""

PAY = """
mutation PaymentRecord($input: PaymentRecordInput!) {
  paymentRecord(input: $input) {
    payment { id receiptNo amount method toPrepaid allocations { amount } }
    errors { field message code }
  }
}
"""

REVERSE = """
mutation PaymentReverse($input: PaymentReverseInput!) {
  paymentReverse(input: $input) { reversal { receiptNo amount reason } errors { field message code } }
}
"""

WAIVER_REQUEST = """
mutation WaiverRequest($input: WaiverRequestInput!) {
  waiverRequest(input: $input) { waiver { id amount status requestedByName } errors { field message code } }
}
"""

WAIVER_APPROVE = """
mutation WaiverApprove($input: WaiverApproveInput!) {
  waiverApprove(input: $input) { waiver { status decidedByName bill { status balance } } errors { field message code } }
}
"""

WAIVER_REJECT = """
mutation WaiverReject($input: WaiverRejectInput!) {
  waiverReject(input: $input) { waiver { status decisionNote } errors { field message code } }
}
"""

WAIVERS = "{ waivers { totalCount edges { node { amount status reason } } } }"

POLICY = "{ financePolicy { billDueDays lateFeeEnabled lateFeeDailyRate lateFeeGraceDays } }"

POLICY_UPDATE = """
mutation FinancePolicyUpdate($input: FinancePolicyUpdateInput!) {
  financePolicyUpdate(input: $input) {
    financePolicy { lateFeeEnabled lateFeeDailyRate lateFeeGraceDays }
    errors { field message code }
  }
}
"""

COLLECTION = """
query Collection($asOf: Date, $byBuilding: Boolean) {
  collectionReport(asOf: $asOf, byBuilding: $byBuilding) {
    asOf rows { community { name } building { name } period bills billed paid waived outstanding rate }
    total { bills billed paid waived outstanding rate }
    downloadUrl
  }
}
"""

AGING = """
query Aging($asOf: Date) {
  arrearsAgingReport(asOf: $asOf) {
    rows { community { name } housesInArrears notDue days0To30 days31To90 days91To180 over180Days outstanding }
    total { outstanding overdue housesInArrears }
    downloadUrl
  }
}
"""

INCOME = """
query Income($from: Date!, $to: Date!) {
  incomeReport(dateFrom: $from, dateTo: $to) {
    byFeeItem { kind label amount } byMethod { method payments received reversals reversed net } total downloadUrl
  }
}
"""

DAILY_CASH = """
query DailyCash($day: Date) {
  dailyCashReport(day: $day) {
    rows { cashierName method payments received reversals reversed net firstReceiptNo lastReceiptNo } total downloadUrl
  }
}
"""
