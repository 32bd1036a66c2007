"""Error codes of the residents domain: staff entry (residents, occupancies, policy), the owners'
registration review, the SMS-code signup of owner accounts, consents and privacy requests."""

from __future__ import annotations

from saas.core.errors import ErrorCode, Texts


class ResidentTexts:
    """Messages several of the enums below share, as ``(zh, en)``."""

    OTHER_PHONE_INVALID = (
        "请输入有效的电话号码（手机或固定电话，5–20 位数字）。",
        "Enter a valid phone number (mobile or landline, 5–20 digits).",
    )
    ID_NUMBER_INVALID = (
        "证件号码格式不正确，请核对证件类型和号码。",
        "The document number does not match the document type; check both.",
    )
    ID_CHECK_DIGIT_INVALID = (
        "身份证号码校验位不正确，请逐位核对。",
        "The resident ID number's check digit is wrong; check every digit.",
    )
    ID_BIRTH_DATE_INVALID = (
        "身份证号码中的出生日期无效。",
        "The birth date inside the resident ID number is not valid.",
    )
    HOUSE_NOT_FOUND = "找不到所选房屋。", "The selected house does not exist."
    RESIDENT_NOT_FOUND = "找不到该住户。", "The resident does not exist."
    RESIDENT_ANONYMISED = (
        "该住户的个人信息已按本人要求匿名化，不能再查看或修改。",
        "This resident's personal information was anonymised at their request; it can no longer be viewed or changed.",
    )
    ALREADY_OCCUPYING = "该住户已登记入住此房屋。", "This resident already lives in this house."
    JOINT_OWNER_FORBIDDEN = (
        "按本公司住户规则，一套房屋同一时间只能有一名业主，该房屋已有业主。",
        "Company policy allows one owner per house at a time, and this house already has one.",
    )


class ResidentErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    PHONE_INVALID = ("PHONE_INVALID", *Texts.PHONE_INVALID)
    OTHER_PHONE_INVALID = ("OTHER_PHONE_INVALID", *ResidentTexts.OTHER_PHONE_INVALID)
    ID_NUMBER_INVALID = ("ID_NUMBER_INVALID", *ResidentTexts.ID_NUMBER_INVALID)
    ID_CHECK_DIGIT_INVALID = ("ID_CHECK_DIGIT_INVALID", *ResidentTexts.ID_CHECK_DIGIT_INVALID)
    ID_BIRTH_DATE_INVALID = ("ID_BIRTH_DATE_INVALID", *ResidentTexts.ID_BIRTH_DATE_INVALID)
    ID_NUMBER_TAKEN = (
        "ID_NUMBER_TAKEN",
        "该证件号码已登记在住户“{name}”名下。",
        "This document number is already registered to the resident “{name}”.",
    )
    HOUSEHOLD_SIZE_INVALID = (
        "HOUSEHOLD_SIZE_INVALID",
        "家庭人口须在 1 到 20 人之间。",
        "Household size must be between 1 and 20.",
    )
    RESIDENT_NOT_FOUND = ("RESIDENT_NOT_FOUND", *ResidentTexts.RESIDENT_NOT_FOUND)
    RESIDENT_ANONYMISED = ("RESIDENT_ANONYMISED", *ResidentTexts.RESIDENT_ANONYMISED)
    HOUSE_NOT_FOUND = ("HOUSE_NOT_FOUND", *ResidentTexts.HOUSE_NOT_FOUND)
    OCCUPANCY_NOT_FOUND = "OCCUPANCY_NOT_FOUND", "找不到该入住记录。", "The occupancy does not exist."
    RESIDENT_HAS_OCCUPANCIES = (
        "RESIDENT_HAS_OCCUPANCIES",
        "该住户有入住记录，不能删除。",
        "This resident has occupancies and cannot be deleted.",
    )
    ALREADY_OCCUPYING = ("ALREADY_OCCUPYING", *ResidentTexts.ALREADY_OCCUPYING)
    JOINT_OWNER_FORBIDDEN = ("JOINT_OWNER_FORBIDDEN", *ResidentTexts.JOINT_OWNER_FORBIDDEN)
    MOVE_OUT_NOT_AFTER_MOVE_IN = (
        "MOVE_OUT_NOT_AFTER_MOVE_IN",
        "迁出日期须晚于入住日期（{move_in}）。",
        "The move-out date must be after the move-in date ({move_in}).",
    )
    OCCUPANCY_ALREADY_ENDED = (
        "OCCUPANCY_ALREADY_ENDED",
        "该入住记录已办理迁出（{move_out}）。",
        "This occupancy has already ended ({move_out}).",
    )


class RegistrationErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    ID_NUMBER_INVALID = ("ID_NUMBER_INVALID", *ResidentTexts.ID_NUMBER_INVALID)
    ID_CHECK_DIGIT_INVALID = ("ID_CHECK_DIGIT_INVALID", *ResidentTexts.ID_CHECK_DIGIT_INVALID)
    ID_BIRTH_DATE_INVALID = ("ID_BIRTH_DATE_INVALID", *ResidentTexts.ID_BIRTH_DATE_INVALID)
    HOUSE_NOT_FOUND = ("HOUSE_NOT_FOUND", *ResidentTexts.HOUSE_NOT_FOUND)
    ACCOUNT_PHONE_MISSING = (
        "ACCOUNT_PHONE_MISSING",
        "您的账户没有绑定手机号，请先用手机号注册。",
        "Your account has no mobile number; sign up with your mobile number first.",
    )
    ALREADY_PENDING = (
        "ALREADY_PENDING",
        "您对该房屋的认证申请正在审核中，请耐心等待。",
        "Your request for this house is already waiting for review.",
    )
    ALREADY_OCCUPYING = (
        "ALREADY_OCCUPYING",
        "申请人已是该房屋的登记住户。",
        "The applicant is already registered as living in this house.",
    )
    REQUEST_NOT_FOUND = "REQUEST_NOT_FOUND", "找不到该认证申请。", "The registration request does not exist."
    NOT_PENDING = (
        "NOT_PENDING",
        "该申请已审核，不能重复处理。",
        "This request has already been reviewed.",
    )
    ID_NUMBER_CONFLICT = (
        "ID_NUMBER_CONFLICT",
        "该证件号码已登记在住户“{name}”名下，但手机号或绑定账户不同；请先核实并更新该住户信息，或驳回申请。",
        "This document number belongs to the resident “{name}” with another phone or account; "
        "check and update that resident first, or reject the request.",
    )
    JOINT_OWNER_FORBIDDEN = ("JOINT_OWNER_FORBIDDEN", *ResidentTexts.JOINT_OWNER_FORBIDDEN)


class OwnerSignUpErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    PHONE_INVALID = ("PHONE_INVALID", *Texts.PHONE_INVALID)
    PASSWORD_WEAK = "PASSWORD_WEAK", "{reason}", "{reason}", "密码强度不足"
    PHONE_REGISTERED = (
        "PHONE_REGISTERED",
        "该手机号已注册，请直接登录。",
        "This mobile number already has an account; log in instead.",
    )
    CODE_INVALID = "CODE_INVALID", "验证码不正确。", "The verification code is incorrect."
    CODE_EXPIRED = (
        "CODE_EXPIRED",
        "验证码已过期或未发送，请重新获取。",
        "The verification code has expired or was never sent; request a new one.",
    )
    CODE_ATTEMPTS_EXCEEDED = (
        "CODE_ATTEMPTS_EXCEEDED",
        "验证码错误次数过多，请重新获取。",
        "Too many wrong codes; request a new one.",
    )
    SEND_TOO_SOON = (
        "SEND_TOO_SOON",
        "验证码已发送，请 {seconds} 秒后再试。",
        "A code was just sent; try again in {seconds} seconds.",
    )
    RATE_LIMITED = (
        "RATE_LIMITED",
        "获取验证码过于频繁，请稍后再试。",
        "Too many verification codes requested; try again later.",
    )


class ConsentErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    RESIDENT_NOT_FOUND = ("RESIDENT_NOT_FOUND", *ResidentTexts.RESIDENT_NOT_FOUND)
    RESIDENT_ANONYMISED = ("RESIDENT_ANONYMISED", *ResidentTexts.RESIDENT_ANONYMISED)
    NO_RESIDENT_RECORD = (
        "NO_RESIDENT_RECORD",
        "您的账户尚未关联住户信息，请先提交业主认证。",
        "Your account is not linked to a resident yet; ask to be registered for your house first.",
    )
    CONSENT_NOT_FOUND = "CONSENT_NOT_FOUND", "找不到该同意记录。", "The consent record does not exist."
    ALREADY_GIVEN = (
        "ALREADY_GIVEN",
        "该住户已同意此目的（{granted_at}），如需更新告知书版本请先撤回。",
        "The resident already consents to this purpose ({granted_at}); withdraw it first to record a new notice "
        "version.",
    )
    NOT_GIVEN = (
        "NOT_GIVEN",
        "没有针对此目的的有效同意，无需撤回。",
        "There is no consent in force for this purpose to withdraw.",
    )
    ALREADY_WITHDRAWN = (
        "ALREADY_WITHDRAWN",
        "该同意已于 {withdrawn_at} 撤回。",
        "This consent was already withdrawn ({withdrawn_at}).",
    )
    CHANNEL_INVALID = (
        "CHANNEL_INVALID",
        "工作人员只能登记现场或纸质签署的同意；业主App中的同意由业主本人操作。",
        "Staff record consents given in person or on paper; consents in the owner app are given by the owner.",
    )
    GRANTED_IN_FUTURE = "GRANTED_IN_FUTURE", "同意时间不能晚于现在。", "The consent time cannot be in the future."


class PrivacyErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    REASON_TOO_SHORT = (
        "REASON_TOO_SHORT",
        "请具体说明事由（至少 {minimum} 个字），该事由将记入个人信息访问记录。",
        "Give a specific reason (at least {minimum} characters); it is kept in the personal-information access log.",
    )
    RESIDENT_NOT_FOUND = ("RESIDENT_NOT_FOUND", *ResidentTexts.RESIDENT_NOT_FOUND)
    RESIDENT_ANONYMISED = ("RESIDENT_ANONYMISED", *ResidentTexts.RESIDENT_ANONYMISED)
    ALREADY_ANONYMISED = (
        "ALREADY_ANONYMISED",
        "该住户已于 {anonymised_at} 完成匿名化。",
        "This resident was already anonymised ({anonymised_at}).",
    )
    STILL_OCCUPYING = (
        "STILL_OCCUPYING",
        "该住户仍有未结束的入住记录，请先办理迁出再进行匿名化。",
        "The resident still has an occupancy that has not ended; record the move-out first.",
    )
