"""Shared fixtures: real SQLCipher vaults in tmp_path with cheap key derivation.

``TEST_KDF`` opts into weak Argon2id parameters explicitly; the application and
the CLI never do (see tests/unit/test_kdf.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app import clock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # The screens are tested on the laptop the services have: 1366 x 768.
    LAPTOP_SCREEN = Path(__file__).with_name("laptop_screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={LAPTOP_SCREEN}"

from app.core.setup import CoordinatorInfo, CreatedVault, ServiceInfo, create_service_vault
from app.security.kdf import TEST_ONLY_WEAK, KdfPolicy

TEST_KDF = KdfPolicy(params=TEST_ONLY_WEAK, allow_weak=True)
PASSPHRASE = "cheval correct agrafe batterie"
LOGIN = "m.dupont"
SERVICE = ServiceInfo(
    name="Service de prévention — Aywaille",
    address="Place Joseph Thiry 1",
    postcode="4920",
    commune_code="62009",
    phone="+32 4 384 40 17",
    email="prevention@example.be",
)
COORDINATOR = CoordinatorInfo(full_name="Marie Dupont", login=LOGIN)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "clock(at): the application clock reads this date or datetime during the test"
    )


@pytest.fixture(autouse=True, scope="module")
def _module_clock(request: pytest.FixtureRequest) -> Iterator[None]:
    """A module's ``pytestmark = pytest.mark.clock(at)`` also holds while its
    module-scoped fixtures build their vaults."""
    marker = request.node.get_closest_marker("clock")
    if marker is None:
        yield None
        return
    with clock.frozen(marker.args[0]):
        yield None


@pytest.fixture(autouse=True)
def frozen_clock(request: pytest.FixtureRequest) -> Iterator[clock.FrozenClock | None]:
    """With ``@pytest.mark.clock(at)`` (or a module's ``pytestmark``), the
    application clock stands at ``at`` for the test; otherwise it is the
    system clock (which the faketime run moves 400 days ahead)."""
    marker = request.node.get_closest_marker("clock")
    if marker is None:
        yield None
        return
    with clock.frozen(marker.args[0]) as frozen:
        yield frozen


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep platformdirs (logs, config, default vault) inside a temp folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    yield


@pytest.fixture
def make_vault(tmp_path: Path) -> Iterator[Callable[..., CreatedVault]]:
    """Factory creating an unlocked vault (weak test KDF); closes them afterwards."""
    created: list[CreatedVault] = []

    def factory(folder: Path | None = None, **kwargs: object) -> CreatedVault:
        target = folder or tmp_path / f"vault{len(created)}"
        result = create_service_vault(
            target,
            kwargs.pop("service", SERVICE),  # type: ignore[arg-type]
            kwargs.pop("coordinator", COORDINATOR),  # type: ignore[arg-type]
            kwargs.pop("passphrase", PASSPHRASE),  # type: ignore[arg-type]
            kdf=kwargs.pop("kdf", TEST_KDF),  # type: ignore[arg-type]
            **kwargs,  # type: ignore[arg-type]
        )
        created.append(result)
        return result

    yield factory
    for item in created:
        item.vault.close()


@pytest.fixture
def vault_dir(make_vault: Callable[..., CreatedVault], tmp_path: Path) -> Path:
    """A closed vault folder (coordinator LOGIN / PASSPHRASE)."""
    folder = tmp_path / "coffre"
    make_vault(folder).vault.close()
    return folder
