"""维保: rules (15 days at most for elevators), orders generated once per slot and never skipped for
a roster gap, completion only with the required checklist items and a signature, gaps measured."""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path
from typing import Any

import pillow_heif
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django_tenants.utils import tenant_context
from PIL import Image

from saas.equipment.models import GapLevel, MaintenanceGap, MaintenanceOrder, MaintenancePhoto, MaintenanceRule
from saas.equipment.services.compliance import equipment_compliance_sweep
from saas.equipment.services.maintenance import ChecklistItem, RuleData, maintenance_rule_create
from saas.notifications.models import Notification, NotificationKind
from tenants.schemas import activate_public
from tests.equipment.conftest import Plant, codes, gid, result
from tests.graphql import QueryLog, error_codes

RULE = """
mutation Rule($input: MaintenanceRuleCreateInput!) {
  maintenanceRuleCreate(input: $input) {
    errors { field message code }
    maintenanceRule { id kind intervalDays warningDays minPhotos checklist { item required } }
  }
}
"""
COMPLETE = """
mutation Complete($input: MaintenanceOrderCompleteInput!) {
  maintenanceOrderComplete(input: $input) {
    errors { field message code }
    maintenanceOrder { id state completedOn signerName signedByName checkedItems photos { contentType url jpegUrl } }
  }
}
"""
ORDERS = """
{ maintenanceOrders { totalCount edges { node { id dueOn state assignedTo assigneeName vendorName
  equipment { code place } rule { name } } } } }
"""
GAPS = "{ maintenanceGaps { totalCount edges { node { level sinceOn gapDays equipment { code } } } } }"
D = datetime.date
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64


