"""The pages of the main window. To add one, add a line to :data:`PAGES`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.i18n import tr
from app.ui.pages.base import LockablePage, Page
from app.ui.pages.home import HomePage
from app.ui.pages.settings import SettingsPage


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]  # called after translations are installed
    icon: str  # a name in resources/icons
    factory: Callable[[], Page]
    #: the action (app.core.permissions.Perm) a role needs to see the page; None: everyone
    permission: str | None = None
    #: the section of the user guide (app.ui.help.guide.ANCHORS) F1 opens on this page
    help_anchor: str = ""


def _case_list() -> Page:
    # Imported when the window is built: the page packages import pages.base.
    from app.ui.cases.page import CaseListPage

    return CaseListPage()


def _agenda() -> Page:
    from app.ui.agenda.page import AgendaPage

    return AgendaPage()


def _partners() -> Page:
    from app.ui.partners.page import PartnerPage

    return PartnerPage()


def _team() -> Page:
    from app.ui.team.page import TeamPage

    return TeamPage()


def _audit() -> Page:
    from app.ui.audit.page import AuditPage

    return AuditPage()


def _housing() -> Page:
    from app.ui.housing.page import HousingPage

    return HousingPage()


def _activities() -> Page:
    from app.ui.activities.page import ActivitiesPage

    return ActivitiesPage()


def _indicators() -> Page:
    from app.ui.indicators.page import IndicatorsPage

    return IndicatorsPage()


PAGES: list[PageSpec] = [
    PageSpec("home", lambda: tr("Accueil"), "home", HomePage, help_anchor="accueil"),
    PageSpec("cases", lambda: tr("Dossiers"), "cases", _case_list, help_anchor="dossiers"),
    PageSpec("agenda", lambda: tr("Agenda"), "agenda", _agenda, help_anchor="agenda"),
    PageSpec("partners", lambda: tr("Réseau"), "network", _partners, help_anchor="reseau"),
    PageSpec(
        "housing", lambda: tr("Hébergement"), "housing", _housing, "housing.read", "hebergement"
    ),
    PageSpec(
        "activities",
        lambda: tr("Activités"),
        "activities",
        _activities,
        "activities.read",
        "activites",
    ),
    PageSpec("team", lambda: tr("Équipe"), "team", _team, "accounts.manage", "equipe"),
    PageSpec("audit", lambda: tr("Journal d'audit"), "audit", _audit, "audit.read", "journal"),
    PageSpec(
        "indicators",
        lambda: tr("Indicateurs"),
        "indicators",
        _indicators,
        "statistics.read",
        "indicateurs",
    ),
    PageSpec(
        "settings", lambda: tr("Paramètres"), "settings", SettingsPage, help_anchor="parametres"
    ),
]

__all__ = ["PAGES", "LockablePage", "Page", "PageSpec"]
