"""A real SMTP server for tests (aiosmtpd), plain or with STARTTLS and a self-signed certificate."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import ssl
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from backend.settings import Settings, use_settings
from tests.support.pg import free_port

UseSmtp = Callable[[str | None], None]


class Collector:
    """aiosmtpd handler keeping every message and every login it saw."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.recipients: list[list[str]] = []
        self.logins: list[tuple[bytes, bytes]] = []
        self.port = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        self.messages.append(msg)
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 OK"

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str,
                     auth_data: Any) -> AuthResult:
        assert isinstance(auth_data, LoginPassword)
        self.logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.password == b"p@ss:word")


def self_signed_context(tmp_path: Path) -> ssl.SSLContext:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=1))
            .not_valid_after(now + dt.timedelta(hours=1))
            .sign(key, hashes.SHA256()))
    (tmp_path / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    return context


def serve(**options: Any) -> Iterator[Collector]:
    collector = Collector()
    controller = Controller(collector, hostname="127.0.0.1", port=free_port(),
                            authenticator=collector.authenticate, **options)
    controller.start()
    collector.port = controller.port
    yield collector
    controller.stop()


@pytest.fixture
def server() -> Iterator[Collector]:
    yield from serve(auth_require_tls=False)


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[Collector]:
    yield from serve(tls_context=self_signed_context(tmp_path), require_starttls=True,
                     auth_required=True)


@pytest.fixture
def use_smtp(db: Settings) -> Iterator[UseSmtp]:
    def install(url: str | None) -> None:
        use_settings(dataclasses.replace(db, smtp_url=url,
                                         mail_from="Bastion CRM <crm@example.com>"))
    yield install
    use_settings(db)
