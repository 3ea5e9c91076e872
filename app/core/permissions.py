"""Who may do what: the role × action matrix, and the rules of case visibility.

The matrix below is the single source of truth: services in ``app.core`` call
:func:`require` / :func:`require_case` before acting, the screens call
:func:`can` only to hide what cannot be used, and ``docs/ROLES.md`` is
generated from the same data (a test keeps it in sync).

Scopes:

* ``ALL`` — allowed on every case of the service (a confidential case still
  needs ``case.confidential_read`` or an assignment to it);
* ``ASSIGNED`` — only on cases the user is assigned to (``case_workers``);
* ``OWN`` — only on assigned cases, and only on records the user recorded
  themselves (alleged authors: ``authors.recorded_by``).

Honest limit: every account shares the database key; the roles are enforced by
the application, not by cryptography.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy import exists, false, or_, select, true
from sqlalchemy.orm import Session

from app.core.vocabulary import Role
from app.errors import BaliseError, ValidationError
from app.i18n import tr
from app.storage.models import Case, CaseWorker


class Scope(StrEnum):
    ALL = "all"
    ASSIGNED = "assigned"
    OWN = "own"


class Perm(StrEnum):
    """Protected actions (stable identifiers)."""

    CASE_LIST = "case.list"
    CASE_CREATE = "case.create"
    CASE_READ = "case.read"
    CASE_UPDATE = "case.update"
    CASE_CLOSE = "case.close"
    CASE_CONFIDENTIAL_READ = "case.confidential_read"
    PERSON_WRITE = "person.write"
    AUTHOR_READ = "author.read"
    AUTHOR_WRITE = "author.write"
    FOLLOWUP_WRITE = "followup.write"
    RISK_WRITE = "risk.write"
    CONSENT_WRITE = "consent.write"
    PATHWAY_WRITE = "pathway.write"
    LETTER_ISSUE = "letter.issue"
    EXPORT = "export"
    PARTNERS_READ = "partners.read"
    PARTNERS_WRITE = "partners.write"
    SETTINGS_WRITE = "settings.write"
    ACCOUNTS_MANAGE = "accounts.manage"
    AUDIT_READ = "audit.read"
    STATISTICS_READ = "statistics.read"
    STATISTICS_OBJECTIVES = "statistics.objectives"
    PURGE = "purge"
    HOUSING_READ = "housing.read"
    HOUSING_WRITE = "housing.write"
    HOUSING_MANAGE = "housing.manage"
    ACTIVITIES_READ = "activities.read"
    ACTIVITIES_WRITE = "activities.write"
    ACTIVITY_CASE_LINK = "activity.case_link"


C, S, E = Role.COORDINATOR, Role.SOCIAL_WORKER, Role.STREET_EDUCATOR

#: action → {role: scope}; a role missing from an entry is refused.
MATRIX: dict[Perm, dict[Role, Scope]] = {
    Perm.CASE_LIST: {C: Scope.ALL, S: Scope.ALL, E: Scope.ASSIGNED},
    Perm.CASE_CREATE: {C: Scope.ALL, S: Scope.ALL, E: Scope.ALL},
    Perm.CASE_READ: {C: Scope.ALL, S: Scope.ALL, E: Scope.ASSIGNED},
    Perm.CASE_UPDATE: {C: Scope.ALL, S: Scope.ALL},
    Perm.CASE_CLOSE: {C: Scope.ALL, S: Scope.ALL},
    Perm.CASE_CONFIDENTIAL_READ: {C: Scope.ALL},
    Perm.PERSON_WRITE: {C: Scope.ALL, S: Scope.ALL, E: Scope.ASSIGNED},
    Perm.AUTHOR_READ: {C: Scope.ALL, S: Scope.ALL, E: Scope.OWN},
    Perm.AUTHOR_WRITE: {C: Scope.ALL, S: Scope.ALL, E: Scope.OWN},
    Perm.FOLLOWUP_WRITE: {C: Scope.ALL, S: Scope.ALL, E: Scope.ASSIGNED},
    Perm.RISK_WRITE: {C: Scope.ALL, S: Scope.ALL},
    Perm.CONSENT_WRITE: {C: Scope.ALL, S: Scope.ALL, E: Scope.ASSIGNED},
    Perm.PATHWAY_WRITE: {C: Scope.ALL, S: Scope.ALL},
    Perm.LETTER_ISSUE: {C: Scope.ALL, S: Scope.ALL},
    Perm.EXPORT: {C: Scope.ALL, S: Scope.ALL},
    Perm.PARTNERS_READ: {C: Scope.ALL, S: Scope.ALL, E: Scope.ALL},
    Perm.PARTNERS_WRITE: {C: Scope.ALL, S: Scope.ALL},
    Perm.SETTINGS_WRITE: {C: Scope.ALL},
    Perm.ACCOUNTS_MANAGE: {C: Scope.ALL},
    Perm.AUDIT_READ: {C: Scope.ALL},
    Perm.STATISTICS_READ: {C: Scope.ALL},
    Perm.STATISTICS_OBJECTIVES: {C: Scope.ALL},
    Perm.PURGE: {C: Scope.ALL},
    # emergency housing is case data: stays and the waiting list follow the case
    Perm.HOUSING_READ: {C: Scope.ALL, S: Scope.ALL, E: Scope.ASSIGNED},
    Perm.HOUSING_WRITE: {C: Scope.ALL, S: Scope.ALL},
    Perm.HOUSING_MANAGE: {C: Scope.ALL},
    Perm.ACTIVITIES_READ: {C: Scope.ALL, S: Scope.ALL, E: Scope.ALL},
    Perm.ACTIVITIES_WRITE: {C: Scope.ALL, S: Scope.ALL, E: Scope.ALL},
    Perm.ACTIVITY_CASE_LINK: {C: Scope.ALL, S: Scope.ALL, E: Scope.ASSIGNED},
}

#: actions that concern one case: checked against the case's assignment and flag
CASE_ACTIONS: frozenset[Perm] = frozenset(
    {
        Perm.CASE_READ,
        Perm.CASE_UPDATE,
        Perm.CASE_CLOSE,
        Perm.PERSON_WRITE,
        Perm.AUTHOR_READ,
        Perm.AUTHOR_WRITE,
        Perm.FOLLOWUP_WRITE,
        Perm.RISK_WRITE,
        Perm.CONSENT_WRITE,
        Perm.PATHWAY_WRITE,
        Perm.LETTER_ISSUE,
        Perm.EXPORT,
        Perm.HOUSING_WRITE,
        Perm.ACTIVITY_CASE_LINK,
    }
)


def describe(action: Perm) -> str:
    """What the action lets one do, in French (for messages and docs/ROLES.md)."""
    return {
        Perm.CASE_LIST: tr("voir la liste des dossiers, l'agenda et le tableau de bord"),
        Perm.CASE_CREATE: tr("enregistrer un nouveau dossier (accueil)"),
        Perm.CASE_READ: tr("ouvrir un dossier"),
        Perm.CASE_UPDATE: tr("modifier les informations générales d'un dossier"),
        Perm.CASE_CLOSE: tr("clôturer, mettre en pause ou rouvrir un dossier"),
        Perm.CASE_CONFIDENTIAL_READ: tr("ouvrir un dossier confidentiel sans y être attitré·e"),
        Perm.PERSON_WRITE: tr("modifier les personnes d'un dossier et le contact sûr"),
        Perm.AUTHOR_READ: tr("consulter les fiches des auteurs présumés"),
        Perm.AUTHOR_WRITE: tr("enregistrer ou modifier une fiche d'auteur présumé"),
        Perm.FOLLOWUP_WRITE: tr("noter un suivi ou un rendez-vous"),
        Perm.RISK_WRITE: tr("faire une évaluation du risque"),
        Perm.CONSENT_WRITE: tr("noter ou retirer un consentement"),
        Perm.PATHWAY_WRITE: tr("suivre plainte, démarches et plan de départ"),
        Perm.LETTER_ISSUE: tr("émettre ou imprimer un courrier"),
        Perm.EXPORT: tr("exporter des données"),
        Perm.PARTNERS_READ: tr("consulter le répertoire des partenaires"),
        Perm.PARTNERS_WRITE: tr("modifier le répertoire des partenaires"),
        Perm.SETTINGS_WRITE: tr("modifier les paramètres du coffre"),
        Perm.ACCOUNTS_MANAGE: tr("gérer les comptes de l'équipe et le code de récupération"),
        Perm.AUDIT_READ: tr("consulter et exporter le journal d'audit"),
        Perm.STATISTICS_READ: tr("consulter les statistiques"),
        Perm.STATISTICS_OBJECTIVES: tr(
            "nommer les objectifs du financeur (PSSP, PCS) et leur attacher des indicateurs"
        ),
        Perm.PURGE: tr("effacer définitivement des données"),
        Perm.HOUSING_READ: tr(
            "consulter l'hébergement d'urgence (logements, séjours, liste d'attente)"
        ),
        Perm.HOUSING_WRITE: tr(
            "enregistrer un séjour ou une demande d'hébergement et voir l'adresse d'un logement"
        ),
        Perm.HOUSING_MANAGE: tr("gérer les logements d'urgence (adresse, disponibilité)"),
        Perm.ACTIVITIES_READ: tr("consulter les activités collectives et les formations"),
        Perm.ACTIVITIES_WRITE: tr(
            "organiser une activité collective et noter les présences anonymes"
        ),
        Perm.ACTIVITY_CASE_LINK: tr("relier un·e participant·e d'une activité à un dossier"),
    }[action]


class CaseNotFound(ValidationError):
    """The case does not exist (any more)."""


class PermissionDenied(BaliseError):
    """The acting user's role or assignment does not allow the action."""

    def __init__(self, message: str, action: str | None = None) -> None:
        super().__init__(message)
        self.action = action


