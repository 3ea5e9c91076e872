"""Argon2id key derivation with a floor that the application never goes below.

The floor is RFC 9106's second recommended option (64 MiB, t=3, p=4).
Slots created by the application are tuned upward toward about one second
on the creating machine; tests may ask for weaker parameters only through the
explicit ``allow_weak`` argument, which no application code path passes.
"""

from __future__ import annotations

import math
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.errors import WeakKdfParameters
from app.i18n import tr

KEY_LENGTH = 32
SALT_LENGTH = 16
#: memory ceiling for tuning: old laptops with 4 GiB must still unlock
MAX_TUNED_MEMORY_KIB = 256 * 1024
MAX_TUNED_ITERATIONS = 12


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, stored with every key slot."""

    memory_kib: int
    iterations: int
    lanes: int
    name: str = "argon2id"

    def to_json(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KdfParams:
        return cls(
            memory_kib=int(data["memory_kib"]),  # type: ignore[arg-type]
            iterations=int(data["iterations"]),  # type: ignore[arg-type]
            lanes=int(data["lanes"]),  # type: ignore[arg-type]
            name=str(data.get("name", "argon2id")),
        )

    def is_at_least_minimum(self) -> bool:
        return (
            self.name == "argon2id"
            and self.memory_kib >= MINIMUM.memory_kib
            and self.iterations >= MINIMUM.iterations
            and self.lanes >= MINIMUM.lanes
        )


MINIMUM = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
#: the most a slot may ask for: well above anything tune() produces
MAX_ACCEPTED = KdfParams(memory_kib=2 * 1024 * 1024, iterations=64, lanes=64)
#: cheap parameters for the test suite only (explicitly opted into)
TEST_ONLY_WEAK = KdfParams(memory_kib=1024, iterations=1, lanes=1)


def check_params(params: KdfParams, *, allow_weak: bool = False) -> None:
    """Refuse parameters below :data:`MINIMUM` unless ``allow_weak`` is set."""
    if params.name != "argon2id":
        raise WeakKdfParameters(tr("Le trousseau de clés utilise une méthode inconnue."))
    if not allow_weak and not params.is_at_least_minimum():
        raise WeakKdfParameters(
            tr(
                "Le trousseau de clés demande une protection plus faible que le minimum "
                "autorisé : il a peut-être été modifié. Le coffre n'est pas ouvert."
            )
        )
    if params.memory_kib < 8 * params.lanes or params.iterations < 1 or params.lanes < 1:
        raise WeakKdfParameters(tr("Le trousseau de clés contient des paramètres invalides."))
    if (
        params.memory_kib > MAX_ACCEPTED.memory_kib
        or params.iterations > MAX_ACCEPTED.iterations
        or params.lanes > MAX_ACCEPTED.lanes
    ):
        # A slot edited to ask for gigabytes would exhaust the laptop's memory.
        raise WeakKdfParameters(
            tr(
                "Le trousseau de clés demande des paramètres démesurés : il a peut-être été "
                "modifié. Le coffre n'est pas ouvert."
            )
        )


def derive_key(
    secret: bytes, salt: bytes, params: KdfParams, *, allow_weak: bool = False
) -> bytearray:
    """Derive a 32-byte key-encryption key from a passphrase or recovery code."""
    check_params(params, allow_weak=allow_weak)
    kdf = Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return bytearray(kdf.derive(secret))


def measure(params: KdfParams) -> float:
    """Seconds one derivation with ``params`` takes on this machine."""
    start = time.perf_counter()
    derive_key(b"balise-calibration", b"\0" * SALT_LENGTH, params, allow_weak=True)
    return time.perf_counter() - start


def tune(target_seconds: float = 1.0) -> KdfParams:
    """Parameters at or above the minimum taking about ``target_seconds`` here.

    Memory is raised first (it is what makes GPU guessing expensive), up to
    :data:`MAX_TUNED_MEMORY_KIB`; then the number of passes.
    """
    if target_seconds <= 0:
        return MINIMUM
    elapsed = max(measure(MINIMUM), 1e-3)
    factor = target_seconds / elapsed
    if factor <= 1.0:
        return MINIMUM
    memory = min(MAX_TUNED_MEMORY_KIB, int(MINIMUM.memory_kib * factor))
    memory -= memory % 1024
    memory = max(memory, MINIMUM.memory_kib)
    remaining = factor * MINIMUM.memory_kib / memory
    iterations = min(MAX_TUNED_ITERATIONS, max(MINIMUM.iterations, math.floor(3 * remaining)))
    return KdfParams(memory_kib=memory, iterations=iterations, lanes=MINIMUM.lanes)


@dataclass(frozen=True)
class KdfPolicy:
    """How new key slots are derived and which stored parameters are accepted.

    The application and the CLI always use :data:`PRODUCTION`. Only tests
    build a policy with ``allow_weak=True``, to keep the suite fast.
    """

    params: KdfParams | None = None  # None: tune on this machine
    target_seconds: float = 1.0
    allow_weak: bool = False

    def params_for_new_slot(self) -> KdfParams:
        params = self.params or tune(self.target_seconds)
        check_params(params, allow_weak=self.allow_weak)
        return params


PRODUCTION = KdfPolicy()
