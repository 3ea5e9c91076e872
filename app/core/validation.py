"""Validators for Belgian identifiers and everyday fields.

Each ``check_*`` function returns the normalised value or raises
:class:`ValidationError` naming the field, with a French sentence saying
what is expected. They are pure functions so hypothesis can exercise them.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from app import clock
from app.errors import ValidationError
from app.i18n import tr

_NON_DIGITS = re.compile(r"\D")
_NISS_JUNK = re.compile(r"[^\d\s./-]")


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
    value: str | None, field: str, *, label: str = "", multiline: bool = False
) -> str | None:
    """Free text stripped at both ends (None when empty), refusing invisible controls.

    ``label`` is the French name of the field, put before the message when the
    field is not highlighted on its own (an import report, a list of contacts).
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
    """The two check digits of a national number (mod 97)."""
    number = int(("2" if born_after_1999 else "") + first_nine)
    return 97 - number % 97


def niss_is_valid(niss: str) -> bool:
    """True when the 11 digits carry a correct mod-97 check (20th or 21st century)."""
    digits = _NON_DIGITS.sub("", niss)
    if len(digits) != 11:
        return False
    first, check = digits[:9], int(digits[9:])
    return check in (niss_check_digits(first, False), niss_check_digits(first, True))


def format_niss(niss: str) -> str:
    """``85073003328`` → ``85.07.30-033.28`` (the usual printed form)."""
    d = _NON_DIGITS.sub("", niss)
    return f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}"


def check_niss(value: str, birth_date: date | None = None, field: str = "niss") -> str | None:
    """Normalised 11-digit NISS (or None when empty)."""
    text = (value or "").strip()
    if not text:
        return None
    digits = _NON_DIGITS.sub("", text)
    # Only the usual separators may be dropped: a letter is a typo, not "empty".
    if len(digits) != 11 or _NISS_JUNK.search(text):
        raise ValidationError(
            tr("Le numéro de registre national compte 11 chiffres (par ex. 85.07.30-033.28)."),
            field=field,
        )
    if not niss_is_valid(digits):
        raise ValidationError(
            tr("Ce numéro de registre national n'est pas valide : vérifiez les chiffres."),
            field=field,
        )
    # Ordinary numbers start with the birth date (bis numbers shift the month).
    ordinary = digits[2:4] != "00" and int(digits[2:4]) <= 12
    if birth_date is not None and ordinary:
        # The birth year also says which century's check digits apply (2 prefix from 2000).
        century_check = niss_check_digits(digits[:9], birth_date.year >= 2000)
        if digits[0:6] != birth_date.strftime("%y%m%d") or int(digits[9:]) != century_check:
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
    """A Belgian postcode: 4 digits, 1000–9999."""
    text = (value or "").strip()
    if not text:
        return None
    if not re.fullmatch(r"[1-9]\d{3}", text):
        raise ValidationError(
            tr("Le code postal belge compte 4 chiffres (par exemple 4920)."), field=field
        )
    return text


def normalize_phone(value: str) -> str:
    """Phone number in international form: Belgian numbers become ``+32…``.

    Raises ValueError when the number cannot be a phone number.
    """
    text = (value or "").strip()
    plus = text.startswith("+")
    digits = _NON_DIGITS.sub("", text)
    if not plus and digits.startswith("00"):
        plus, digits = True, digits[2:]
    if plus:
        if digits.startswith("32"):
            national = digits[2:]
        else:
            if not 8 <= len(digits) <= 15:
                raise ValueError(value)
            return "+" + digits
    else:
        if not digits.startswith("0"):
            raise ValueError(value)
        national = digits[1:]
    # Belgian numbers: 8 digits (fixed lines, zone 04 is Liège) or 9 starting with 4 (mobiles).
    if len(national) == 9 and national.startswith("4"):
        return "+32" + national
    if len(national) == 8 and not national.startswith("0"):
        return "+32" + national
    raise ValueError(value)


def check_phone(value: str, field: str = "phone") -> str | None:
    """Normalised phone number or None when empty."""
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
    """``+32472123456`` → ``0472 12 34 56`` for display (other countries unchanged)."""
    if not normalized.startswith("+32"):
        return normalized
    n = "0" + normalized[3:]
    if len(n) == 10:  # mobile
        return f"{n[0:4]} {n[4:6]} {n[6:8]} {n[8:10]}"
    if n[1] in "2349":  # Brussels, Antwerp, Liège, Ghent: one-digit zone
        return f"{n[0:2]} {n[2:5]} {n[5:7]} {n[7:9]}"
    return f"{n[0:3]} {n[3:5]} {n[5:7]} {n[7:9]}"


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
