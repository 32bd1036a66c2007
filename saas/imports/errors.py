"""Error codes of imports, with their messages in Simplified Chinese and English.

A whole file that cannot be read raises ``ImportFileError``; one cell that cannot be parsed raises
``CellError``. Both are ``DomainError``s, so the GraphQL layer reports them like any other code.
"""

from __future__ import annotations

from typing import Any

from saas.core.errors import DomainError, ErrorCode, Texts


class ImportErrorCode(ErrorCode):
    # The file as a whole (reading.py).
    UNSUPPORTED_FILE = (
        "UNSUPPORTED_FILE",
        "无法识别该文件：请上传 CSV、Excel（.xlsx）或旧版 Excel（.xls）文件。",
        "This file cannot be read: upload a CSV, Excel (.xlsx) or old Excel (.xls) file.",
    )
    FILE_ENCRYPTED = (
        "FILE_ENCRYPTED",
        "该文件设置了打开密码，请在 Excel 中取消密码后重新上传。",
        "The file is password-protected: remove the password in Excel and upload it again.",
    )
    UNKNOWN_ENCODING = (
        "UNKNOWN_ENCODING",
        "无法确定该 CSV 文件的编码（可能是 {guesses}），请指定编码后重新上传。",
        "The CSV file's encoding is unclear (perhaps {guesses}): choose the encoding and upload it again.",
    )
    SHEET_NOT_FOUND = (
        "SHEET_NOT_FOUND",
        "找不到工作表“{sheet}”（文件中有：{sheets}）。",
        "There is no sheet “{sheet}” (the file has: {sheets}).",
    )
    EMPTY_FILE = "EMPTY_FILE", "文件中没有数据。", "The file holds no data."
    MISSING_HEADER = (
        "MISSING_HEADER",
        "第 {column} 列有数据但没有列名，请在表头中补上列名。",
        "Column {column} has data but no name: add its name to the header.",
    )
    DUPLICATE_COLUMN = (
        "DUPLICATE_COLUMN",
        "列名“{name}”出现了不止一次（第 {columns} 列），请改为不同的列名。",
        "The column name “{name}” appears more than once (columns {columns}): give each column its own name.",
    )
    MERGED_CELLS_IN_DATA = (
        "MERGED_CELLS_IN_DATA",
        "数据区有合并单元格（{ranges}），请取消合并并在每一行填上值。",
        "The data has merged cells ({ranges}): unmerge them and fill in every row.",
    )
    TOO_MANY_ROWS = (
        "TOO_MANY_ROWS",
        "文件超过 {limit} 行数据，请拆分后分批导入。",
        "The file has more than {limit} data rows: split it and import the parts one after another.",
    )
    # One cell (cells.py).
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    BAD_NUMBER = "BAD_NUMBER", "“{text}”不是有效的数字。", "“{text}” is not a number."
    BAD_AREA = (
        "BAD_AREA",
        "“{text}”不是有效的面积（如 89.5 或 89.5㎡，须大于 0，最多两位小数）。",
        "“{text}” is not an area (such as 89.5 or 89.5㎡, above 0, at most two decimals).",
    )
    BAD_AMOUNT = (
        "BAD_AMOUNT",
        "“{text}”不是有效的金额（如 1234.50 或 ¥1,234.50，最多两位小数）。",
        "“{text}” is not an amount (such as 1234.50 or ¥1,234.50, at most two decimals).",
    )
    NEGATIVE_AMOUNT = "NEGATIVE_AMOUNT", "金额“{text}”不能为负数。", "The amount “{text}” cannot be negative."
    BAD_DATE = (
        "BAD_DATE",
        "“{text}”不是有效的日期（如 2024-03-05、2024/3/5 或 2024年3月5日）。",
        "“{text}” is not a date (such as 2024-03-05, 2024/3/5 or 2024年3月5日).",
    )
    AMBIGUOUS_DATE = (
        "AMBIGUOUS_DATE",
        "日期“{text}”无法确定是几月几日，请写成年-月-日（如 2024-03-05）。",
        "The date “{text}” could be day-month or month-day: write it year-month-day (such as 2024-03-05).",
    )
    BAD_PHONE = ("BAD_PHONE", *Texts.PHONE_INVALID)
    BAD_ID_NUMBER = (
        "BAD_ID_NUMBER",
        "居民身份证号码无效：{reason}。",
        "Not a valid resident ID number: {reason_en}.",
    )
    BAD_CHOICE = "BAD_CHOICE", "“{text}”不是可选的值（可选：{choices}）。", "“{text}” is not one of: {choices}."

    # A job as a whole (services/): mapping, state, rollback, reconciliation.
    NOT_FOUND = "NOT_FOUND", "找不到该导入任务。", "No such import job."
    FILE_TOO_LARGE = "FILE_TOO_LARGE", "文件不能超过 {limit} MB。", "The file may be at most {limit} MB."
    MISSING_COLUMN = (
        "MISSING_COLUMN",
        "文件中没有“{column}”列（字段：{field_name}）。",
        "The file has no column “{column}” (field {field_name}).",
    )
    UNKNOWN_FIELD = "UNKNOWN_FIELD", "“{field_name}”不是可用的取值。", "“{field_name}” is not an allowed value."
    PROFILE_NOT_FOUND = "PROFILE_NOT_FOUND", "找不到该映射方案。", "No such mapping profile."
    PROFILE_NAME_REQUIRED = "PROFILE_NAME_REQUIRED", "请填写映射方案名称。", "Name the mapping profile."
    PROFILE_STAGE_MISMATCH = (
        "PROFILE_STAGE_MISMATCH",
        "该映射方案用于“{stage}”阶段。",
        "This mapping profile is for the “{stage}” stage.",
    )
    WRONG_STATE = "WRONG_STATE", "导入任务当前为“{state}”，不能{action}。", "The job is “{state}”: cannot {action}."
    FILE_PURGED = "FILE_PURGED", "原文件已按期清除，请重新上传。", "The file was purged on schedule; upload it again."
    OPENING_PERIOD_INVALID = (
        "OPENING_PERIOD_INVALID",
        "月份须为某月第一天（如 2026-11-01）。",
        "A month is given as its first day (e.g. 2026-11-01).",
    )
    PLAN_LIMIT_REACHED = (
        "PLAN_LIMIT_REACHED",
        "套餐最多可管理 {limit} 套房屋（已有 {existing} 套），请升级套餐后再导入。",
        "The plan allows {limit} houses ({existing} exist); upgrade the plan, then import.",
    )
    COMMIT_FAILED = (
        "COMMIT_FAILED",
        "导入失败，本阶段未写入任何数据：{reason}",
        "The import failed and nothing of this stage was written: {reason}",
    )
    IMPORT_ROLLBACK_BLOCKED = (
        "IMPORT_ROLLBACK_BLOCKED",
        "已有数据依赖本次导入，不能撤销：{blocking}",
        "Data now depends on this import, so it cannot be rolled back: {blocking}",
    )
    AMOUNT_INVALID = "AMOUNT_INVALID", "数值不能为负数。", "Figures cannot be negative."
    RECONCILIATION_NOT_FOUND = "RECONCILIATION_NOT_FOUND", "找不到该对账记录。", "No such reconciliation."
    NOT_RECONCILED = (
        "NOT_RECONCILED",
        "对账存在差异：签字确认须写明说明。",
        "The reconciliation shows differences: explain them to sign off.",
    )
    ALREADY_SIGNED_OFF = "ALREADY_SIGNED_OFF", "该对账已签字确认。", "This reconciliation is already signed off."
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    # One row, across rows or against the database (stages/).
    DUPLICATE_HOUSE = (
        "DUPLICATE_HOUSE",
        "与第 {first} 行是同一套房屋（{house}）。",
        "The same house as row {first} ({house}).",
    )
    DUPLICATE_ROW = "DUPLICATE_ROW", "与第 {first} 行重复（{key}）。", "Repeats row {first} ({key})."
    UNKNOWN_HOUSE = "UNKNOWN_HOUSE", "找不到房屋“{house}”。{suggestion}", "No house “{house}”. {suggestion_en}"
    DISTRICT_REQUIRED = (
        "DISTRICT_REQUIRED",
        "新小区“{community}”须注明所在区（或在导入选项中给出默认区）。",
        "The new community “{community}” needs a district (a column, or the job's default).",
    )
    AREA_INVALID = (
        "AREA_INVALID",
        "使用面积不能大于建筑面积。",
        "The usable area cannot exceed the building area.",
    )
    FLOOR_INVALID = (
        "FLOOR_INVALID",
        "无法从房号确定楼层：请填写楼层列。",
        "The room number does not tell the floor: fill in the floor.",
    )
    ID_NUMBER_TAKEN = (
        "ID_NUMBER_TAKEN",
        "证件号已属于住户“{name}”。",
        "The ID number belongs to resident “{name}”.",
    )
    PERIOD_TAKEN = (
        "PERIOD_TAKEN",
        "该房屋已有 {period} 的账单，期初欠费不能记在该月。",
        "The house already has a bill for {period}; the opening arrears cannot go there.",
    )
    OPENING_ALREADY_SETTLED = (
        "OPENING_ALREADY_SETTLED",
        "该房屋的期初余额已有收款或抵扣，不能再修改。",
        "Money was already applied to this house's opening balance; it can no longer change.",
    )
    PAID_EXCEEDS_AMOUNT = "PAID_EXCEEDS_AMOUNT", "实收金额大于应收金额。", "Paid exceeds the amount billed."


class ImportFileError(DomainError):
    """A file that cannot be read as a table at all; ``detail`` says where and why, for the user."""

    def __init__(
        self, code: ImportErrorCode, message: str | None = None, detail: dict[str, Any] | None = None, **params: Any
    ) -> None:
        super().__init__(code, message=message, **params)
        self.detail: dict[str, Any] = detail if detail is not None else dict(params)

    def __repr__(self) -> str:
        return f"ImportFileError({self.code.value!r}, detail={self.detail!r})"


class CellError(DomainError):
    """One cell's text that its parser refuses; the caller adds the row and the column."""

    def __init__(self, code: ImportErrorCode, message: str | None = None, **params: Any) -> None:
        super().__init__(code, message=message, **params)
        self.params = params

    def __repr__(self) -> str:
        return f"CellError({self.code.value!r}, {self.message!r})"
