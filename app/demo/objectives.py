"""The demo service's funder objectives (issue #13): two of the federal PSSP and
one of the Walloon PCS, worded as such plans word them, each with the indicators
of the report that answer it, so the report opens as a funder reads it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.funder_objectives import Programme, catalogue_codes
from app.core.vocabulary import Role
from app.storage.models import FunderObjective, FunderObjectiveIndicator, User

#: (programme, code, title, description, indicator codes of the catalogue)
OBJECTIVES: tuple[tuple[Programme, str, str, str, tuple[str, ...]], ...] = (
    (
        Programme.PSSP,
        "OS 1.2",
        "Améliorer la prise en charge des victimes de violences intrafamiliales",
        "Accueil, accompagnement psychosocial et orientation des victimes des cinq "
        "communes de la zone, en lien avec la police et le parquet.",
        (
            "cases.new",
            "cases.active",
            "new_by_violence",
            "first_risk",
            "followups_by_kind",
            "hours_by_kind",
        ),
    ),
    (
        Programme.PSSP,
        "OO 1.2.3",
        "Soutenir la plainte, la protection et la mise en sécurité des victimes",
        "Accompagnement au dépôt de plainte, interdictions temporaires de résidence, "
        "départs du domicile et hébergement d'urgence.",
        (
            "procedures.complaints",
            "procedures.bans_ordered",
            "procedures.departures",
            "housing_occupancy",
            "housing.people_housed",
            "referrals_by_sector",
        ),
    ),
    (
        Programme.PCS,
        "Action 4.2.03",
        "Prévenir les violences par des activités collectives et la sensibilisation",
        "Ateliers pour enfants, groupes de parole, campagne « Ruban Blanc », animations "
        "dans les écoles et formation des référent·es du réseau.",
        ("activities.sessions", "attendance_by_kind", "attendance_by_age", "trainees_by_module"),
    ),
)


def populate_demo_objectives(session: Session) -> None:
    """The demo's objectives, once (a second demo run adds none). The caller commits."""
    if session.scalar(select(FunderObjective.id).limit(1)) is not None:
        return
    coordinator = session.scalar(
        select(User.id).where(User.role == Role.COORDINATOR.value).order_by(User.login).limit(1)
    )
    known = catalogue_codes()
    for position, (programme, code, title, description, codes) in enumerate(OBJECTIVES):
        objective = FunderObjective(
            programme=programme.value,
            code=code,
            title=title,
            description=description,
            position=position,
            created_by=coordinator,
        )
        objective.indicators = [
            FunderObjectiveIndicator(indicator_code=c, position=i)
            for i, c in enumerate(c for c in codes if c in known)
        ]
        session.add(objective)
    session.flush()