class Actor(Protocol):
    """The acting user: a ``UserSession`` fits."""

    @property
    def user_id(self) -> uuid.UUID: ...

    @property
    def role(self) -> Role: ...


@dataclass(frozen=True)
class CaseAccess:
    """What decides whether a user may act on one case."""

    case_id: uuid.UUID
    confidential: bool
    assigned: bool


def scope_of(role: Role | str, action: Perm | str) -> Scope | None:
    """The scope ``role`` has for ``action`` (None: refused)."""
    return MATRIX[Perm(action)].get(Role(role))


def can(
    user: Actor,
    action: Perm | str,
    case_access: CaseAccess | None = None,
    *,
    owner_id: uuid.UUID | None = None,
) -> bool:
    """May ``user`` do ``action`` (on the case described by ``case_access``,
    on a record made by ``owner_id``)? Without ``case_access``: may they do it
    on at least some cases (used to show or hide a button)."""
    scope = scope_of(user.role, action)
    if scope is None:
        return False
    if case_access is not None:
        hidden = case_access.confidential and not case_access.assigned
        if hidden and scope_of(user.role, Perm.CASE_CONFIDENTIAL_READ) is None:
            return False
        if scope in (Scope.ASSIGNED, Scope.OWN) and not case_access.assigned:
            return False
    return not (scope is Scope.OWN and owner_id is not None and owner_id != user.user_id)


