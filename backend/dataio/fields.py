"""What a column can be imported into, per kind, and the header synonyms that suggest it.

A mapping is ``{column header: field key}``; several columns may feed one list field (two phone
columns), ``ignore`` (or leaving a column out) skips a column. Custom customer fields are
``custom.<key>``. Headers are matched after folding case, width (NFKC), spaces and punctuation,
so "手机号码：", "Mobile Phone" and "mobile_phone" all find their field.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

KINDS = ("customers", "contacts", "deals")
IGNORE = "ignore"
CUSTOM_PREFIX = "custom."


@dataclass(frozen=True)
class FieldInfo:
    key: str
    required: bool = False
    multiple: bool = False  # several columns (and several values per cell) allowed


CUSTOMER_FIELDS = (
    FieldInfo("name", required=True), FieldInfo("kind"), FieldInfo("stage"), FieldInfo("level"),
    FieldInfo("industry"), FieldInfo("source"), FieldInfo("website"), FieldInfo("needs"),
    FieldInfo("phones", multiple=True), FieldInfo("emails", multiple=True),
    FieldInfo("id_number"), FieldInfo("address"), FieldInfo("owner"),
    FieldInfo("tags", multiple=True),
)
CONTACT_FIELDS = (
    FieldInfo("customer", required=True), FieldInfo("name", required=True), FieldInfo("title"),
    FieldInfo("phone"), FieldInfo("email"), FieldInfo("im"), FieldInfo("birthday"),
    FieldInfo("is_primary"),
)
DEAL_FIELDS = (
    FieldInfo("title", required=True), FieldInfo("customer", required=True),
    FieldInfo("amount"), FieldInfo("currency"), FieldInfo("stage"), FieldInfo("owner"),
    FieldInfo("expected_close_date"), FieldInfo("probability"), FieldInfo("source"),
    FieldInfo("notes"),
)
FIELDS: dict[str, tuple[FieldInfo, ...]] = {
    "customers": CUSTOMER_FIELDS, "contacts": CONTACT_FIELDS, "deals": DEAL_FIELDS}

# field -> header spellings (folded when compared). Kind-specific entries come first.
_COMMON = {
    "owner": ["负责人", "所属人", "销售", "销售负责人", "跟进人", "业务员", "owner", "salesperson",
              "sales rep", "account owner", "assigned to"],
    "source": ["来源", "客户来源", "线索来源", "source", "lead source"],
    "stage": ["阶段", "客户阶段", "销售阶段", "商机阶段", "状态", "stage", "status",
              "lifecycle stage", "deal stage"],
}
_SYNONYMS: dict[str, dict[str, list[str]]] = {
    "customers": {
        "name": ["名称", "客户名称", "客户名", "公司名称", "公司", "企业名称", "单位名称", "姓名",
                 "客户", "name", "company", "company name", "customer", "customer name",
                 "account", "account name"],
        "kind": ["类型", "客户类型", "kind", "type", "customer type"],
        "level": ["级别", "客户级别", "等级", "客户等级", "level", "grade", "tier", "rating"],
        "industry": ["行业", "所属行业", "industry", "sector"],
        "website": ["网站", "网址", "官网", "website", "web", "url", "homepage"],
        "needs": ["需求", "客户需求", "备注", "needs", "requirements", "notes", "note",
                  "description"],
        "phones": ["手机", "手机号", "手机号码", "电话", "电话号码", "联系电话", "联系方式",
                   "座机", "固话", "phone", "phones", "mobile", "mobile phone", "cell",
                   "telephone", "tel", "phone number", "work phone"],
        "emails": ["邮箱", "电子邮件", "电子邮箱", "邮件", "email", "emails", "e-mail",
                   "mail", "email address"],
        "id_number": ["身份证", "身份证号", "身份证号码", "证件号", "证件号码", "统一社会信用代码",
                      "id number", "national id", "tax id"],
        "address": ["地址", "联系地址", "公司地址", "详细地址", "address", "street address"],
        "tags": ["标签", "客户标签", "tags", "tag", "labels"],
    },
    "contacts": {
        "customer": ["客户", "客户名称", "公司", "公司名称", "所属客户", "customer",
                     "customer name", "company", "account", "account name"],
        "name": ["姓名", "联系人", "联系人姓名", "名字", "name", "contact", "contact name",
                 "full name"],
        "title": ["职务", "职位", "头衔", "title", "job title", "position", "role"],
        "phone": ["手机", "手机号", "手机号码", "电话", "联系电话", "phone", "mobile",
                  "telephone", "tel"],
        "email": ["邮箱", "电子邮件", "电子邮箱", "email", "e-mail", "mail"],
        "im": ["微信", "微信号", "qq", "im", "wechat", "messenger"],
        "birthday": ["生日", "出生日期", "birthday", "birth date", "date of birth", "dob"],
        "is_primary": ["主联系人", "首要联系人", "是否主联系人", "primary", "is primary",
                       "primary contact"],
    },
    "deals": {
        "title": ["商机名称", "商机", "机会名称", "标题", "名称", "title", "deal", "deal name",
                  "opportunity", "name"],
        "customer": ["客户", "客户名称", "公司", "公司名称", "customer", "customer name",
                     "company", "account", "account name"],
        "amount": ["金额", "商机金额", "预计金额", "amount", "value", "deal value"],
        "currency": ["币种", "货币", "currency"],
        "expected_close_date": ["预计成交日期", "预计成交时间", "成交日期", "结单日期",
                                "expected close date", "close date", "expected close"],
        "probability": ["赢率", "成交概率", "概率", "probability", "win probability"],
        "notes": ["备注", "说明", "notes", "note", "description"],
    },
}

_PUNCT = re.compile(r"[\W_]+")


def fold_header(header: str) -> str:
    text = unicodedata.normalize("NFKC", header).casefold()
    return _PUNCT.sub(" ", text).strip()


def field_keys(kind: str, custom_keys: list[str] | None = None) -> set[str]:
    keys = {f.key for f in FIELDS[kind]} | {IGNORE}
    if kind == "customers":
        keys |= {CUSTOM_PREFIX + k for k in custom_keys or []}
    return keys


def info(kind: str, key: str) -> FieldInfo:
    for f in FIELDS[kind]:
        if f.key == key:
            return f
    return FieldInfo(key)


def _table(kind: str) -> dict[str, str]:
    """folded header -> field; kind-specific spellings win over common ones."""
    table: dict[str, str] = {}
    for field, words in [*_SYNONYMS[kind].items(), *_COMMON.items()]:
        if field not in {f.key for f in FIELDS[kind]}:
            continue
        for word in words:
            table.setdefault(fold_header(word), field)
    return table


def suggest(kind: str, headers: list[str],
            custom_labels: dict[str, list[str]] | None = None) -> dict[str, str]:
    """A mapping for ``headers``: each header whose folded text is a known spelling (or a
    custom field's key or label). A single-valued field goes to the first column naming it."""
    table = _table(kind)
    if kind == "customers":
        for key, labels in (custom_labels or {}).items():
            for label in [key, *labels]:
                table.setdefault(fold_header(label), CUSTOM_PREFIX + key)
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        folded = fold_header(header)
        field = table.get(folded) or table.get(re.sub(r"\s*\d+$", "", folded))
        if field is None:
            continue
        if field in taken and not info(kind, field).multiple:
            continue
        taken.add(field)
        mapping[header] = field
    return mapping


def check_mapping(kind: str, headers: list[str], mapping: dict[str, str],
                  custom_keys: list[str]) -> dict[str, list[str]]:
    """Problems of a mapping, by input field (empty when it is usable)."""
    problems: dict[str, list[str]] = {}
    known = field_keys(kind, custom_keys)
    used: dict[str, int] = {}
    for header, field in mapping.items():
        if header not in headers:
            problems.setdefault("mapping", []).append("UNKNOWN_COLUMN")
        elif field not in known:
            problems.setdefault("mapping", []).append("UNKNOWN_FIELD")
        elif field != IGNORE:
            used[field] = used.get(field, 0) + 1
    for field, count in used.items():
        if count > 1 and not info(kind, field).multiple:
            problems.setdefault("mapping", []).append("FIELD_MAPPED_TWICE")
    for f in FIELDS[kind]:
        if f.required and f.key not in used:
            problems.setdefault("mapping", []).append(f"REQUIRED_{f.key.upper()}")
    return {k: sorted(set(v)) for k, v in problems.items()}
