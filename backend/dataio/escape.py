"""Formula-injection protection for files people open in a spreadsheet.

A cell starting with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which some
programs skip before looking) is run as a formula by Excel, LibreOffice and WPS: a customer
named ``=HYPERLINK("http://evil", "click")`` would become a live link, or worse, in the
exporter's spreadsheet. Such cells get a leading apostrophe, which spreadsheets show as text
(OWASP "CSV injection"). Numbers written as numbers are not text and need no escaping.
"""

from __future__ import annotations

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value: str) -> str:
    return "'" + value if value.startswith(TRIGGERS) else value
