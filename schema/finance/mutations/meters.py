"""meterReadingRecord: a house's meter reading for a period."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.estates.models import House
from saas.finance.services import (
    meter_reading_record,
)
from schema.core.context import Info
from schema.core.errors import payload_of
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import pk_from_global_id
from schema.finance.errors import MeterReadingError
from schema.finance.inputs import (
    MeterReadingRecordInput,
)
from schema.finance.types import MeterReadingType


@strawberry.type
class MeterReadingRecordPayload:
    errors: list[MeterReadingError]
    meter_reading: MeterReadingType | None = None


@strawberry.type
class MeterMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.METER_READING_RECORD)],
        description="Record a meter reading for a period; its consumption bills on the period's next run.",
    )
    def meter_reading_record(self, info: Info, input: MeterReadingRecordInput) -> MeterReadingRecordPayload:
        house_id = pk_from_global_id(input.house, "House")
        authorize(info, Capability.METER_READING_RECORD, House, house_id)
        return payload_of(
            MeterReadingRecordPayload,
            MeterReadingError,
            "meter_reading",
            lambda: meter_reading_record(
                house_id=house_id,
                meter_type=input.meter_type.value,
                period=input.period,
                reading=input.reading,
                is_replacement=input.is_replacement,
                recorded_by=info.context.viewer,
            ),
        )
