"""ORM models (SQLAlchemy 2, typed). The schema itself is owned by the Alembic
revisions in ``db/migrations``; a test checks that both agree.

Codes stored here (statuses, roles, kinds) are English identifiers; their
French labels live in ``app.core.vocabulary``.
"""

from app.storage.models import sync as sync  # the laptops of a service (issue 12)
from app.storage.models.activities import (
    Activity,
    ActivityAttendance,
    ActivityCaseLink,
    ActivityFacilitator,
    ActivityOccurrence,
    ActivityPartner,
    TrainingAttendance,
)
from app.storage.models.audit import AuditEntry
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
from app.storage.models.housing import HousingRequest, HousingStay, HousingStayPerson, HousingUnit
from app.storage.models.objectives import FunderObjective, FunderObjectiveIndicator
from app.storage.models.partners import (
    IssuedDocument,
    LetterTemplate,
    Partner,
    PartnerCommune,
    PartnerContact,
)
from app.storage.models.pathways import (
    AdminStepType,
    CaseStep,
    CaseStepChange,
    Complaint,
    ComplaintStatusChange,
    DeparturePlan,
    DeparturePlanItem,
    FamilyCourtMeasure,
    ResidenceBan,
    ResidencePermitFile,
)
from app.storage.models.reference import Commune, PartnerSector, ReferralSource, ViolenceType
from app.storage.models.risk import RiskAnswer, RiskFactor, RiskScreening
from app.storage.models.service import ServiceProfile, Setting, User

__all__ = [
    "Activity",
    "ActivityAttendance",
    "ActivityCaseLink",
    "ActivityFacilitator",
    "ActivityOccurrence",
    "ActivityPartner",
    "AdminStepType",
    "AuditEntry",
    "Author",
    "Base",
    "Case",
    "CaseCounter",
    "CaseEvent",
    "CaseStep",
    "CaseStepChange",
    "CaseViolence",
    "CaseWorker",
    "Commune",
    "Complaint",
    "ComplaintStatusChange",
    "Consent",
    "DeparturePlan",
    "DeparturePlanItem",
    "Draft",
    "FamilyCourtMeasure",
    "FollowUp",
    "FunderObjective",
    "FunderObjectiveIndicator",
    "HousingRequest",
    "HousingStay",
    "HousingStayPerson",
    "HousingUnit",
    "IssuedDocument",
    "LetterTemplate",
    "Partner",
    "PartnerCommune",
    "PartnerContact",
    "PartnerSector",
    "Person",
    "ReferralSource",
    "ResidenceBan",
    "ResidencePermitFile",
    "RiskAnswer",
    "RiskFactor",
    "RiskScreening",
    "ServiceProfile",
    "Setting",
    "TrainingAttendance",
    "User",
    "ViolenceType",
    "utcnow",
]
