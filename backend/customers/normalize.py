"""Normalised customer names for duplicate detection.

``name_key`` folds the ways people write the same company: full-width vs half-width characters
(NFKC), case, spaces, punctuation and legal-form suffixes. "北京字节跳动科技有限公司" and
"北京字节跳动科技" share a key; so do "ACME Inc." and "acme". The key is not PII-free by
itself (a person's name is PII) but it is only compared, never shown.
"""

from __future__ import annotations

import re
import unicodedata

# Latin legal forms, matched as whole trailing words (so "Costco" keeps its "co").
_LATIN_SUFFIXES = frozenset({
    "co", "company", "corp", "corporation", "inc", "incorporated", "llc", "llp", "lp", "ltd",
    "limited", "plc", "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "pty",
    "pte", "oy", "ab", "as", "kk",
})
# Chinese legal forms, stripped from the end of the compact name (longest first).
_CJK_SUFFIXES = (
    "股份有限公司", "有限责任公司", "有限公司", "集团公司", "分公司", "总公司", "集团", "公司",
)
_WORD = re.compile(r"[^\W_]+")


def _strip_cjk(compact: str) -> str:
    changed = True
    while changed:
        changed = False
        for suffix in _CJK_SUFFIXES:
            if compact.endswith(suffix) and len(compact) > len(suffix):
                compact = compact[: -len(suffix)]
                changed = True
                break
    return compact


def name_key(name: str) -> str:
    """The comparison key of a customer name; "" for a name with no letters or digits.

    A name that is nothing but a suffix ("Company", "公司") keeps it, so it still has a key.
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    words = _WORD.findall(text)
    while len(words) > 1 and words[-1] in _LATIN_SUFFIXES:
        words.pop()
    return _strip_cjk("".join(words))
