"""Stage 2: residents and who lives where (occupancies), one row per person and house.

A person is the same person again by the old system's id (a legacy key), else by ID number
(its keyed hash), else by name and phone; one person may appear on several rows (an owner of two
flats). An occupancy already in force for that person, house and role is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils import timezone

from saas.imports.errors import ImportErrorCode
from saas.imports.mapping import FieldSpec, MappedRow, Problem, problem
from saas.imports.models import ImportJob
from saas.imports.stages.common import (
    HOUSE_REF_SPECS,
    Counts,
    HouseIndex,
    Links,
    Progress,
    StagePlan,
    duplicate,
    legacy_ids,
    snapshot,
)
from saas.residents.models import Gender, IdDocumentType, Occupancy, OccupancyRole, Resident
from saas.residents.validators import id_number_hash, protect_id_number

SPECS = [
    *HOUSE_REF_SPECS,
    FieldSpec("source_id", "原系统住户编号", max_length=200),
    FieldSpec("name", "姓名", required=True, max_length=64),
    FieldSpec("phone", "手机号", kind="phone", required=True),
    FieldSpec("id_number", "身份证号", kind="id_number"),
    FieldSpec("gender", "性别", kind="choice", choices={label: value for value, label in Gender.choices}),
    FieldSpec(
        "role",
        "身份",
        kind="choice",
        choices={**{label: value for value, label in OccupancyRole.choices}, "家属": "family", "租客": "tenant"},
    ),
    FieldSpec("move_in", "入住日期", kind="date"),
]
RESIDENT_FIELDS = ["name", "phone", "phone_last4", "gender"]
ID_FIELDS = ["id_type", "id_number_encrypted", "id_number_hash", "id_number_last4"]
# A row naming nobody (a vacant or unsold house in a combined house-and-owner export) is skipped.
PERSON_FIELDS = ("name", "phone", "id_number")


@dataclass
class Person:
    row: MappedRow
    key: tuple[str, ...]
    source_id: str
    resident_id: int | None = None
    changes: dict[str, Any] | None = None
    obj: Resident | None = None


@dataclass
class Stay:
    row: MappedRow
    person: Person
    house_id: int
    role: str
    move_in: date


def _person_key(v: dict[str, Any]) -> tuple[str, ...]:
    if v["source_id"]:
        return ("source", v["source_id"])
    if v["id_number"]:
        return ("id", v["id_number"])
    return ("name-phone", v["name"], v["phone"])


def plan(job: ImportJob, rows: list[MappedRow]) -> StagePlan:
    problems: list[Problem] = []
    index = HouseIndex(job.source_system, default_unit=job.options.get("default_unit") or "1单元")
    default_move_in = _default_move_in(job)
    people: dict[tuple[str, ...], Person] = {}
    stays: list[Stay] = []
    seen: dict[Any, int] = {}
    for row in rows:
        before = len(problems)
        house_id = index.find(row, problems)
        v = row.values
        if house_id is None or len(problems) > before or not (v["name"] and v["phone"]):
            continue
        key = _person_key(v)
        person = people.setdefault(key, Person(row=row, key=key, source_id=v["source_id"] or "/".join(key[1:])))
        role = v["role"] or OccupancyRole.OWNER
        first = duplicate(seen, (key, house_id, role), row)
        if first is not None:
            problems.append(
                problem(
                    row.number,
                    row.column("name"),
                    ImportErrorCode.DUPLICATE_ROW,
                    first=first,
                    key=f"{v['name']} {index.labels[house_id]}",
                )
            )
            continue
        stays.append(Stay(row, person, house_id, role, v["move_in"] or default_move_in))

    by_source = legacy_ids(job.source_system, Resident)
    hashes = {id_number_hash(p.row.values["id_number"]): p for p in people.values() if p.row.values["id_number"]}
    holders = {
        h: (pk, name)
        for pk, h, name in Resident.objects.filter(id_number_hash__in=list(hashes)).values_list(
            "id", "id_number_hash", "name"
        )
    }
    phones = {p.row.values["phone"] for p in people.values()}
    by_name_phone = {
        (n, ph): pk for pk, n, ph in Resident.objects.filter(phone__in=phones).values_list("id", "name", "phone")
    }
    refused: set[tuple[str, ...]] = set()
    for person in people.values():
        v = person.row.values
        pk = by_source.get(person.source_id)
        if pk is None and v["id_number"]:
            holder = holders.get(id_number_hash(v["id_number"]))
            if holder and holder[1] != v["name"]:
                problems.append(
                    problem(
                        person.row.number,
                        person.row.column("id_number"),
                        ImportErrorCode.ID_NUMBER_TAKEN,
                        name=holder[1],
                    )
                )
                refused.add(person.key)
                continue
            pk = holder[0] if holder else None
        person.resident_id = pk or by_name_phone.get((v["name"], v["phone"]))
    stays = [s for s in stays if s.person.key not in refused]

    counts = {"residents": Counts(), "occupancies": Counts()}
    existing = Resident.objects.in_bulk([p.resident_id for p in people.values() if p.resident_id])
    for person in people.values():
        if person.key in refused:
            continue
        if person.resident_id is None:
            counts["residents"].create += 1
            continue
        person.obj = existing[person.resident_id]
        wanted = _resident_fields(person.row.values)
        changes = {k: val for k, val in wanted.items() if getattr(person.obj, k) != val}
        if person.row.values["id_number"] and not person.obj.id_number_hash:
            changes["id_number"] = person.row.values["id_number"]
        person.changes = changes or None
        if changes:
            counts["residents"].update += 1
        else:
            counts["residents"].skip += 1
    in_force = set(
        Occupancy.objects.active()
        .filter(resident_id__in=[p.resident_id for p in people.values() if p.resident_id])
        .values_list("resident_id", "house_id", "role")
    )
    new_stays = []
    for stay in stays:
        if stay.person.resident_id and (stay.person.resident_id, stay.house_id, stay.role) in in_force:
            counts["occupancies"].skip += 1
        else:
            counts["occupancies"].create += 1
            new_stays.append(stay)
    live_people = [p for p in people.values() if p.key not in refused]

    def commit(job: ImportJob, progress: Progress) -> tuple[int, int]:
        return _write(job, live_people, new_stays, progress)

    return StagePlan("residents", counts, problems, commit)


def _default_move_in(job: ImportJob) -> date:
    given = job.options.get("move_in")
    return date.fromisoformat(given) if given else timezone.localdate()


def _resident_fields(v: dict[str, Any]) -> dict[str, Any]:
    fields = {"name": v["name"], "phone": v["phone"], "phone_last4": v["phone"][-4:]}
    if v["gender"]:
        fields["gender"] = v["gender"]
    return fields


def _set_id(resident: Resident, number: str) -> None:
    protected = protect_id_number(number)
    resident.id_type = IdDocumentType.RESIDENT_ID
    resident.id_number_encrypted = protected.encrypted
    resident.id_number_hash = protected.hash
    resident.id_number_last4 = protected.last4


def _write(job: ImportJob, people: list[Person], stays: list[Stay], progress: Progress) -> tuple[int, int]:
    links = Links(job)
    new_people = [p for p in people if p.resident_id is None]
    objects = []
    for person in new_people:
        resident = Resident(**_resident_fields(person.row.values))
        if person.row.values["id_number"]:
            _set_id(resident, person.row.values["id_number"])
        objects.append(resident)
    Resident.objects.bulk_create(objects, batch_size=2000)
    for person, resident in zip(new_people, objects, strict=True):
        person.resident_id = resident.pk
        links.created(person.row.number, Resident, resident.pk)
        links.key(Resident, person.source_id, resident.pk)
    progress(len(objects))
    changed = []
    for person in people:
        if person.obj is None:
            continue
        links.key(Resident, person.source_id, person.obj.pk)
        if not person.changes:
            continue
        fields = [f for f in person.changes if f != "id_number"]
        before_fields = fields + (
            ["id_type", "id_number_encrypted", "id_number_hash", "id_number_last4"]
            if "id_number" in person.changes
            else []
        )
        links.updated(person.row.number, Resident, person.obj.pk, snapshot(person.obj, before_fields))
        for name in fields:
            setattr(person.obj, name, person.changes[name])
        if "id_number" in person.changes:
            _set_id(person.obj, person.changes["id_number"])
        changed.append(person.obj)
    Resident.objects.bulk_update(
        changed,
        [*RESIDENT_FIELDS, *ID_FIELDS],
        batch_size=2000,
    )
    with_primary = set(Occupancy.objects.active().filter(is_primary_contact=True).values_list("house_id", flat=True))
    occupancies = []
    for stay in stays:
        primary = stay.role == OccupancyRole.OWNER and stay.house_id not in with_primary
        if primary:
            with_primary.add(stay.house_id)
        occupancies.append(
            Occupancy(
                resident_id=stay.person.resident_id or 0,  # set above for every new person
                house_id=stay.house_id,
                role=stay.role,
                move_in=stay.move_in,
                is_primary_contact=primary,
            )
        )
    Occupancy.objects.bulk_create(occupancies, batch_size=2000)
    for stay, occupancy in zip(stays, occupancies, strict=True):
        links.created(stay.row.number, Occupancy, occupancy.pk)
    progress(len(objects) + len(occupancies))
    links.save()
    return len(objects) + len(occupancies), len(changed)
