"""Start the real server (`crm migrate` then `crm serve`) on a free port with a fresh data dir."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.support.pg import free_port

CRM = str(Path(sys.executable).with_name("crm"))
ROOT = Path(__file__).resolve().parents[2]


class CrmRunner:
    """`crm` commands for one environment, run by tests/support/crm_runner.py in a process that
    stays up (the same command, without paying Python's start-up and imports each time)."""

    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.support.crm_runner"], env=env, cwd=ROOT,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.ready = False

    def run(self, *args: str, input: str = "") -> subprocess.CompletedProcess[str]:
        """Like ``subprocess.run([CRM, *args], check=True, ...)``: raises on a non-zero exit."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        if not self.ready:
            assert json.loads(self.proc.stdout.readline()) == {"ready": True}
            self.ready = True
        self.proc.stdin.write(json.dumps({"args": list(args), "input": input}) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"crm runner exited with {self.proc.wait(10)}")
        reply = json.loads(line)
        result = subprocess.CompletedProcess([CRM, *args], reply["code"], reply["stdout"],
                                             reply["stderr"])
        result.check_returncode()
        return result

    def stop(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


class LiveServer:
    def __init__(self, data_dir: Path, extra_env: dict[str, str] | None = None,
                 port: int | None = None) -> None:
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.data_dir = data_dir
        self.env = {**os.environ, "CRM_DATA_DIR": str(data_dir), "CRM_PUBLIC_URL": self.url,
                    **(extra_env or {})}
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = data_dir / "server.log"
        self._runner: CrmRunner | None = None

    def start_crm_runner(self) -> None:
        """Start the `crm` runner now, so its imports overlap other work."""
        if self._runner is None:
            self._runner = CrmRunner(self.env)

    def crm(self, *args: str, input: str = "") -> subprocess.CompletedProcess[str]:
        """Run a `crm` command against this server's data (raises if it fails)."""
        self.start_crm_runner()
        assert self._runner is not None
        return self._runner.run(*args, input=input)

    def migrate(self) -> None:
        subprocess.run([CRM, "migrate"], env=self.env, check=True, capture_output=True,
                       timeout=120)

    def start(self, *args: str) -> LiveServer:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            [CRM, "serve", "--port", str(self.port), *args], env=self.env,
            stdout=self.log.open("wb"), stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.log.read_text()[-2000:]}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"server did not answer: {self.log.read_text()[-2000:]}")

    def stop(self) -> None:
        if self._runner is not None:
            self._runner.stop()
            self._runner = None
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
