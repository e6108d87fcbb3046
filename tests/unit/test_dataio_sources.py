"""Reading uploaded tables: encodings, XLSX cells, header synonyms, formula escaping, sealing."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from backend import settings as settings_module
from backend.dataio import fields, sources, storage
from backend.dataio.escape import escape_cell
from backend.settings import Settings, load_settings, use_settings


@pytest.mark.parametrize(("data", "encoding"), [
    ("名称,手机\n张三,1\n".encode("gbk"), "gb18030"),
    ("名称,手机\n张三,1\n".encode(), "utf-8"),
    (b"\xef\xbb\xbf" + "名称,手机\n张三,1\n".encode(), "utf-8-sig")])
def test_encoding_is_detected_and_headers_read(data: bytes, encoding: str) -> None:
    seen = sources.inspect("x.csv", data)
    assert (seen.encoding, seen.headers, seen.total_rows) == (encoding, ["名称", "手机"], 1)
    assert list(sources.data_rows(data, "csv", encoding)) == [(2, ["张三", "1"])]


def test_semicolon_files_blank_and_repeated_headers() -> None:
    data = b"Name;Phone;;Phone\nACME;1;;2\n"
    assert sources.inspect("x.csv", data).headers == ["Name", "Phone", "Column 3", "Phone (2)"]


def test_xlsx_numbers_and_dates_read_as_people_see_them() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["客户名称", "手机", "成立日期", "金额"])
    sheet.append(["星辰", 13800138000, datetime(2020, 5, 1), 12.5])
    out = io.BytesIO()
    book.save(out)
    seen = sources.inspect("customers.xlsx", out.getvalue())
    assert seen.file_format == "xlsx" and seen.total_rows == 1
    rows = list(sources.data_rows(out.getvalue(), "xlsx", ""))
    assert rows == [(2, ["星辰", "13800138000", date(2020, 5, 1).isoformat(), "12.5"])]


def test_a_file_that_only_claims_to_be_xlsx_is_refused() -> None:
    with pytest.raises(sources.SourceError) as caught:
        sources.inspect("x.xlsx", b"name\nA\n")
    assert caught.value.code == "NOT_XLSX"


def test_headers_map_from_chinese_and_english_synonyms() -> None:
    headers = ["客户名称", "手机号码：", "Mobile Phone", "E-mail", "负责人", "标签", "行业",
               "来源", "客户级别", "阶段", "Fax"]
    assert fields.suggest("customers", headers) == {
        "客户名称": "name", "手机号码：": "phones", "Mobile Phone": "phones",
        "E-mail": "emails", "负责人": "owner", "标签": "tags", "行业": "industry",
        "来源": "source", "客户级别": "level", "阶段": "stage"}
    assert fields.suggest("deals", ["商机名称", "客户", "金额"]) == {
        "商机名称": "title", "客户": "customer", "金额": "amount"}


def test_mapping_checks() -> None:
    headers = ["名称", "电话", "手机"]
    assert fields.check_mapping("customers", headers, {"名称": "name", "电话": "phones",
                                                       "手机": "phones"}, []) == {}
    assert fields.check_mapping("customers", headers, {"电话": "owner", "手机": "owner"},
                                []) == {"mapping": ["FIELD_MAPPED_TWICE", "REQUIRED_NAME"]}
    assert fields.check_mapping("customers", headers, {"名称": "name", "Nope": "x"}, []) \
        == {"mapping": ["UNKNOWN_COLUMN"]}


@pytest.mark.parametrize(("value", "escaped"), [
    ("=1+1", "'=1+1"), ("+86 138", "'+86 138"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("ACME", "ACME"), ("", "")])
def test_formula_cells_are_escaped(value: str, escaped: str) -> None:
    assert escape_cell(value) == escaped


@pytest.fixture
def own_settings(tmp_path: Path) -> Iterator[Settings]:
    before = settings_module._current
    settings = load_settings({"CRM_DATA_DIR": str(tmp_path)})
    use_settings(settings)
    yield settings
    settings_module._current = before


def test_sealed_files_open_only_for_their_job(own_settings: Settings) -> None:
    settings = own_settings
    storage.write("imports/job-1.upload", b"secret rows", aad="import:1")
    raw = (settings.data_dir / "imports/job-1.upload").read_bytes()
    assert b"secret" not in raw
    assert storage.read("imports/job-1.upload", aad="import:1") == b"secret rows"
    with pytest.raises(storage.StorageError):
        storage.read("imports/job-1.upload", aad="import:2")
    with pytest.raises(storage.StorageError):
        storage.path_of("../outside")
    storage.append_report(1, 2, "2,,,created\n")
    storage.append_report(1, 502, "502,,,created\n")  # a batch that never committed
    storage.append_report(1, 2, "2,,,skipped\n")  # the same batch, run again
    assert storage.read_report(1, 502) == ["2,,,skipped\n"]
