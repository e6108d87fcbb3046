"""Encrypted files under the data directory: uploaded imports, export results, import reports.

They hold customer data, so they are sealed with AES-256-GCM under the database key ring's
primary key (``CRMF1 | key id | nonce | ciphertext``), the associated data naming the job they
belong to: a file copied over another job's fails to open. Files are written to a temporary name
and renamed, so a crash never leaves half a file under the real name.

The import report grows batch by batch. Each batch appends one line ``<first row>\t<sealed CSV
chunk>`` BEFORE its transaction commits; a batch that was rolled back (a killed process) is run
again and appends its line again, so the reader keeps the last chunk per first row and ignores
chunks at or after the job's committed ``processed`` position.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from backend.crypto import aead
from backend.settings import get_settings

MAGIC = b"CRMF1"


class StorageError(Exception):
    """A stored file is missing, damaged or sealed for something else."""


def _root() -> Path:
    return get_settings().data_dir


def path_of(relative: str) -> Path:
    root = _root().resolve()
    target = (root / relative).resolve()
    if not target.is_relative_to(root) or target == root:
        raise StorageError("path outside the data directory")
    return target


def seal(data: bytes, aad: str) -> bytes:
    settings = get_settings()
    kid = settings.primary_key_id.encode()
    nonce = os.urandom(12)
    body = AESGCM(settings.encryption_keys[settings.primary_key_id]).encrypt(
        nonce, data, aad.encode())
    return MAGIC + bytes([len(kid)]) + kid + nonce + body


def unseal(blob: bytes, aad: str) -> bytes:
    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + 14:
        raise StorageError("not a sealed file")
    size = blob[len(MAGIC)]
    start = len(MAGIC) + 1
    kid = blob[start:start + size].decode(errors="replace")
    key = get_settings().encryption_keys.get(kid)
    if key is None:
        raise StorageError("sealed with a key no longer in the ring")
    nonce = blob[start + size:start + size + 12]
    try:
        return AESGCM(key).decrypt(nonce, blob[start + size + 12:], aad.encode())
    except InvalidTag:
        raise StorageError("authentication failed") from None


def write(relative: str, data: bytes, aad: str) -> None:
    target = path_of(relative)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = target.with_name(target.name + ".part")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(seal(data, aad))
        fh.flush()
        os.fsync(fh.fileno())
    temporary.replace(target)


def read(relative: str, aad: str) -> bytes:
    try:
        blob = path_of(relative).read_bytes()
    except FileNotFoundError:
        raise StorageError("file missing") from None
    return unseal(blob, aad)


def remove(relative: str) -> None:
    if relative:
        path_of(relative).unlink(missing_ok=True)


def upload_path(job_id: int) -> str:
    return f"imports/job-{job_id}.upload"


def report_path(job_id: int) -> str:
    return f"imports/job-{job_id}.report"


def export_path(job_id: int) -> str:
    return f"exports/job-{job_id}.export"


def _report_aad(job_id: int) -> str:
    return f"import-report:{job_id}"


def append_report(job_id: int, first_row: int, chunk: str) -> None:
    """Add one batch's report lines (see the module docstring)."""
    target = path_of(report_path(job_id))
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    line = f"{first_row}\t{aead.encrypt(chunk, aad=_report_aad(job_id))}\n"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a") as fh:
        fh.write(line)
        fh.flush()
        os.fsync(fh.fileno())


def read_report(job_id: int, processed_first_rows: int) -> list[str]:
    """The committed chunks in row order: those whose first row lies before
    ``processed_first_rows`` (the first row number not yet committed)."""
    try:
        lines = path_of(report_path(job_id)).read_text().splitlines()
    except FileNotFoundError:
        return []
    chunks: dict[int, str] = {}
    for line in lines:
        first, _, token = line.partition("\t")
        if first.isdigit() and token and int(first) < processed_first_rows:
            chunks[int(first)] = token
    try:
        return [aead.decrypt(chunks[k], aad=_report_aad(job_id)) for k in sorted(chunks)]
    except aead.DecryptionError:
        raise StorageError("report damaged") from None
