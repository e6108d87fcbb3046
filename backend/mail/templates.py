"""Bilingual mail templates (zh-CN, en-US), each rendered to a subject, plain text and HTML.

A template is written once as a list of blocks; the plain text and the HTML are both derived from
it, so the two parts of a mail can never say different things. Every value interpolated into the
HTML goes through ``html.escape``: display names and the like are user input.
"""

from __future__ import annotations

import html
import string
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

DEFAULT_LANGUAGE = "en-US"

BlockKind = Literal["p", "link", "code", "list"]
# ("p", text): a paragraph. ("link", button label): the {link} value as a button.
# ("code", text): a one-time code shown large. ("list", "{name}"): the value's lines as bullets.
Block = tuple[BlockKind, str]


class TemplateValuesError(ValueError):
    """The values given to ``render`` do not match what the template needs."""


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


@dataclass(frozen=True)
class _Template:
    subject: str
    greeting: str
    blocks: tuple[Block, ...]
    signature: str


def _en(subject: str, *blocks: Block) -> _Template:
    return _Template(subject, "Hello {display_name},", blocks, "— Bastion CRM")


def _zh(subject: str, *blocks: Block) -> _Template:
    return _Template(subject, "{display_name}，您好：", blocks, "—— Bastion CRM")


_TEMPLATES: dict[str, dict[str, _Template]] = {
    "password_reset": {
        "en-US": _en(
            "Reset your Bastion CRM password",
            ("p", "We received a request to reset the password of your Bastion CRM account. "
                  "To choose a new password, use this link:"),
            ("link", "Choose a new password"),
            ("p", "Or enter this 6-digit code on the password reset page:"),
            ("code", "{code}"),
            ("p", "The link and the code can be used once and expire in {minutes} minutes."),
            ("p", "If you did not ask for this, ignore this mail: your password is unchanged."),
        ),
        "zh-CN": _zh(
            "重置您的 Bastion CRM 密码",
            ("p", "我们收到了重置您 Bastion CRM 账户密码的请求。请通过以下链接设置新密码："),
            ("link", "设置新密码"),
            ("p", "或在密码重置页面输入以下 6 位验证码："),
            ("code", "{code}"),
            ("p", "链接和验证码只能使用一次，将在 {minutes} 分钟后失效。"),
            ("p", "如果这不是您本人的操作，请忽略本邮件，您的密码不会被更改。"),
        ),
    },
    "password_changed": {
        "en-US": _en(
            "Your Bastion CRM password was changed",
            ("p", "The password of your Bastion CRM account was changed on {when}."),
            ("p", "If this was you, there is nothing else to do. If it wasn't, contact your "
                  "administrator right away: someone else may have access to your account."),
        ),
        "zh-CN": _zh(
            "您的 Bastion CRM 密码已修改",
            ("p", "您的 Bastion CRM 账户密码已于 {when} 修改。"),
            ("p", "如果是您本人操作，无需任何处理。如果不是，请立即联系系统管理员："
                  "可能有他人获取了您的账户。"),
        ),
    },
    "account_locked": {
        "en-US": _en(
            "Your Bastion CRM account is temporarily locked",
            ("p", "After too many failed sign-in attempts, your Bastion CRM account is locked "
                  "until {until}. You can sign in again after that time."),
            ("p", "If these attempts were not yours, someone may be guessing your password: "
                  "change your password as soon as you can sign in again."),
        ),
        "zh-CN": _zh(
            "您的 Bastion CRM 账户已被临时锁定",
            ("p", "由于登录失败次数过多，您的 Bastion CRM 账户已被锁定至 {until}，"
                  "届时即可重新登录。"),
            ("p", "如果这些登录尝试不是您本人所为，可能有人正在猜测您的密码，"
                  "请在恢复登录后尽快修改密码。"),
        ),
    },
    "invitation": {
        "en-US": _en(
            "You're invited to Bastion CRM",
            ("p", "{inviter} has invited you to Bastion CRM. Your username is {username}."),
            ("p", "Set your password with this link within {hours} hours:"),
            ("link", "Set your password"),
            ("p", "If you weren't expecting this invitation, you can ignore this mail."),
        ),
        "zh-CN": _zh(
            "邀请您加入 Bastion CRM",
            ("p", "{inviter} 邀请您使用 Bastion CRM，您的用户名是 {username}。"),
            ("p", "请在 {hours} 小时内通过以下链接设置密码："),
            ("link", "设置密码"),
            ("p", "如果您没有预期收到此邀请，请忽略本邮件。"),
        ),
    },
    "mfa_code": {
        "en-US": _en(
            "Your Bastion CRM sign-in code",
            ("p", "Use this code to finish signing in to Bastion CRM:"),
            ("code", "{code}"),
            ("p", "It expires in {minutes} minutes. If you are not signing in right now, someone "
                  "knows your password: change it and tell your administrator."),
        ),
        "zh-CN": _zh(
            "您的 Bastion CRM 登录验证码",
            ("p", "请使用以下验证码完成 Bastion CRM 登录："),
            ("code", "{code}"),
            ("p", "验证码将在 {minutes} 分钟后失效。如果您此刻没有在登录，说明有人知道您的密码，"
                  "请立即修改密码并告知管理员。"),
        ),
    },
    "mfa_changed": {
        "en-US": _en(
            "Your Bastion CRM sign-in security changed",
            ("p", "On {when}: {change}."),
            ("p", "If this wasn't you, contact your administrator right away."),
        ),
        "zh-CN": _zh(
            "您的 Bastion CRM 登录安全设置已变更",
            ("p", "{when}：{change}。"),
            ("p", "如果不是您本人操作，请立即联系系统管理员。"),
        ),
    },
    "notification_digest": {
        "en-US": _en(
            "You have {count} unread notification(s) in Bastion CRM",
            ("p", "You have {count} unread notification(s):"),
            ("list", "{items}"),
            ("link", "Open Bastion CRM"),
            ("p", "You get this daily summary because you turned it on; you can turn it off in "
                  "your notification settings."),
        ),
        "zh-CN": _zh(
            "您在 Bastion CRM 有 {count} 条未读通知",
            ("p", "您有 {count} 条未读通知："),
            ("list", "{items}"),
            ("link", "打开 Bastion CRM"),
            ("p", "您开启了每日通知摘要，所以收到此邮件；可在通知设置中关闭。"),
        ),
    },
}

