"""Work orders in a person's PIPL requests: their repair requests in the data export; after
anonymisation the orders stay, without the contact's name and phone."""

from __future__ import annotations

import datetime

from django_tenants.utils import tenant_context

from saas.residents.models import Occupancy, Resident
from saas.residents.services.privacy import resident_anonymise, resident_data_export, resident_pseudonym
from saas.workorders.models import WorkOrder
from saas.workorders.services.submission import WorkOrderReport, work_order_submit
from tests.workorders.conftest import OWNER_PHONE, Repairs


def test_export_and_anonymise(repairs: Repairs) -> None:
    with tenant_context(repairs.company):
        own = work_order_submit(
            reporter=repairs.owner,
            report=WorkOrderReport(category="plumbing", description="厨房漏水", house_id=repairs.house.pk),
        )
        for_them = work_order_submit(  # the desk reported it, naming the owner as the contact
            reporter=repairs.desk,
            report=WorkOrderReport(
                category="elevator", description="电梯按钮失灵", community_id=repairs.x.pk, location="2号电梯",
                contact_name="张伟", contact_phone=OWNER_PHONE,
            ),
        )  # fmt: skip
        unrelated = work_order_submit(
            reporter=repairs.other_owner,
            report=WorkOrderReport(category="plumbing", description="楼上漏水", house_id=repairs.other_house.pk),
        )
        resident = Resident.objects.get(user=repairs.owner)
        export = resident_data_export(
            resident_id=resident.pk, actor=repairs.admin, reason="本人申请导出", client_address=None
        )
        assert [o["number"] for o in export["sections"]["workOrders"]] == [own.number, for_them.number]
        assert export["sections"]["workOrders"][0]["contactPhone"] == OWNER_PHONE
        Occupancy.objects.filter(resident=resident).update(move_out=datetime.date(2024, 1, 1))
        resident_anonymise(resident_id=resident.pk, actor=repairs.admin, reason="本人申请删除", client_address=None)
        pseudonym = resident_pseudonym(resident.pk)
        for order in WorkOrder.objects.filter(pk__in=[own.pk, for_them.pk]):
            assert (order.contact_name, order.contact_phone) == (pseudonym, "")
            assert order.description  # the repair record stays
        assert WorkOrder.objects.get(pk=unrelated.pk).contact_phone == unrelated.contact_phone != ""
