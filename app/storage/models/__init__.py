"""ORM models (SQLAlchemy 2, typed). The schema itself is owned by the Alembic
revisions in ``db/migrations``; a test checks that both agree.

Codes stored here (statuses, roles, kinds) are English identifiers; their
French labels live in ``app.core.vocabulary``.
"""

from app.storage.models.author import Author
from app.storage.models.base import Base, utcnow
from app.storage.models.case import (
    Case,
    CaseCounter,
    CaseEvent,
    CaseViolence,
    CaseWorker,
    FollowUp,
    Person,
)
from app.storage.models.consent import Consent
from app.storage.models.draft import Draft
from app.storage.models.reference import Commune, PartnerSector, ReferralSource, ViolenceType
from app.storage.models.risk import RiskAnswer, RiskFactor, RiskScreening
from app.storage.models.service import ServiceProfile, Setting, User

__all__ = [
    "Author",
    "Base",
    "Case",
    "CaseCounter",
    "CaseEvent",
    "CaseViolence",
    "CaseWorker",
    "Commune",
    "Consent",
    "Draft",
    "FollowUp",
    "PartnerSector",
    "Person",
    "ReferralSource",
    "RiskAnswer",
    "RiskFactor",
    "RiskScreening",
    "ServiceProfile",
    "Setting",
    "User",
    "ViolenceType",
    "utcnow",
]
