"""Residents of the demo houses: owners, their families and tenants, plus an owner-app account,
two registration requests waiting for review, a few consents and entries in the access log."""

from __future__ import annotations

import random
from datetime import date, timedelta

from permissions.roles import Role
from permissions.services import role_set
from saas.accounts.models import User
from saas.core.crypto import encrypt, keyed_hash
from saas.core.idcard import check_char
from saas.estates.models import House, HouseStatus
from saas.residents.models import (
    ConsentChannel,
    ConsentPurpose,
    IdDocumentType,
    Occupancy,
    OccupancyRole,
    RegistrationRequest,
    Resident,
)
from saas.residents.services.consent import consent_give_own, consent_record, consent_withdraw_own
from saas.residents.services.privacy import PiiField, resident_reveal_pii

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强海燕晓东玉兰文博子涵思远梓萱浩然欣怡雨桐"
MOBILE_PREFIXES = ["139", "138", "137", "136", "135", "158", "159", "186", "188", "150", "151", "152", "182", "187"]
AREA_CODES = {"chaoyang": "110105", "haidian": "110108", "tongzhou": "110112"}
DEMO_OWNER_PHONE = "13911112222"
DEMO_OWNER_PASSWORD = "Wuye@owner2026"
PRIVACY_NOTICE_VERSION = "2026-01"


