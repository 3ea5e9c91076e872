"""How a person is named on screen: full name, pseudonym or initials.

Hide-name mode (for work in public places) shows the pseudonym, or initials
when there is none, everywhere a name would appear.
"""

from __future__ import annotations

from app.i18n import tr


def initials(first_name: str | None, last_name: str | None) -> str:
    parts = [p for p in (first_name, last_name) if p and p.strip()]
    if not parts:
        return "?"
    letters = []
    for part in parts:
        for chunk in part.replace("-", " ").split():
            letters.append(chunk[0].upper() + ".")
    return " ".join(letters)


def display_name(
    first_name: str | None,
    last_name: str | None,
    pseudonym: str | None,
    *,
    hide_names: bool,
    person_hides_name: bool = False,
) -> str:
    """The name to show for a person.

    ``hide_names`` is the worker's hide-name mode; ``person_hides_name`` is the
    person's own "hide name" option, which always applies.
    """
    full = " ".join(p.strip() for p in (first_name, last_name) if p and p.strip())
    if hide_names or person_hides_name or not full:
        if pseudonym and pseudonym.strip():
            return pseudonym.strip()
        if full:
            return initials(first_name, last_name)
        return tr("(sans nom)")
    return full
