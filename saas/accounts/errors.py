"""Error codes of the accounts app, with their messages: staff management, login, the own profile."""

from __future__ import annotations

from saas.core.errors import ErrorCode, Texts


class StaffErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    PHONE_INVALID = ("PHONE_INVALID", *Texts.PHONE_INVALID)
    PHONE_TAKEN = (
        "PHONE_TAKEN",
        "该手机号已被本公司的其他账户使用。",
        "This mobile number is already used by another account of the company.",
    )
    ROLE_NOT_STAFF = "ROLE_NOT_STAFF", "请选择员工角色（业主不是员工角色）。", "Choose a staff role (owner is not one)."
    ADMIN_NOT_SCOPED = (
        "ADMIN_NOT_SCOPED",
        "管理员负责公司全部小区，不能指定小区。",
        "An admin works in every community; do not choose communities.",
    )
    COMMUNITIES_REQUIRED = (
        "COMMUNITIES_REQUIRED",
        "请至少选择一个负责的小区。",
        "Choose at least one community for this role.",
    )
    COMMUNITY_NOT_FOUND = "COMMUNITY_NOT_FOUND", "所选小区不存在。", "A chosen community does not exist."
    PII_NOT_IN_COMMUNITIES = (
        "PII_NOT_IN_COMMUNITIES",
        "只能在其负责的小区内查看住户完整信息。",
        "Residents' full personal information can only be granted in the member's own communities.",
    )
    PII_NOT_ALLOWED = (
        "PII_NOT_ALLOWED",
        "该角色不能查看住户信息，不能授予查看完整信息的权限。",
        "This role does not see residents, so it cannot see their full personal information.",
    )
    NOT_FOUND = "NOT_FOUND", "找不到该员工。", "The staff member does not exist."
    LAST_ADMIN = (
        "LAST_ADMIN",
        "这是公司最后一位在职管理员，不能降级或停用。",
        "This is the company's last active admin; they cannot be demoted or deactivated.",
    )
    CANNOT_CHANGE_SELF = (
        "CANNOT_CHANGE_SELF",
        "不能更改自己的角色、负责小区或账户状态，请由其他管理员操作。",
        "You cannot change your own role, communities or account status; ask another admin.",
    )
    STAFF_INACTIVE = (
        "STAFF_INACTIVE",
        "该员工已停用，请先启用。",
        "This staff member is deactivated; reactivate them first.",
    )
    ALREADY_ACTIVATED = (
        "ALREADY_ACTIVATED",
        "该员工已激活账户，无需再次邀请。",
        "This staff member has already activated their account.",
    )
    RESEND_TOO_SOON = (
        "RESEND_TOO_SOON",
        "邀请短信刚刚发送，请 {seconds} 秒后再试。",
        "An invitation was just sent; try again in {seconds} seconds.",
    )
    INVITATION_INVALID = (
        "INVITATION_INVALID",
        "激活码无效或已作废，请联系管理员重新发送邀请。",
        "This activation code is not valid or was withdrawn; ask your admin for a new invitation.",
    )
    INVITATION_EXPIRED = (
        "INVITATION_EXPIRED",
        "激活码已过期（72 小时内有效），请联系管理员重新发送邀请。",
        "This activation code has expired (it is valid for 72 hours); ask your admin for a new invitation.",
    )
    INVITATION_USED = (
        "INVITATION_USED",
        "该邀请已激活，请直接登录。",
        "This invitation has already been used; log in instead.",
    )
    PASSWORD_WEAK = "PASSWORD_WEAK", "{reason}", "{reason}", "密码强度不足"
    RATE_LIMITED = "RATE_LIMITED", "尝试过于频繁，请稍后再试。", "Too many attempts; try again later."


class AuthErrorCode(ErrorCode):
    REQUIRED = "REQUIRED", "请输入用户名和密码。", "Enter your username and password."
    INVALID_CREDENTIALS = (
        "INVALID_CREDENTIALS",
        "用户名或密码错误。",
        "The username or password is incorrect.",
    )
    RATE_LIMITED = "RATE_LIMITED", "登录尝试过于频繁，请稍后再试。", "Too many login attempts; try again later."
    BUSY = (
        "BUSY",
        "当前登录的人太多，请几秒后再试。",
        "Too many people are logging in right now; try again in a few seconds.",
    )


class ProfileErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    EMAIL_INVALID = ("EMAIL_INVALID", *Texts.EMAIL_INVALID)
