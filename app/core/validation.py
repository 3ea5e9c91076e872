"""Validators for Belgian identifiers and everyday fields.

Each ``check_*`` function returns the normalised value or raises
:class:`ValidationError` naming the field, with a French sentence saying
what is expected. They are pure functions so hypothesis can exercise them.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from types import ModuleType

import phonenumbers
from stdnum.be import bis, nn
from stdnum.exceptions import ValidationError as StdnumError

from app import clock
from app.errors import ValidationError
from app.i18n import tr

#: ASCII only: ``\d`` would also take Arabic-Indic or full-width digits
_NON_DIGITS = re.compile(r"[^0-9]")
#: digits and the separators people type or paste (no-break spaces come from PDFs)
_NISS_ALLOWED = re.compile(r"[0-9 ./\u00a0\u202f-]+")
_POSTCODE = re.compile(r"[1-9][0-9]{3}")
_PHONE_TYPED = re.compile(r"\+?[0-9 ./()\u00a0\u202f-]+")
DEFAULT_PHONE_REGION = "BE"


def _digits(text: str) -> str:
    return _NON_DIGITS.sub("", text)


# --- free text -----------------------------------------------------------------------

#: what a multi-line field (notes, services, a summary) may hold besides printable text
_MULTILINE_WHITESPACE = frozenset("\t\n\r")
#: bidi embeddings, overrides and isolates show a text in another order than it is stored
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def forbidden_character(text: str, *, multiline: bool = False) -> str | None:
    """The first character that no text field may hold, or None.

    Refused everywhere: control characters (Unicode category Cc: NUL and the
    other C0 codes, DEL, C1), lone surrogates, the line and paragraph
    separators U+2028/U+2029 and the bidi controls. A multi-line field also
    accepts tab, line feed and carriage return; a one-line field (a name, a
    street) accepts none of them. Other format characters stay allowed: the
    zero-width joiners are part of how some scripts and emoji are spelt.
    """
    for ch in text:
        if multiline and ch in _MULTILINE_WHITESPACE:
            continue
        if ch in _BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp"):
            return ch
    return None


def check_text(
    value: str | None, field: str | None = None, *, label: str = "", multiline: bool = False
) -> str | None:
    """Free text stripped at both ends (None when empty), refusing invisible controls.

    ``label`` is the French name of the field, put before the message when the
    field is not highlighted on its own (an import report, a list of contacts).
    The services' text helpers call it with ``multiline=True`` for every field,
    so that no NUL or other control character is stored anywhere.
    """
    text = (value or "").strip()
    ch = forbidden_character(text, multiline=multiline)
    if ch is not None:
        if ch in "\n\r\u2028\u2029":
            message = tr("une seule ligne est attendue, sans retour à la ligne.")
        elif ch == "\t":
            message = tr("une tabulation n'est pas admise ici.")
        else:
            message = tr("caractère invisible non autorisé (U+{code:04X}) ; retirez-le.").format(
                code=ord(ch)
            )
        text_message = (
            tr("{label} : {message}").format(label=label, message=message)
            if label
            else message[:1].upper() + message[1:]
        )
        raise ValidationError(text_message, field=field)
    return text or None


# --- national register number (NISS / rijksregisternummer) ---------------------------


def niss_check_digits(first_nine: str, born_after_1999: bool) -> int:
    """The two check digits of a national number (mod 97), for making demo numbers."""
    number = int(("2" if born_after_1999 else "") + first_nine)
    return 97 - number % 97


def _niss_kind(digits: str) -> ModuleType | None:
    """``stdnum.be.nn`` or ``stdnum.be.bis`` when ``digits`` is one of them, else None."""
    for kind in (nn, bis):
        if kind.is_valid(digits):
            return kind
    return None


def niss_is_valid(niss: str) -> bool:
    """True for a national number or a bis number with a correct mod-97 check.

    Only ASCII digits count (``stdnum``): an Arabic-Indic or full-width digit
    is not a digit of a Belgian number.
    """
    return bool(_NISS_ALLOWED.fullmatch(niss or "")) and _niss_kind(_digits(niss)) is not None


def format_niss(niss: str) -> str:
    """``85073003328`` → ``85.07.30-033.28`` (the usual printed form)."""
    return nn.format(_digits(niss))


def _born_on_other_date(kind: ModuleType, digits: str, birth_date: date) -> bool:
    # The parts of the birth date the number encodes (a part may be unknown: 00).
    try:
        year, month = kind.get_birth_year(digits), kind.get_birth_month(digits)
        full = kind.get_birth_date(digits)
    except (StdnumError, ValueError):
        return True
    return (
        (year is not None and year != birth_date.year)
        or (month is not None and month != birth_date.month)
        or (full is not None and full != birth_date)
    )


def check_niss(value: str, birth_date: date | None = None, field: str = "niss") -> str | None:
    """Normalised 11-digit NISS or bis number (or None when empty).

    Checked with ``stdnum.be.nn`` and ``stdnum.be.bis``; with ``birth_date``
    known, the date the number encodes (and so its century) must match it.
    """
    text = (value or "").strip()
    if not text:
        return None
    digits = _digits(text)
    # Only the usual separators may be dropped: a letter is a typo, not "empty".
    if len(digits) != 11 or not _NISS_ALLOWED.fullmatch(text):
        raise ValidationError(
            tr("Le numéro de registre national compte 11 chiffres (par ex. 85.07.30-033.28)."),
            field=field,
        )
    kind = _niss_kind(digits)
    if kind is None:
        raise ValidationError(
            tr("Ce numéro de registre national n'est pas valide : vérifiez les chiffres."),
            field=field,
        )
    if birth_date is not None and _born_on_other_date(kind, digits, birth_date):
        raise ValidationError(
            tr("Le numéro de registre national ne correspond pas à la date de naissance."),
            field=field,
        )
    return digits


def make_niss(birth: date, serial: int) -> str:
    """A valid national number for ``birth`` and a serial 1–998 (for demo data)."""
    first = birth.strftime("%y%m%d") + f"{serial:03d}"
    check = niss_check_digits(first, birth.year >= 2000)
    return f"{first}{check:02d}"


# --- postcodes and phones ------------------------------------------------------------


def check_postcode(value: str, field: str = "postcode") -> str | None:
    """A Belgian postcode: 4 ASCII digits, 1000–9999."""
    text = (value or "").strip()
    if not text:
        return None
    if not _POSTCODE.fullmatch(text):
        raise ValidationError(
            tr("Le code postal belge compte 4 chiffres (par exemple 4920)."), field=field
        )
    return text


def normalize_phone(value: str) -> str:
    """Phone number in E.164 form (``+32…``); without a country, a Belgian number.

    Parsed and checked against the numbering plans by ``phonenumbers``. Only
    ASCII digits and the usual separators (space . / - parentheses, a leading
    +) are accepted, and a national number needs its leading 0. Raises
    ValueError when the number cannot be a phone number.
    """
    text = (value or "").strip()
    if not _PHONE_TYPED.fullmatch(text):
        raise ValueError(value)
    if not re.sub(r"[^0-9+]", "", text).startswith(("+", "0")):
        # "472 12 34 56" lost its 0: a typo, not a number to guess.
        raise ValueError(value)
    try:
        number = phonenumbers.parse(text, DEFAULT_PHONE_REGION)
    except phonenumbers.NumberParseException:
        raise ValueError(value) from None
    if not phonenumbers.is_valid_number(number):
        raise ValueError(value)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def check_phone(value: str, field: str = "phone") -> str | None:
    """Normalised phone number (E.164) or None when empty."""
    if not (value or "").strip():
        return None
    try:
        return normalize_phone(value)
    except ValueError:
        raise ValidationError(
            tr(
                "Numéro de téléphone non reconnu. Exemples : 0472 12 34 56, "
                "04 384 40 17 ou +33 6 12 34 56 78."
            ),
            field=field,
        ) from None


def format_phone(normalized: str) -> str:
    """``+32472123456`` → ``0472 12 34 56``; other countries ``+33 6 12 34 56 78``."""
    try:
        number = phonenumbers.parse(normalized, None)
    except phonenumbers.NumberParseException:
        return normalized
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 32
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)


# --- dates ---------------------------------------------------------------------------


def check_birth_date(value: date | None, field: str = "birth_date") -> date | None:
    """A birth date that is not in the future and not absurdly old."""
    if value is None:
        return None
    today = clock.today()
    if value > today:
        raise ValidationError(
            tr("La date de naissance ne peut pas être dans le futur."), field=field
        )
    if value.year < today.year - 120:
        raise ValidationError(tr("La date de naissance semble erronée."), field=field)
    return value


def check_not_future(value: date | None, field: str) -> date | None:
    """A date of something that already happened (an incident, a consent)."""
    if value is not None and value > clock.today():
        raise ValidationError(tr("Cette date ne peut pas être dans le futur."), field=field)
    return value


class NeedsConfirmation(ValidationError):
    """Acceptable only if the person confirms (e.g. a follow-up before the case opened)."""


def check_followup_time(
    when: datetime, case_opened_on: date, *, confirmed: bool = False, field: str = "occurred_at"
) -> datetime:
    """A follow-up dated before the case opened needs an explicit confirmation."""
    if when.date() < case_opened_on and not confirmed:
        raise NeedsConfirmation(
            tr(
                "Ce suivi est daté d'avant l'ouverture du dossier ({date}). "
                "Confirmez-vous cette date ?"
            ).format(date=case_opened_on.strftime("%d/%m/%Y")),
            field=field,
        )
    return when
