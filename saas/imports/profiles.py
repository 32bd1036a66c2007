"""Built-in starting profiles for the common export layouts (思源, 明源, 金蝶我家云 and home-made
Excel name their columns in a handful of ways), and resolving a profile against a file's columns.

A built-in profile lists, per field, the column names seen in those exports; a saved profile names
one column per field. Column names are compared after NFKC and without a bracketed unit, so
``建筑面积（㎡）`` and ``建筑面积`` are the same column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from saas.imports.models import Stage

HOUSE_REF = {
    "house_source_id": ["房屋编号", "房产编号", "房屋ID", "资源编号"],
    "community": ["小区", "小区名称", "项目", "项目名称", "管理处"],
    "building": ["楼栋", "楼栋名称", "楼号", "楼宇", "楼栋号"],
    "unit": ["单元", "单元号", "单元名称"],
    "room_number": ["房号", "房间号", "门牌号", "房屋号"],
}


@dataclass(frozen=True)
class BuiltinProfile:
    key: str
    name: str
    stage: Stage
    columns: Mapping[str, Sequence[str]]
    value_maps: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    required: Sequence[str] = ()


BUILTIN_PROFILES = [
    BuiltinProfile(
        "houses",
        "常见房产档案导出（思源/明源/金蝶/Excel）",
        Stage.HOUSES,
        {
            "source_id": ["房屋编号", "房产编号", "房屋ID", "资源编号"],
            "community": HOUSE_REF["community"],
            "district": ["所在区", "所属区域", "区域", "区县", "行政区"],
            "address": ["小区地址", "项目地址", "地址"],
            "building": HOUSE_REF["building"],
            "elevator": ["电梯", "有无电梯", "是否有电梯"],
            "unit": HOUSE_REF["unit"],
            "room_number": HOUSE_REF["room_number"],
            "floor": ["楼层", "所在楼层", "所在层"],
            "building_area": ["建筑面积", "面积", "产权面积"],
            "usable_area": ["使用面积", "套内面积", "套内建筑面积"],
            "layout": ["户型", "房型"],
            "kind": ["房屋类型", "房产类型", "物业类型", "类型"],
            "status": ["居住状态", "入住状态", "房屋状态", "销售状态", "状态"],
        },
        {
            "status": {"已售": "vacant", "已交房": "vacant", "已入住": "self_occupied", "入住": "self_occupied"},
            "kind": {"住宅": "residential", "商业": "shop", "车库": "storage", "地下室": "storage"},
        },
    ),
    BuiltinProfile(
        "residents",
        "常见住户档案导出",
        Stage.RESIDENTS,
        {
            **HOUSE_REF,
            "source_id": ["客户编号", "住户编号", "业主编号", "客户ID"],
            "name": ["姓名", "业主姓名", "客户名称", "住户姓名", "客户姓名"],
            "phone": ["手机号", "手机", "手机号码", "联系电话", "电话"],
            "id_number": ["身份证号", "身份证号码", "证件号码", "证件号"],
            "gender": ["性别"],
            "role": ["身份", "客户类型", "住户类型", "关系", "与业主关系"],
            "move_in": ["入住日期", "入伙日期", "迁入日期", "交房日期"],
        },
        {"role": {"业主本人": "owner", "产权人": "owner", "本人": "owner", "成员": "family", "家庭成员": "family"}},
    ),
    BuiltinProfile(
        "opening_balances",
        "常见期初余额导出（欠费与预存）",
        Stage.OPENING_BALANCES,
        {
            **HOUSE_REF,
            "arrears": ["欠费金额", "欠费", "期初欠费", "累计欠费", "欠费合计"],
            "prepaid": ["预存余额", "预存", "预存金额", "预交余额", "预收余额"],
        },
    ),
    BuiltinProfile(
        "payment_history",
        "常见历史账单与缴费导出",
        Stage.PAYMENT_HISTORY,
        {
            **HOUSE_REF,
            "period": ["账期", "费用期间", "计费月份", "所属期", "所属月份"],
            "fee_name": ["收费项目", "费用名称", "收费科目", "费项"],
            "amount": ["应收金额", "应收", "金额"],
            "paid": ["实收金额", "实收", "已收金额", "已缴金额"],
            "paid_on": ["缴费日期", "收款日期", "实收日期"],
            "receipt_no": ["收据号", "票据号", "单据号"],
        },
    ),
]
BUILTIN_BY_STAGE = {profile.stage: profile for profile in BUILTIN_PROFILES}


def column_key(name: str) -> str:
    text = unicodedata.normalize("NFKC", name or "")
    return re.sub(r"[(\[].*?[)\]]", "", text).replace(" ", "").strip()


def resolve_columns(wanted: Mapping[str, str | Sequence[str]], file_columns: Sequence[str]) -> dict[str, str]:
    """Field → the file's own column name, for each field whose column (or one of its
    candidates, first match wins) the file has. Fields whose columns are absent are left out."""
    by_key: dict[str, str] = {}
    for column in file_columns:
        by_key.setdefault(column_key(column), column)
    for column in file_columns:  # under a merged header (房产信息/建筑面积) the child's own name too
        by_key.setdefault(column_key(column.rsplit("/", 1)[-1]), column)
    resolved: dict[str, str] = {}
    for name, candidates in wanted.items():
        for candidate in [candidates] if isinstance(candidates, str) else candidates:
            found = by_key.get(column_key(candidate))
            if found is not None:
                resolved[name] = found
                break
    return resolved
