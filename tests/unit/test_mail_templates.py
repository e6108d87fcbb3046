"""Every mail template renders in Chinese and English, with every value, and escapes its HTML."""

from __future__ import annotations

import datetime as dt

import pytest

from backend.mail.templates import LANGUAGES, TEMPLATE_NAMES, TemplateValuesError, render

VALUES: dict[str, dict[str, object]] = {
    "password_reset": {"display_name": "Ada", "link": "https://crm.example.com/reset?t=abc",
                       "code": "123456", "minutes": 30},
    "password_changed": {"display_name": "Ada", "when": "2025-03-04 05:06 UTC"},
    "account_locked": {"display_name": "Ada", "until": "2025-03-04 05:36 UTC"},
    "invitation": {"display_name": "Ada", "username": "ada", "inviter": "Grace",
                   "link": "https://crm.example.com/invite?t=xyz", "hours": 72},
    "mfa_code": {"display_name": "Ada", "code": "654321", "minutes": 10},
    "mfa_changed": {"display_name": "Ada", "when": "2025-03-04 05:06 UTC",
                    "change": "an authenticator app was set up"},
    "notification_digest": {"display_name": "Ada", "count": 1,
                            "items": "Grace mentioned you on Acme: “call me”",
                            "link": "https://crm.example.com/notifications"},
}


def test_every_template_has_test_values() -> None:
    assert set(VALUES) == TEMPLATE_NAMES


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template", sorted(VALUES))
def test_template_renders_every_value_in_both_parts(template: str, language: str) -> None:
    rendered = render(template, language, **VALUES[template])

    assert rendered.subject and "\n" not in rendered.subject
    assert f'<html lang="{language}">' in rendered.html
    for value in VALUES[template].values():
        assert str(value) in rendered.text
        assert str(value) in rendered.html
    assert "{" not in rendered.text and "{" not in rendered.html


def test_chinese_mail_reads_chinese() -> None:
    rendered = render("password_reset", "zh-CN", **VALUES["password_reset"])

    assert rendered.subject == "重置您的 Bastion CRM 密码"
    assert rendered.text.startswith("Ada，您好：")
    assert "30 分钟后失效" in rendered.text
    assert "您的密码不会被更改" in rendered.text


def test_reset_mail_says_password_is_unchanged_in_english() -> None:
    rendered = render("password_reset", "en-US", **VALUES["password_reset"])

    assert "expire in 30 minutes" in rendered.text
    assert "your password is unchanged" in rendered.text


@pytest.mark.parametrize("language", ["fr-FR", "", "de", "zh-Hant-TW"])
def test_unknown_language_falls_back_to_english(language: str) -> None:
    assert render("invitation", language, **VALUES["invitation"]) == render(
        "invitation", "en-US", **VALUES["invitation"])


@pytest.mark.parametrize("language", ["zh", "zh_CN", "ZH-cn", "zh-Hans"])
def test_simplified_chinese_variants_get_chinese(language: str) -> None:
    assert render("invitation", language, **VALUES["invitation"]) == render(
        "invitation", "zh-CN", **VALUES["invitation"])


def test_missing_value_is_named_in_the_error() -> None:
    values = dict(VALUES["password_reset"])
    del values["code"]

    with pytest.raises(TemplateValuesError, match="missing code"):
        render("password_reset", "en-US", **values)


def test_misspelt_value_is_refused() -> None:
    with pytest.raises(TemplateValuesError, match="unexpected minute"):
        render("password_reset", "en-US", **VALUES["password_reset"], minute=5)


def test_unknown_template_raises_key_error() -> None:
    with pytest.raises(KeyError):
        render("no_such_template", "en-US")


def test_html_escapes_values_but_text_keeps_them() -> None:
    rendered = render("account_locked", "en-US", display_name="<b>Ada</b> & co",
                      until="soon")

    assert "&lt;b&gt;Ada&lt;/b&gt; &amp; co" in rendered.html
    assert "<b>Ada</b>" not in rendered.html
    assert rendered.text.startswith("Hello <b>Ada</b> & co,")


def test_datetimes_are_shown_in_utc() -> None:
    when = dt.datetime(2025, 3, 4, 13, 6, tzinfo=dt.timezone(dt.timedelta(hours=8)))

    rendered = render("password_changed", "en-US", display_name="Ada", when=when)

    assert "2025-03-04 05:06 UTC" in rendered.text