def denied_message(
    user: Actor,
    action: Perm | str,
    case_access: CaseAccess | None = None,
    *,
    owner_id: uuid.UUID | None = None,
) -> str:
    """The French sentence telling why ``action`` is refused."""
    action = Perm(action)
    if scope_of(user.role, action) is not None:
        if case_access is not None and case_access.confidential and not case_access.assigned:
            return tr(
                "Ce dossier est confidentiel : seul·es les intervenant·es attitré·es et la "
                "coordination y ont accès."
            )
        if case_access is not None and not case_access.assigned:
            return tr(
                "Ce dossier ne vous est pas attribué. Demandez à la coordination de vous y "
                "ajouter si vous devez y travailler."
            )
        if owner_id is not None and owner_id != user.user_id:
            return tr(
                "Cette fiche a été enregistrée par un·e collègue : vous ne pouvez pas y accéder."
            )
    return tr("Votre rôle ({role}) ne permet pas de {what}.").format(
        role=Role(user.role).label, what=describe(action)
    )


def require(
    user: Actor,
    action: Perm | str,
    case_access: CaseAccess | None = None,
    *,
    owner_id: uuid.UUID | None = None,
) -> None:
    """Raise :class:`PermissionDenied` (French message) unless :func:`can` allows it."""
    if not can(user, action, case_access, owner_id=owner_id):
        raise PermissionDenied(
            denied_message(user, action, case_access, owner_id=owner_id), str(action)
        )


def is_assigned(session: Session, user_id: uuid.UUID, case_id: uuid.UUID) -> bool:
    return bool(
        session.scalar(
            select(exists().where(CaseWorker.case_id == case_id, CaseWorker.user_id == user_id))
        )
    )


def case_access(session: Session, user: Actor, case_id: uuid.UUID) -> CaseAccess:
    """Read what :func:`can` needs to know about a case; raise if it does not exist."""
    confidential = session.scalar(select(Case.confidential).where(Case.id == case_id))
    if confidential is None:
        raise CaseNotFound(tr("Ce dossier n'existe plus."))
    return CaseAccess(case_id, bool(confidential), is_assigned(session, user.user_id, case_id))


