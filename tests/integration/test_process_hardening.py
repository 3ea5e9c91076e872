"""The real ``balise`` process: no core dumps (Linux), and no network socket
ever (SECURITY.md #18) — observed from outside, through the real entry point."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import LOGIN, PASSPHRASE
from tests.integration.test_cli import ROOT, balise, make_env

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux")


def _core_limit(pid: int) -> tuple[str, str] | None:
    try:
        text = Path(f"/proc/{pid}/limits").read_text()
    except OSError:
        return None
    match = re.search(r"^Max core file size\s+(\S+)\s+(\S+)", text, re.M)
    return (match.group(1), match.group(2)) if match else None


def _allow_core_dumps() -> None:  # runs in the child before exec
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    wanted = 1 << 20 if hard == resource.RLIM_INFINITY else hard
    resource.setrlimit(resource.RLIMIT_CORE, (wanted, hard))


@linux_only
def test_balise_process_cannot_dump_core(vault_dir: Path, tmp_path: Path) -> None:
    """Started with core dumps allowed, the process waiting for a passphrase has
    a core-file limit of zero (and is not dumpable when that is observable)."""
    env = make_env(tmp_path / "home")
    child = subprocess.Popen(
        [sys.executable, "-m", "app", "check", "--vault", str(vault_dir), "--user", LOGIN],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
        preexec_fn=_allow_core_dumps,
    )
    try:
        limit = None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and child.poll() is None:
            limit = _core_limit(child.pid)
            if limit == ("0", "0"):
                break
            time.sleep(0.05)
        assert child.poll() is None, "the process should be waiting for the passphrase"
        assert limit == ("0", "0")
        if os.geteuid() != 0:  # a non-dumpable process's /proc files belong to root
            assert Path(f"/proc/{child.pid}/status").stat().st_uid == 0
    finally:
        child.kill()
        child.wait(timeout=10)


SITECUSTOMIZE = """
import json, os, socket, sys
_log = os.environ["BALISE_SOCKET_LOG"]
_NET = {socket.AF_INET, socket.AF_INET6}
def _write(entry):
    with open(_log, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry) + "\\n")
def _hook(event, args):
    if event == "socket.__new__" and args[1] in _NET:
        _write({"event": event, "family": int(args[1])})
        raise RuntimeError("network socket refused by the test")
    if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname"):
        _write({"event": event})
        raise RuntimeError("network access refused by the test")
sys.addaudithook(_hook)
_write({"event": "installed"})
"""


@pytest.fixture
def watched_env(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """An environment where every Python process reports socket use to a file."""
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    env = make_env(tmp_path / "home")
    log = tmp_path / "sockets.jsonl"
    env.update(PYTHONPATH=str(hooks), BALISE_SOCKET_LOG=str(log))
    return env, log


def _events(log: Path) -> list[dict]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def test_real_entry_point_opens_no_network_socket(watched_env, tmp_path: Path) -> None:
    env, log = watched_env
    folder = tmp_path / "coffre"
    made = balise(
        env,
        "init",
        "--vault",
        str(folder),
        "--service-name",
        "Service de prévention — test",
        "--commune",
        "4920",
        "--coordinator-name",
        "Anne Lemaire",
        "--login",
        "a.lemaire",
        "--kdf-seconds",
        "0",
        lines=(PASSPHRASE, PASSPHRASE),
    )
    assert made.code == 0, made
    user = ("--user", "a.lemaire")
    checked = balise(env, "check", "--vault", str(folder), *user, lines=(PASSPHRASE,))
    assert checked.code == 0, checked
    verified = balise(env, "audit", "verify", "--vault", str(folder), *user, lines=(PASSPHRASE,))
    assert verified.code == 0, verified
    # the graphical application, started and left on its unlock screen for a moment
    gui = subprocess.Popen(
        [sys.executable, "-m", "app", "--vault", str(folder)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
    )
    try:
        time.sleep(4)
        assert gui.poll() is None, "the application should still be running"
    finally:
        gui.kill()
        gui.wait(timeout=10)
    events = _events(log)
    assert sum(e["event"] == "installed" for e in events) == 4  # the hook watched each run
    assert [e for e in events if e["event"] != "installed"] == []