TEMPLATE_NAMES = frozenset(_TEMPLATES)
LANGUAGES = ("zh-CN", "en-US")

_P_STYLE = "margin:0 0 16px;font-size:15px;line-height:1.6;color:#1f2937"
_BUTTON_STYLE = ("display:inline-block;padding:10px 20px;background:#1677ff;color:#ffffff;"
                 "text-decoration:none;border-radius:6px;font-size:15px")
_CODE_STYLE = ("margin:0 0 16px;font-family:Consolas,Menlo,monospace;font-size:28px;"
               "letter-spacing:6px;color:#111827")
_PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{title}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f5;font-family:Arial,sans-serif">
<div style="max-width:560px;margin:0 auto;padding:32px;background:#ffffff;border-radius:8px">
{body}
</div>
</body>
</html>
"""


def _language(language: str) -> str:
    wanted = language.strip().replace("_", "-").lower()
    for known in LANGUAGES:
        if wanted == known.lower():
            return known
    # "zh", "zh-Hans", "zh-SG" read simplified Chinese better than English.
    if wanted.split("-", 1)[0] == "zh" and "hant" not in wanted:
        return "zh-CN"
    return DEFAULT_LANGUAGE


def _as_text(value: object) -> str:
    if isinstance(value, datetime):
        # Mail clients show no time zone of their own, so say which one this is.
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return str(value)


def _fields(tpl: _Template) -> set[str]:
    parts = [tpl.subject, tpl.greeting, *(text for _, text in tpl.blocks)]
    names = {name for part in parts for _, name, _, _ in string.Formatter().parse(part) if name}
    if any(kind == "link" for kind, _ in tpl.blocks):
        names.add("link")
    return names


def render(template: str, language: str, **values: object) -> Rendered:
    """Render ``template`` in ``language`` (unknown languages fall back to en-US).

    Raises ``KeyError`` for an unknown template and ``TemplateValuesError`` when a value is
    missing or not used by the template (a misspelt name would otherwise vanish silently).
    """
    variants = _TEMPLATES[template]
    lang = _language(language)
    tpl = variants[lang]
    needed = _fields(tpl)
    missing, extra = needed - values.keys(), values.keys() - needed
    if missing or extra:
        problems = [f"missing {', '.join(sorted(missing))}" if missing else "",
                    f"unexpected {', '.join(sorted(extra))}" if extra else ""]
        raise TemplateValuesError(
            f"mail template {template!r}: " + "; ".join(p for p in problems if p))
    plain = {name: _as_text(value) for name, value in values.items()}
    safe = {name: html.escape(text, quote=True) for name, text in plain.items()}

    text_parts = [tpl.greeting.format(**plain)]
    html_parts = [f'<p style="{_P_STYLE}">{tpl.greeting.format(**safe)}</p>']
    for kind, text in tpl.blocks:
        if kind == "link":
            text_parts.append(plain["link"])
            html_parts.append(
                f'<p style="{_P_STYLE}"><a href="{safe["link"]}" style="{_BUTTON_STYLE}">'
                f'{html.escape(text)}</a></p>\n'
                f'<p style="{_P_STYLE};font-size:13px;word-break:break-all;color:#6b7280">'
                f'{safe["link"]}</p>')
        elif kind == "list":
            lines = [line for line in plain[text.strip("{}")].splitlines() if line.strip()]
            text_parts.append("\n".join(f"• {line}" for line in lines))
            html_parts.append(f'<ul style="{_P_STYLE};padding-left:20px">' + "".join(
                f"<li>{html.escape(line)}</li>" for line in lines) + "</ul>")
        elif kind == "code":
            text_parts.append("    " + text.format(**plain))
            html_parts.append(f'<p style="{_CODE_STYLE}">{text.format(**safe)}</p>')
        else:
            text_parts.append(text.format(**plain))
            html_parts.append(f'<p style="{_P_STYLE}">{text.format(**safe)}</p>')
    text_parts.append(tpl.signature)
    html_parts.append(f'<p style="{_P_STYLE};color:#6b7280">{html.escape(tpl.signature)}</p>')

    subject = tpl.subject.format(**plain)
    page = _PAGE.format(lang=lang, title=html.escape(subject), body="\n".join(html_parts))
    return Rendered(subject=subject, text="\n\n".join(text_parts) + "\n", html=page)