class People:
    """Deterministic names, unique mobiles and valid resident IDs."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used_phones: set[str] = {DEMO_OWNER_PHONE}

    def name(self) -> str:
        given = self.rng.choice(GIVEN) + (self.rng.choice(GIVEN) if self.rng.random() < 0.6 else "")
        return self.rng.choice(SURNAMES) + given

    def phone(self) -> str:
        while True:
            phone = self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"
            if phone not in self.used_phones:
                self.used_phones.add(phone)
                return phone

    def resident_id(self, district: str) -> str:
        born = date(1950, 1, 1) + timedelta(days=self.rng.randrange(365 * 48))
        body = f"{AREA_CODES.get(district, '110101')}{born:%Y%m%d}{self.rng.randrange(1000):03d}"
        return body + check_char(body)

    def resident(self, district: str, *, phone: str | None = None, name: str | None = None) -> Resident:
        id_number = self.resident_id(district)
        phone = phone or self.phone()
        return Resident(
            name=name or self.name(),
            phone=phone,
            phone_last4=phone[-4:],
            id_type=IdDocumentType.RESIDENT_ID,
            id_number_encrypted=encrypt(id_number),
            id_number_hash=keyed_hash(id_number),
            id_number_last4=id_number[-4:],
            gender=self.rng.choice(["male", "female"]),
            household_size=self.rng.randint(1, 5),
        )


def _occupancy_plan(house: House, people: People) -> list[tuple[Resident, OccupancyRole, bool]]:
    """(resident, role, primary contact) for one house, by its status."""
    district = house.community.district
    if house.status == HouseStatus.UNSOLD:
        return []
    owner = people.resident(district)
    if house.status == HouseStatus.RENTED:
        return [(owner, OccupancyRole.OWNER, False), (people.resident(district), OccupancyRole.TENANT, True)]
    plan = [(owner, OccupancyRole.OWNER, True)]
    if house.status == HouseStatus.SELF_OCCUPIED:
        plan += [(people.resident(district), OccupancyRole.FAMILY, False) for _ in range(people.rng.randint(0, 2))]
    return plan


def seed_residents(houses: list[House], rng: random.Random) -> None:
    people = People(rng)
    plans = [(house, _occupancy_plan(house, people)) for house in houses]
    residents = Resident.objects.bulk_create([r for _, plan in plans for r, _, _ in plan], batch_size=1000)
    by_identity = iter(residents)
    occupancies = []
    for house, plan in plans:
        for _, role, primary in plan:
            resident = next(by_identity)
            move_in = house.community.handover_date or date(2015, 1, 1)
            move_in += timedelta(days=rng.randrange(900))
            occupancies.append(
                Occupancy(resident=resident, house=house, role=role, move_in=move_in, is_primary_contact=primary)
            )
    Occupancy.objects.bulk_create(occupancies, batch_size=1000)
    _owner_app_account(houses)
    _pending_registrations(houses, people)
    _consents()
    _reveals()


def _owner_app_account(houses: list[House]) -> None:
    """The owner the salesperson logs in as: 张伟 of 京华园 3号楼 1单元 1502."""
    house = next(h for h in houses if (h.community.name, h.building.name, h.room_number) == ("京华园", "3号楼", "1502"))
    user = User.objects.create_user(
        username=DEMO_OWNER_PHONE, password=DEMO_OWNER_PASSWORD, display_name="张伟", phone=DEMO_OWNER_PHONE
    )
    role_set(user=user, role=Role.OWNER)
    Occupancy.objects.filter(house=house).delete()
    owner = People(random.Random(7)).resident("chaoyang", phone=DEMO_OWNER_PHONE, name="张伟")
    owner.user = user
    owner.household_size = 3
    owner.save()
    house.status = HouseStatus.SELF_OCCUPIED
    house.save(update_fields=["status"])
    Occupancy.objects.create(
        resident=owner, house=house, role=OccupancyRole.OWNER, move_in=date(2013, 3, 18), is_primary_contact=True
    )


def _pending_registrations(houses: list[House], people: People) -> None:
    candidates = [h for h in houses if h.status == HouseStatus.VACANT][:2]
    for house in candidates:
        phone = people.phone()
        user = User.objects.create_user(username=phone, password=None, display_name="", phone=phone)
        role_set(user=user, role=Role.OWNER)
        id_number = people.resident_id(house.community.district)
        RegistrationRequest.objects.create(
            user=user,
            house=house,
            role=OccupancyRole.OWNER,
            name=people.name(),
            phone=phone,
            id_type=IdDocumentType.RESIDENT_ID,
            id_number_encrypted=encrypt(id_number),
            id_number_last4=id_number[-4:],
            move_in=date.today(),
        )


def _owners_of(community: str, count: int) -> list[Resident]:
    occupancies = Occupancy.objects.filter(house__community__name=community, role=OccupancyRole.OWNER)
    return [o.resident for o in occupancies.select_related("resident").order_by("id")[:count]]


def _consents() -> None:
    """张伟 agreed in the app (and took marketing back); a few 京华园 owners signed the paper form."""
    owner = User.objects.get(username=DEMO_OWNER_PHONE)
    for purpose in (ConsentPurpose.PROPERTY_SERVICE, ConsentPurpose.FACE_ACCESS, ConsentPurpose.MARKETING):
        consent_give_own(user=owner, purpose=purpose, notice_version=PRIVACY_NOTICE_VERSION)
    consent_withdraw_own(user=owner, purpose=ConsentPurpose.MARKETING)
    desk = User.objects.get(username="kefu")
    for resident in _owners_of("京华园", 3):
        for purpose in (ConsentPurpose.PROPERTY_SERVICE, ConsentPurpose.FACE_ACCESS):
            consent_record(
                resident_id=resident.pk,
                purpose=purpose,
                notice_version=PRIVACY_NOTICE_VERSION,
                channel=ConsentChannel.PAPER,
                recorded_by=desk,
            )


def _reveals() -> None:
    """Two break-glass looks for the audit log: staff outside their personal-information grants."""
    (qinghe,) = _owners_of("清河嘉园", 1)
    resident_reveal_pii(
        resident_id=qinghe.pk,
        actor=User.objects.get(username="kefu"),
        reason="业主来电报修厨房漏水，回拨确认上门时间",
        fields=[PiiField.PHONE],
        client_address="10.8.0.21",
    )
    (yunhe,) = _owners_of("运河湾畔", 1)
    resident_reveal_pii(
        resident_id=yunhe.pk,
        actor=User.objects.get(username="caiwu"),
        reason="开具物业费发票，核对业主身份证号",
        fields=[PiiField.ID_NUMBER],
        client_address="10.8.0.35",
    )
