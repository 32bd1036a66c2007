"""Stage 1: communities → buildings → units → houses, from one row per house (the usual export).

A house is the same house again when the old system's id (a legacy key) or its community, building,
unit and room number match: then it is updated (its area, layout, kind, status) or, unchanged,
skipped. Communities, buildings and units named by the rows are created in that order when missing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from saas.estates.models import Building, Community, District, House, HouseKind, HouseStatus, Unit
from saas.estates.services.plan_limits import house_limit, house_limit_check
from saas.imports.errors import ImportErrorCode
from saas.imports.mapping import FieldSpec, MappedRow, Problem, problem
from saas.imports.models import ImportJob
from saas.imports.stages.common import Counts, Links, Progress, StagePlan, duplicate, house_label, legacy_ids, snapshot

SPECS = [
    FieldSpec("source_id", "原系统房屋编号", max_length=200),
    FieldSpec("community", "小区", required=True, max_length=100),
    FieldSpec("district", "所在区", kind="choice", choices={label: value for value, label in District.choices}),
    FieldSpec("address", "小区地址", max_length=200),
    FieldSpec("building", "楼栋", required=True, max_length=50),
    FieldSpec("elevator", "电梯", kind="choice", choices={"有电梯": "1", "无电梯": "0", "有": "1", "无": "0"}),
    FieldSpec("unit", "单元", max_length=50),
    FieldSpec("room_number", "房号", required=True, max_length=20),
    FieldSpec("floor", "楼层", kind="int"),
    FieldSpec("building_area", "建筑面积", kind="area", required=True),
    FieldSpec("usable_area", "使用面积", kind="area"),
    FieldSpec("layout", "户型", max_length=20),
    FieldSpec("kind", "房屋类型", kind="choice", choices={label: value for value, label in HouseKind.choices}),
    FieldSpec("status", "房屋状态", kind="choice", choices={label: value for value, label in HouseStatus.choices}),
]
HOUSE_FIELDS = ["floor", "building_area", "usable_area", "layout", "kind", "status"]


@dataclass
class HouseRow:
    row: MappedRow
    key: tuple[str, str, str, str]
    source_id: str
    fields: dict[str, Any]
    house_id: int | None = None
    changes: dict[str, Any] | None = None


def _floor_of(room: str) -> int | None:
    """1502 → 15, 101 → 1, B101 → -1; None when the number does not say."""
    match = re.fullmatch(r"(B|-)?(\d{3,4})", room)
    if not match:
        return None
    floor = int(match[2][:-2])
    return -floor if match[1] else floor


def _checked(row: MappedRow, default_unit: str, problems: list[Problem]) -> HouseRow | None:
    v = row.values
    if not (v["community"] and v["building"] and v["room_number"]):
        return None
    floor = v["floor"] if v["floor"] is not None else _floor_of(v["room_number"])
    if floor is None:
        problems.append(problem(row.number, row.column("floor"), ImportErrorCode.FLOOR_INVALID))
    area, usable = v["building_area"], v["usable_area"]
    if area is not None:
        usable = usable if usable is not None else area
        if usable > area:
            problems.append(problem(row.number, row.column("usable_area"), ImportErrorCode.AREA_INVALID))
            area = None
    if floor is None or area is None:
        return None
    key = (v["community"], v["building"], v["unit"] or default_unit, v["room_number"])
    fields: dict[str, Any] = {
        "floor": floor,
        "building_area": area.quantize(Decimal("0.01")),
        "usable_area": usable.quantize(Decimal("0.01")),
    }
    for name in ("layout", "kind", "status"):
        if v[name] is not None:
            fields[name] = v[name]
    return HouseRow(row=row, key=key, source_id=v["source_id"] or "/".join(key), fields=fields)


def plan(job: ImportJob, rows: list[MappedRow]) -> StagePlan:
    problems: list[Problem] = []
    default_unit = job.options.get("default_unit") or "1单元"
    default_district = job.options.get("district") or ""
    seen: dict[Any, int] = {}
    house_rows: list[HouseRow] = []
    for row in rows:
        checked = _checked(row, default_unit, problems)
        if checked is None:
            continue
        first = duplicate(seen, checked.key, row) or (
            duplicate(seen, ("id", checked.source_id), row) if row.values["source_id"] else None
        )
        if first is not None:
            problems.append(
                problem(
                    row.number,
                    row.column("room_number"),
                    ImportErrorCode.DUPLICATE_HOUSE,
                    first=first,
                    house=house_label(*checked.key),
                )
            )
            continue
        house_rows.append(checked)

    communities = dict(Community.objects.values_list("name", "id"))
    new_communities: dict[str, HouseRow] = {}
    for hr in house_rows:
        name = hr.key[0]
        if name not in communities and name not in new_communities:
            if not (hr.row.values["district"] or default_district):
                problems.append(
                    problem(hr.row.number, hr.row.column("district"), ImportErrorCode.DISTRICT_REQUIRED, community=name)
                )
            new_communities[name] = hr
    bad_rows = {p.row for p in problems}
    house_rows = [hr for hr in house_rows if hr.row.number not in bad_rows]

    by_source = legacy_ids(job.source_system, House)
    by_key = {
        (c, b, u, r): pk
        for pk, c, b, u, r in House.objects.values_list(
            "id", "community__name", "building__name", "unit__name", "room_number"
        )
    }
    for hr in house_rows:
        hr.house_id = by_source.get(hr.source_id) or by_key.get(hr.key)
    houses = House.objects.in_bulk([hr.house_id for hr in house_rows if hr.house_id])
    counts = {"houses": Counts(), "communities": Counts(), "buildings": Counts(), "units": Counts()}
    for hr in house_rows:
        if hr.house_id is None:
            counts["houses"].create += 1
            continue
        house = houses[hr.house_id]
        changes = {name: value for name, value in hr.fields.items() if getattr(house, name) != value}
        if changes:
            hr.changes = changes
            counts["houses"].update += 1
        else:
            counts["houses"].skip += 1
    buildings = {(c, b): pk for pk, c, b in Building.objects.values_list("id", "community__name", "name")}
    units = {(c, b, u) for c, b, u in Unit.objects.values_list("building__community__name", "building__name", "name")}
    counts["communities"].create = len(new_communities)
    counts["buildings"].create = len({hr.key[:2] for hr in house_rows} - set(buildings))
    counts["units"].create = len({hr.key[:3] for hr in house_rows} - units)
    limit = house_limit()
    if limit is not None and counts["houses"].create and House.objects.count() + counts["houses"].create > limit:
        problems.append(
            Problem(
                0,
                "",
                str(ImportErrorCode.PLAN_LIMIT_REACHED),
                ImportErrorCode.PLAN_LIMIT_REACHED.message(limit=limit, existing=House.objects.count()),
            )
        )

    def commit(job: ImportJob, progress: Progress) -> tuple[int, int]:
        return _write(job, house_rows, new_communities, default_district, progress)

    return StagePlan("houses", counts, problems, commit)


def _write(
    job: ImportJob,
    house_rows: list[HouseRow],
    new_communities: dict[str, HouseRow],
    default_district: str,
    progress: Progress,
) -> tuple[int, int]:
    links = Links(job)
    house_limit_check(ImportErrorCode.PLAN_LIMIT_REACHED, sum(1 for hr in house_rows if hr.house_id is None))
    communities = dict(Community.objects.values_list("name", "id"))
    made = Community.objects.bulk_create(
        [
            Community(
                name=name,
                district=hr.row.values["district"] or default_district,
                address=hr.row.values["address"] or name,
            )
            for name, hr in new_communities.items()
        ]
    )
    for community, hr in zip(made, new_communities.values(), strict=True):
        communities[community.name] = community.pk
        links.created(hr.row.number, Community, community.pk)
        links.key(Community, community.name, community.pk)

    floors: dict[tuple[str, str], list[int]] = defaultdict(list)
    first_row: dict[tuple[str, str], HouseRow] = {}
    for hr in house_rows:
        floors[hr.key[:2]].append(hr.fields["floor"])
        first_row.setdefault(hr.key[:2], hr)
    buildings = {
        (c, b): obj
        for obj, c, b in ((obj, obj.community.name, obj.name) for obj in Building.objects.select_related("community"))
    }
    new_buildings = []
    grown = []
    for key, levels in floors.items():
        top, bottom = max(max(levels), 1), min(min(levels), 0)
        existing = buildings.get(key)
        if existing is None:
            elevator = first_row[key].row.values["elevator"]
            new_buildings.append(
                Building(
                    community_id=communities[key[0]],
                    name=key[1],
                    floors_above=top,
                    floors_below=-bottom,
                    elevators=int(elevator or 0),
                )
            )
        elif existing.floors_above < top or existing.floors_below < -bottom:
            links.updated(
                first_row[key].row.number, Building, existing.pk, snapshot(existing, ["floors_above", "floors_below"])
            )
            existing.floors_above = max(existing.floors_above, top)
            existing.floors_below = max(existing.floors_below, -bottom)
            grown.append(existing)
    Building.objects.bulk_create(new_buildings)
    Building.objects.bulk_update(grown, ["floors_above", "floors_below"])
    community_names = {pk: name for name, pk in communities.items()}
    for building in new_buildings:
        key = (community_names[building.community_id], building.name)
        buildings[key] = building
        links.created(first_row[key].row.number, Building, building.pk)
        links.key(Building, "/".join(key), building.pk)

    units = {(u.building_id, u.name): u.pk for u in Unit.objects.all()}
    new_units: dict[tuple[int, str], Unit] = {}
    unit_rows: dict[tuple[int, str], int] = {}
    for hr in house_rows:
        ukey = (buildings[hr.key[:2]].pk, hr.key[2])
        if ukey not in units and ukey not in new_units:
            new_units[ukey] = Unit(building_id=ukey[0], name=ukey[1])
            unit_rows[ukey] = hr.row.number
    Unit.objects.bulk_create(list(new_units.values()))
    for ukey, unit in new_units.items():
        units[ukey] = unit.pk
        links.created(unit_rows[ukey], Unit, unit.pk)

    created_rows: list[HouseRow] = []
    new_houses: list[House] = []
    changed: list[House] = []
    to_change = House.objects.in_bulk([hr.house_id for hr in house_rows if hr.changes])
    for hr in house_rows:
        building = buildings[hr.key[:2]]
        if hr.house_id is None:
            new_houses.append(
                House(
                    community_id=building.community_id,
                    building_id=building.pk,
                    unit_id=units[(building.pk, hr.key[2])],
                    room_number=hr.key[3],
                    **hr.fields,
                )
            )
            created_rows.append(hr)
        elif hr.changes:
            house = to_change[hr.house_id]
            links.updated(hr.row.number, House, house.pk, snapshot(house, hr.changes))
            for name, value in hr.changes.items():
                setattr(house, name, value)
            changed.append(house)
        else:
            links.key(House, hr.source_id, hr.house_id)
    for start in range(0, len(new_houses), 2000):
        House.objects.bulk_create(new_houses[start : start + 2000])
        progress(min(start + 2000, len(new_houses)))
    House.objects.bulk_update(changed, HOUSE_FIELDS, batch_size=2000)
    for hr, house in zip(created_rows, new_houses, strict=True):
        links.created(hr.row.number, House, house.pk)
        links.key(House, hr.source_id, house.pk)
    for hr in house_rows:
        if hr.changes and hr.house_id:
            links.key(House, hr.source_id, hr.house_id)
    links.save()
    return len(new_houses), len(changed)