@pytest.fixture
def media(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


CHECKLIST = [ChecklistItem("曳引机"), ChecklistItem("制动器"), ChecklistItem("轿厢照明", required=False)]


def _rule(plant: Plant, equipment_id: int | None = None, **fields: Any) -> MaintenanceRule:
    starts_on = fields.pop("starts_on", D(2026, 1, 1))
    data = RuleData(
        community_id=plant.x.pk,
        name="电梯半月保",
        kind=fields.pop("kind", "max_gap"),
        interval_days=fields.pop("interval_days", 15),
        equipment_id=equipment_id,
        category="" if equipment_id else "elevator",
        checklist=CHECKLIST,
        starts_on=starts_on,
        **fields,
    )
    with tenant_context(plant.company):
        return maintenance_rule_create(data=data, today=starts_on)


def test_elevators_may_not_be_given_more_than_15_days(plant: Plant) -> None:
    data = {"community": gid("Community", plant.x.pk), "name": "电梯月保", "kind": "MAX_GAP", "intervalDays": 30,
            "category": "ELEVATOR", "checklist": [{"item": "曳引机"}, {"item": "曳引机"}]}  # fmt: skip
    payload = result(plant.client(plant.manager).execute(RULE, {"input": data}), "maintenanceRuleCreate")
    assert sorted(codes(payload)) == [("checklist", "CHECKLIST_INVALID"), ("intervalDays", "OVER_LEGAL_LIMIT")]
    fixed = data | {"intervalDays": 15, "checklist": [{"item": "曳引机"}, {"item": "照明", "required": False}]}
    made = result(plant.client(plant.manager).execute(RULE, {"input": fixed}), "maintenanceRuleCreate")
    assert made["errors"] == []
    assert made["maintenanceRule"]["warningDays"] == 12
    assert error_codes(plant.client(plant.ma).execute(RULE, {"input": fixed})) == ["FORBIDDEN"]


def test_orders_are_generated_once_per_slot_and_catch_up_missed_days(plant: Plant) -> None:
    pump = plant.elevator("DT-3-1")
    rule = _rule(plant, pump.pk, kind="every", interval_days=10, starts_on=D(2026, 1, 1), lead_days=0)
    with tenant_context(plant.company):
        assert equipment_compliance_sweep(today=D(2026, 1, 25)).orders == 3  # 1, 11, 21: none skipped
        for _ in range(5):
            assert equipment_compliance_sweep(today=D(2026, 1, 25)).orders == 0
        due = list(MaintenanceOrder.objects.filter(rule=rule).values_list("due_on", flat=True))
    assert due == [D(2026, 1, 1), D(2026, 1, 11), D(2026, 1, 21)]


def test_a_roster_gap_sends_the_order_to_the_vendor_or_the_manager_never_nowhere(plant: Plant) -> None:
    plant.elevator("DT-1", responsible_id=plant.ma.pk)  # on duty: to him
    plant.elevator("DT-2", responsible_id=plant.zhao.pk, vendor_name="通力维保")  # off duty: to the vendor
    plant.elevator("DT-3", responsible_id=plant.zhao.pk)  # off duty, no vendor: to the manager
    _rule(plant, starts_on=D(2026, 1, 1))
    with tenant_context(plant.company):
        assert equipment_compliance_sweep(today=D(2026, 1, 13)).orders == 3
    client = plant.client(plant.desk)
    client.data(ORDERS)
    with QueryLog() as log:
        orders = [e["node"] for e in client.data(ORDERS)["maintenanceOrders"]["edges"]]
    assert log.count() == 5
    routes = {o["equipment"]["code"]: (o["assignedTo"], o["assigneeName"], o["vendorName"]) for o in orders}
    assert routes == {
        "DT-1": ("STAFF", "马强", ""),
        "DT-2": ("VENDOR", None, "通力维保"),
        "DT-3": ("MANAGER", "周建国", ""),
    }
    assert {o["dueOn"] for o in orders} == {"2026-01-16"}


def _open_order(plant: Plant, equipment_id: int) -> MaintenanceOrder:
    with tenant_context(plant.company):
        return MaintenanceOrder.objects.get(equipment_id=equipment_id, state="open")


def _complete(
    plant: Plant, user: Any, variables: dict[str, Any], files: list[tuple[str, bytes]], language: str | None = None
) -> dict[str, Any]:
    """maintenanceOrderComplete as a GraphQL multipart request (the photos as uploads)."""
    variables["input"]["photos"] = [None] * len(files)
    data: dict[str, Any] = {
        "operations": json.dumps({"query": COMPLETE, "variables": variables}),
        "map": json.dumps({str(i): [f"variables.input.photos.{i}"] for i in range(len(files))}),
    }
    for index, (name, content) in enumerate(files):
        data[str(index)] = SimpleUploadedFile(name, content, content_type="application/octet-stream")
    client = plant.client(user, language)
    extra = {"HTTP_AUTHORIZATION": f"Bearer {client.token}"} if client.token else {}
    if client.language:
        extra["HTTP_ACCEPT_LANGUAGE"] = client.language
    response = client.http.post("/graphql", data=data, **extra)
    activate_public()
    body: dict[str, Any] = response.json()
    return body


def _heic() -> bytes:
    """A real HEIC file, HEVC-encoded by libheif (what an iPhone uploads by default)."""
    buffer = io.BytesIO()
    pillow_heif.from_pillow(Image.new("RGB", (64, 48), (30, 120, 200))).save(buffer, quality=80)
    return buffer.getvalue()


def test_completion_needs_every_required_item_photos_and_records_who_signed(plant: Plant, media: Path) -> None:
    elevator = plant.elevator(responsible_id=plant.ma.pk)
    _rule(plant, elevator.pk, starts_on=D(2026, 1, 1))
    with tenant_context(plant.company):
        equipment_compliance_sweep(today=D(2026, 1, 13))
    order = _open_order(plant, elevator.pk)
    done = {"id": gid("MaintenanceOrder", order.pk), "checkedItems": ["曳引机", "轿厢照明"]}
    missing = result(_complete(plant, plant.ma, {"input": dict(done)}, [], "en"), "maintenanceOrderComplete")
    assert codes(missing) == [("checkedItems", "CHECKLIST_INCOMPLETE"), ("photos", "PHOTOS_REQUIRED")]
    assert missing["errors"][0]["message"] == "Required checklist items not done: 制动器"
    bad = result(
        _complete(plant, plant.ma, {"input": dict(done)}, [("x.jpg", b"GIF89a not a photo")]),
        "maintenanceOrderComplete",
    )
    assert ("photos.0", "PHOTO_TYPE_NOT_ALLOWED") in codes(bad)
    assert _open_order(plant, elevator.pk).pk == order.pk
    assert list(media.rglob("*.*")) == []
    for who in (None, plant.owner, plant.desk, plant.manager_y):
        body = _complete(plant, who, {"input": dict(done)}, [("a.jpg", JPEG)])
        assert error_codes(body) in (["FORBIDDEN"], ["UNAUTHENTICATED"])
    complete = {"input": done | {"checkedItems": ["曳引机", "制动器"], "signerName": "通力 王师傅"}}
    with QueryLog() as log:
        body = _complete(plant, plant.ma, complete, [("before.jpg", JPEG), ("IMG_0001.HEIC", _heic())])
    signed = result(body, "maintenanceOrderComplete")
    assert signed["errors"] == []
    finished = signed["maintenanceOrder"]
    assert (finished["state"], finished["signerName"], finished["signedByName"]) == ("DONE", "通力 王师傅", "马强")
    assert [p["contentType"] for p in finished["photos"]] == ["image/jpeg", "image/heic"]
    assert log.count() == 15  # 13 without photos: their insert and their list
    with tenant_context(plant.company):
        stored = sorted(MaintenancePhoto.objects.values_list("file", "jpeg_file"))
    assert all(name.startswith(f"{plant.company.schema_name}/equipment/maintenance/{order.pk}/") for name, _ in stored)
    heic_jpeg = media / next(jpeg for _, jpeg in stored if jpeg)
    assert heic_jpeg.read_bytes().startswith(b"\xff\xd8\xff")
    again = result(_complete(plant, plant.ma, complete, [("a.jpg", JPEG)]), "maintenanceOrderComplete")
    assert codes(again) == [("id", "ALREADY_DONE")]

    def get(user: Any, url: str) -> int:
        headers = {"HTTP_AUTHORIZATION": f"Bearer {plant.client(user).token}"} if user else {}
        response = Client(HTTP_HOST=plant.client(plant.manager).host).get(url, **headers)
        activate_public()
        return response.status_code

    jpeg_url = finished["photos"][1]["jpegUrl"]
    assert [get(who, jpeg_url) for who in (plant.manager, plant.desk, plant.manager_y, plant.owner, None)] == [
        200,
        200,
        404,
        404,
        404,
    ]


def test_a_rule_may_ask_for_no_photos_but_never_for_more_than_nine(plant: Plant) -> None:
    data = {"community": gid("Community", plant.x.pk), "name": "门禁季保", "kind": "EVERY", "intervalDays": 90,
            "category": "ACCESS_CONTROL", "minPhotos": 10}  # fmt: skip
    refused = result(plant.client(plant.manager).execute(RULE, {"input": data}), "maintenanceRuleCreate")
    assert codes(refused) == [("minPhotos", "PHOTOS_OUT_OF_RANGE")]
    made = result(
        plant.client(plant.manager).execute(RULE, {"input": data | {"minPhotos": 0}}), "maintenanceRuleCreate"
    )
    assert made["errors"] == [] and made["maintenanceRule"]["minPhotos"] == 0


def test_gaps_warn_at_day_12_and_violate_past_day_15_each_once_and_the_manager_hears(plant: Plant) -> None:
    elevator = plant.elevator()
    _rule(plant, elevator.pk, starts_on=D(2026, 1, 1))
    with tenant_context(plant.company):
        for day in range(1, 21):
            equipment_compliance_sweep(today=D(2026, 1, day))
            equipment_compliance_sweep(today=D(2026, 1, day))
        gaps = list(MaintenanceGap.objects.values_list("level", "since_on", "recorded_on", "gap_days"))
        told = Notification.objects.filter(recipient=plant.manager, kind=NotificationKind.EQUIPMENT_ALERT)
        titles = sorted(told.values_list("title", flat=True))
    assert sorted(gaps) == [
        (GapLevel.VIOLATION, D(2026, 1, 1), D(2026, 1, 17), 16),
        (GapLevel.WARNING, D(2026, 1, 1), D(2026, 1, 13), 12),
    ]
    assert titles == ["维保即将超期", "维保已超期"]
    listed = plant.client(plant.manager).data(GAPS)["maintenanceGaps"]
    assert listed["totalCount"] == 2
    assert plant.client(plant.manager_y).data(GAPS)["maintenanceGaps"]["totalCount"] == 0
