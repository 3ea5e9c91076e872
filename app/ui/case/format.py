"""How case data is written on screen: dates dd/mm/yyyy, times HH:MM, phones, yes/no."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.core.display import display_name
from app.core.local_format import short_date
from app.core.validation import format_niss, format_phone
from app.core.vocabulary import RiskLevel, YesNoUnknown
from app.i18n import tr

DASH = "—"

#: background / text colours of the risk badges (calm → alarming)
RISK_COLOURS = {
    RiskLevel.LOW: ("#e3f1e8", "#1f6b43"),
    RiskLevel.MEDIUM: ("#fdf1d6", "#8a5a00"),
    RiskLevel.HIGH: ("#fde2cf", "#a33a00"),
    RiskLevel.CRITICAL: ("#b42318", "#ffffff"),
}
NEUTRAL = ("#eef1f3", "#5a6570")
TREND_ARROWS = {"up": "↑", "down": "↓", "stable": "→"}


def fmt_date(value: date | None) -> str:
    """``01/12/2026`` (``01.12.2026`` in German): the screen's language."""
    return short_date(value) if value else DASH


def fmt_datetime(value: datetime | None) -> str:
    return f"{short_date(value.date())} {value:%H:%M}" if value else DASH


def fmt_utc(value: datetime | None) -> str:
    """A naive UTC timestamp of the database, shown in local time."""
    if value is None:
        return DASH
    return fmt_datetime(value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None))


def fmt_phone(value: str | None) -> str:
    return format_phone(value) if value else DASH


def fmt_niss(value: str | None) -> str:
    return format_niss(value) if value else DASH


def fmt_text(value: str | None) -> str:
    return value.strip() if value and value.strip() else DASH


def short(text: str | None, limit: int = 90) -> str:
    """``text`` on one line, cut with an ellipsis after ``limit`` characters."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def fmt_answer(value: YesNoUnknown) -> str:
    return YesNoUnknown(value).label.lower()


def fmt_duration(minutes: int | None) -> str:
    if not minutes:
        return DASH
    hours, rest = divmod(minutes, 60)
    if not hours:
        return tr("{m} min").format(m=rest)
    return tr("{h} h {m:02d}").format(h=hours, m=rest) if rest else tr("{h} h").format(h=hours)


def risk_text(level: RiskLevel | None, trend: str = "") -> str:
    if level is None:
        return tr("Risque non évalué")
    arrow = TREND_ARROWS.get(trend, "")
    text = tr("Risque : {level}").format(level=level.label)
    return f"{text} {arrow}" if arrow else text


def trend_text(trend: str) -> str:
    return {
        "up": tr("en hausse"),
        "down": tr("en baisse"),
        "stable": tr("stable"),
    }.get(trend, tr("une seule évaluation") if trend == "" else trend)


def risk_spoken(level: RiskLevel | None, trend: str = "") -> str:
    """The risk badge in words, for a screen reader: "Risque : élevé, en hausse"
    (the badge's colour and arrow say nothing to a person who cannot see them)."""
    text = risk_text(level)
    return f"{text}, {trend_text(trend)}" if level is not None and trend in TREND_ARROWS else text


def risk_style(level: RiskLevel | None) -> str:
    """Style sheet of a risk badge."""
    background, colour = RISK_COLOURS.get(level, NEUTRAL) if level else NEUTRAL
    return (
        f"background: {background}; color: {colour}; font-weight: 600;"
        " border-radius: 4px; padding: 2px 10px;"
    )


def person_name(person: object, hide_names: bool) -> str:
    """The display name of a PersonView / AuthorView (authors have no pseudonym)."""
    return display_name(
        getattr(person, "first_name", None),
        getattr(person, "last_name", None),
        getattr(person, "pseudonym", None),
        hide_names=hide_names,
        person_hides_name=bool(getattr(person, "hide_name", False)),
    )