def require_case(
    session: Session,
    user: Actor,
    action: Perm | str,
    case_id: uuid.UUID,
    *,
    owner_id: uuid.UUID | None = None,
) -> CaseAccess:
    """The one-line check for a service acting on a case::

    permissions.require_case(session, actor, Perm.LETTER_ISSUE, case_id)
    """
    access = case_access(session, user, case_id)
    require(user, action, access, owner_id=owner_id)
    return access


# -- visibility in SQL ----------------------------------------------------------------------


def _assigned_clause(user_id: uuid.UUID) -> Any:
    """Is ``user_id`` assigned to this case (one probe of case_workers' key)."""
    return exists().where(CaseWorker.case_id == Case.id, CaseWorker.user_id == user_id)


def assigned_cases(user_id: uuid.UUID) -> Any:
    """A boolean SQL expression on ``Case``: the cases ``user_id`` is assigned to,
    read from the index ``case_workers (user_id, case_id)``, so that a query can
    start from those few cases instead of testing every case."""
    return Case.id.in_(select(CaseWorker.case_id).where(CaseWorker.user_id == user_id))


def visible_cases(user: Actor, action: Perm | str = Perm.CASE_READ, *, lead: bool = False) -> Any:
    """A boolean SQL expression on ``Case``: the cases ``user`` may see.

    Add it to any query selecting cases (lists, search, agenda, counts) so that
    filtering happens in SQL and keyset pagination stays exact. It is part of
    the query plan, never a list of every visible case: an assignment is one
    probe of ``case_workers``' key, and for a role that sees every
    non-confidential case the flag is read from the row (or the list's
    covering index) and the assignment probed for confidential cases only.

    ``lead``: for a role that sees only its assigned cases, let the query start
    from them (index ``case_workers (user_id, case_id)``), so that its cost
    follows the number of one's cases — right for the case list and counts over
    cases; wrong where the rows are few and reached otherwise (an agenda, the
    pathways' deadlines), which probe instead.
    """
    scope = scope_of(user.role, action)
    if scope is None:
        return false()
    if scope in (Scope.ASSIGNED, Scope.OWN):
        return assigned_cases(user.user_id) if lead else _assigned_clause(user.user_id)
    if scope_of(user.role, Perm.CASE_CONFIDENTIAL_READ) is not None:
        return true()
    return or_(Case.confidential.is_(False), _assigned_clause(user.user_id))


def sees_all_cases(user: Actor, action: Perm | str = Perm.CASE_READ) -> bool:
    """True when no case is hidden from ``user`` for ``action`` (no filter needed)."""
    return scope_of(user.role, action) is Scope.ALL and (
        scope_of(user.role, Perm.CASE_CONFIDENTIAL_READ) is not None
    )


def author_visible(user: Actor, recorded_by_column: Any) -> Any:
    """A boolean SQL expression: the author records ``user`` may read."""
    if scope_of(user.role, Perm.AUTHOR_READ) is Scope.OWN:
        return recorded_by_column == user.user_id
    if scope_of(user.role, Perm.AUTHOR_READ) is None:
        return false()
    return true()


def allowed_actions(role: Role | str) -> dict[Perm, Scope]:
    """Every action ``role`` may do, with its scope."""
    return {action: grants[Role(role)] for action, grants in MATRIX.items() if Role(role) in grants}


__all__ = [
    "CASE_ACTIONS",
    "MATRIX",
    "CaseAccess",
    "CaseNotFound",
    "Perm",
    "PermissionDenied",
    "Scope",
    "allowed_actions",
    "assigned_cases",
    "author_visible",
    "can",
    "case_access",
    "denied_message",
    "describe",
    "require",
    "require_case",
    "scope_of",
    "sees_all_cases",
    "visible_cases",
]


# -- documentation ------------------------------------------------------------------------------

_CELL = {Scope.ALL: "yes", Scope.ASSIGNED: "assigned cases", Scope.OWN: "own records"}


def matrix_markdown() -> str:
    """The matrix as the Markdown table of ``docs/ROLES.md`` (kept in sync by a test)."""
    roles = list(Role)
    header = "| action | what it allows | " + " | ".join(r.value for r in roles) + " |"
    lines = [header, "|" + "---|" * (len(roles) + 2)]
    for action, grants in MATRIX.items():
        cells = [_CELL[grants[r]] if r in grants else "—" for r in roles]
        lines.append(f"| `{action.value}` | {describe(action)} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # python -m app.core.permissions > table.md
    print(matrix_markdown(), end="")
