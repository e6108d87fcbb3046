"""Customer names written differently share one duplicate-detection key."""

from __future__ import annotations

import pytest

from backend.customers.normalize import name_key


@pytest.mark.parametrize(("a", "b"), [
    ("北京字节跳动科技有限公司", "北京字节跳动科技"),
    ("ACME Inc.", "acme"),
    ("Acme, Inc", "ACME"),
    ("ACME Co., Ltd.", "acme"),
    ("ACME CO LTD", "Acme"),
    ("Acme GmbH", "acme"),
    ("Acme Corp.", "acme"),
    ("Acme LLC", "  a c m e "),
    ("上海某某股份有限公司", "上海某某"),
    ("深圳某某有限责任公司", "深圳某某"),
    ("某某集团有限公司", "某某"),
    ("某某集团", "某某公司"),
    ("ＡＣＭＥ　Ｉｎｃ．", "acme"),  # full-width forms (NFKC)
    ("微软（中国）有限公司", "微软(中国)"),
    ("O'Brien & Sons", "obrien sons"),
])
def test_variants_of_one_name_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)
    assert name_key(a) != ""


@pytest.mark.parametrize(("a", "b"), [
    ("Costco", "Cost"),  # "co" is only a suffix as a separate word
    ("Acme", "Acme Bank"),
    ("北京字节跳动", "上海字节跳动"),
])
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_name_made_only_of_a_suffix_still_has_a_key() -> None:
    assert name_key("公司") == "公司"
    assert name_key("Company") == "company"


def test_name_without_letters_or_digits_has_empty_key() -> None:
    assert name_key(" ,.-- ") == ""
