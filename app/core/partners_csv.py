"""CSV import and export of the partner directory.

The file is what Excel opens in Belgium: UTF-8 with a byte-order mark,
semicolon-separated, one organisation per line. Several contacts share one
cell, one per line inside the cell, each as ``Nom | Fonction | Téléphone | E-mail``.

Import is two steps: :func:`read_partners_csv` checks every line and says
which ones are rejected and why; :func:`apply_import` then writes the valid
lines in the caller's transaction (all of them or none). A line naming an
organisation already in the directory (same name and sector) updates it.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core import audit
from app.core.auth import UserSession
from app.core.partners import (
    ContactInput,
    PartnerFilter,
    PartnerInput,
    fold,
    get_partner,
    save_partner,
    search_partners,
    validate_partner,
)
from app.core.permissions import Perm, require
from app.core.spreadsheet_csv import SpreadsheetWriter, restore_cell
from app.errors import ValidationError
from app.i18n import DEFAULT_LANGUAGE, LANGUAGES, tr
from app.storage.models import Commune, Partner, PartnerSector

COLUMNS = (
    "nom",
    "secteur",
    "services",
    "communes",
    "horaires",
    "rue",
    "code_postal",
    "localite",
    "telephone",
    "email",
    "notes",
    "actif",
    "contacts",
    "langue",  # revision 0011: letters' language (fr, nl, de, en); French when absent
)
REQUIRED = ("nom", "secteur")
MAX_BYTES = 5 * 1024 * 1024
_YES = {"oui", "o", "1", "vrai", "x", "yes", "true", "actif", "active"}
_NO = {"non", "n", "0", "faux", "no", "false", "inactif", "inactive"}


@dataclass(frozen=True)
class RejectedLine:
    line: int  # as Excel numbers it (the header is line 1)
    name: str
    reason: str


@dataclass(frozen=True)
class ImportItem:
    line: int
    data: PartnerInput
    existing_id: uuid.UUID | None


@dataclass
class ImportPlan:
    """What an import would do: the valid lines and the rejected ones."""

    items: list[ImportItem] = field(default_factory=list)
    rejected: list[RejectedLine] = field(default_factory=list)

    @property
    def new_count(self) -> int:
        return sum(1 for i in self.items if i.existing_id is None)

    @property
    def update_count(self) -> int:
        return sum(1 for i in self.items if i.existing_id is not None)


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int


# -- export ---------------------------------------------------------------------------


def _contacts_cell(contacts: list[ContactInput]) -> str:
    lines = []
    for c in contacts:
        parts = [c.name, c.function, c.phone, c.email]
        while parts and not parts[-1]:
            parts.pop()
        lines.append(" | ".join(parts))
    return "\n".join(lines)


def export_partners_csv(
    session: Session, actor: UserSession, include_inactive: bool = True
) -> bytes:
    """The whole directory as CSV bytes (UTF-8 with BOM, ``;``, CRLF line ends).

    Cells are quoted and neutralised for spreadsheets (:mod:`app.core.spreadsheet_csv`).

    An export: checked against the role and traced (the caller commits)."""
    require(actor, Perm.EXPORT)
    audit.record(session, actor, audit.Action.EXPORT, object_type="partners", detail="csv")
    out = io.StringIO()
    writer = SpreadsheetWriter(out)
    writer.writerow(COLUMNS)
    communes = {k: v for k, v in session.execute(select(Commune.nis_code, Commune.name))}
    for row in search_partners(session, actor, PartnerFilter(include_inactive=include_inactive)):
        p = get_partner(session, actor, row.id)
        data = p.to_input()
        writer.writerow(
            [
                p.name,
                p.sector_label,
                data.services,
                ", ".join(communes.get(c, c) for c in data.commune_codes),
                data.hours,
                data.street,
                data.postcode,
                data.city,
                data.phone,
                data.email,
                data.notes,
                "oui" if p.active else "non",
                _contacts_cell(data.contacts),
                p.language,
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


# -- import ---------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    # Excel saves "CSV (séparateur : point-virgule)" in Windows-1252 unless told UTF-8.
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (";", ",", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ";"


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class _Record:
    """One CSV record: its cells, or why it could not be read."""

    line: int  # physical line where the record starts (the header is line 1)
    end_line: int  # where it ends: later than ``line`` when a quoted cell holds line breaks
    cells: list[str] | None
    problem: str | None = None


def _record_pattern(delimiter: str) -> re.Pattern[str]:
    # One record as the csv module reads it: quoted fields may hold the delimiter,
    # line breaks and doubled quotes. The possessive quantifier keeps an unclosed
    # quote from backtracking through the rest of a 5 MB file.
    d = re.escape(delimiter)
    quoted = rf'"(?:[^"]|"")*+"[^{d}\r\n]*+'
    plain = rf'[^{d}\r\n"][^{d}\r\n]*+'
    field = rf"(?>{quoted}|{plain}|)"
    return re.compile(rf"{field}(?:{d}{field})*+(?:\r\n|\r|\n|\Z)")


def _quotes_well_closed(chunk: str, delimiter: str) -> bool:
    """False when a closing quote is followed by text (``"a"b``), as Excel never writes."""
    try:
        next(csv.reader([chunk], delimiter=delimiter, strict=True), None)
    except csv.Error as exc:
        return "field limit" in str(exc)  # a size problem, reported as such
    return True


def _records(text: str, delimiter: str) -> Iterator[_Record]:
    """Every record of ``text``, never dropping one silently.

    A record that cannot be read (an unclosed quote, a cell over the csv
    module's field limit) is yielded with its problem; reading then goes on at
    the next record, so every later line is still imported or rejected. After
    an unclosed quote that is the line following the quote's: the lines it
    would have swallowed are read as records of their own. A quote is taken
    as unclosed when it runs to the end of the file, or when the quote that
    closes it lines further down is followed by text (the opening quote of a
    later cell).
    """
    pattern = _record_pattern(delimiter)
    pos, line = 0, 1
    while pos < len(text):
        match = pattern.match(text, pos)
        if match is None or match.end() == pos:
            # Only a quote opened and never closed stops the pattern.
            brk = _LINE_BREAK.search(text, pos)
            end = brk.end() if brk else len(text)
            yield _Record(line, line, None, tr("guillemet ouvert mais jamais fermé."))
            pos, line = end, line + 1
            continue
        chunk = match.group()
        end_line = line + len(_LINE_BREAK.findall(chunk.rstrip("\r\n")))
        if end_line > line and not _quotes_well_closed(chunk, delimiter):
            # A closing quote followed by text: a quote left open on this line was
            # closed by one further down. Refuse this line and read the next ones.
            brk = _LINE_BREAK.search(text, pos)
            yield _Record(line, line, None, tr("guillemet ouvert mais jamais fermé."))
            pos, line = (brk.end() if brk else len(text)), line + 1
            continue
        try:
            cells = next(csv.reader([chunk], delimiter=delimiter, strict=False), [])
        except csv.Error as exc:
            if "field limit" in str(exc):
                problem = tr("une cellule dépasse {n} caractères.").format(
                    n=f"{csv.field_size_limit():_}".replace("_", " ")
                )
            else:
                problem = tr("ligne illisible ({error}).").format(error=exc)
            yield _Record(line, end_line, None, problem)
        else:
            yield _Record(line, end_line, cells)
        pos = match.end()
        line = end_line + 1


class _Catalogues:
    def __init__(self, session: Session) -> None:
        self.sectors: dict[str, str] = {}
        for code, label in session.execute(select(PartnerSector.code, PartnerSector.label)):
            self.sectors[fold(code)] = code
            self.sectors[fold(label)] = code
            # an export in another screen language names the sector translated
            self.sectors.setdefault(fold(tr(label)), code)
            # "Santé" for "Santé (médecins, hôpitaux…)", "CPVS" for "CPVS – Centre…"
            short = re.split(r"\s*[(:–,]|\s-\s", label, maxsplit=1)[0]
            self.sectors.setdefault(fold(short).strip(), code)
        self.communes: dict[str, str] = {}
        for code, name, postcode in session.execute(
            select(Commune.nis_code, Commune.name, Commune.postcode)
        ):
            self.communes[code] = code
            self.communes[fold(name)] = code
            self.communes.setdefault(postcode, code)
        self.existing: dict[tuple[str, str], uuid.UUID] = {
            (fold(name), sector): pid
            for pid, name, sector in session.execute(
                select(Partner.id, Partner.name, Partner.sector)
            )
        }


def _parse_contacts(cell: str) -> list[ContactInput]:
    contacts = []
    for raw in cell.replace("\r", "\n").split("\n"):
        if not raw.strip():
            continue
        parts = [p.strip() for p in raw.split("|")]
        if len(parts) > 4:
            raise ValidationError(
                tr(
                    "contact « {text} » : quatre parties au plus (nom | fonction | tél. | e-mail)."
                ).format(text=raw.strip())
            )
        parts += [""] * (4 - len(parts))
        contacts.append(ContactInput(parts[0], parts[1], parts[2], parts[3]))
    return contacts


def _active(value: str) -> bool:
    text = fold(value).strip()
    if not text or text in _YES:
        return True
    if text in _NO:
        return False
    raise ValidationError(tr("colonne « actif » : écrivez oui ou non."))


#: what a ``langue`` cell may say, folded: the code or the language's name
#: (in French or in itself)
_LANGUAGE_WORDS = {
    **{code: code for code in LANGUAGES},
    **{fold(name): code for code, name in LANGUAGES.items()},
    "francais": "fr",
    "neerlandais": "nl",
    "flamand": "nl",
    "allemand": "de",
    "anglais": "en",
    "nl_be": "nl",
    "fr_be": "fr",
    "de_be": "de",
}


def _language(value: str) -> str:
    text = fold(value).strip().replace("-", "_")
    if not text:
        return DEFAULT_LANGUAGE
    code = _LANGUAGE_WORDS.get(text)
    if code is None:
        raise ValidationError(
            tr("colonne « langue » : écrivez fr, nl, de ou en (« {value} » est inconnu).").format(
                value=value.strip()
            )
        )
    return code


def _parse_line(cat: _Catalogues, values: dict[str, str]) -> PartnerInput:
    sector_text = values.get("secteur", "").strip()
    sector = cat.sectors.get(fold(sector_text))
    if sector is None:
        raise ValidationError(
            tr("secteur « {sector} » inconnu.").format(sector=sector_text)
            if sector_text
            else tr("le secteur manque.")
        )
    codes = []
    for part in values.get("communes", "").replace(";", ",").split(","):
        if not part.strip():
            continue
        code = cat.communes.get(fold(part.strip())) or cat.communes.get(part.strip())
        if code is None:
            raise ValidationError(tr("commune « {name} » inconnue.").format(name=part.strip()))
        codes.append(code)
    return PartnerInput(
        name=values.get("nom", "").strip(),
        sector=sector,
        services=values.get("services", ""),
        hours=values.get("horaires", ""),
        street=values.get("rue", ""),
        postcode=values.get("code_postal", "").strip(),
        city=values.get("localite", ""),
        phone=values.get("telephone", ""),
        email=values.get("email", ""),
        notes=values.get("notes", ""),
        active=_active(values.get("actif", "")),
        commune_codes=codes,
        contacts=_parse_contacts(values.get("contacts", "")),
        language=_language(values.get("langue", "")),
    )


def _lower_first(message: str) -> str:
    return message[:1].lower() + message[1:] if message else message


def read_partners_csv(session: Session, actor: UserSession, data: bytes) -> ImportPlan:
    """Check every line of a directory CSV for ``actor``, who must be allowed to
    keep the directory (``partners.write``: the plan reveals what it holds);
    nothing is written.

    Every line after the header ends up in the plan, imported or rejected with
    its reason (blank lines aside), even after an unreadable one: an unclosed
    quote or an oversized cell is reported with its line number and reading
    goes on. Control characters are refused in every text (see
    :func:`app.core.validation.check_text`).

    Raises :class:`ValidationError` when the file as a whole cannot be read
    (too large, not CSV, missing ``nom`` or ``secteur`` column).
    """
    require(actor, Perm.PARTNERS_WRITE)
    if len(data) > MAX_BYTES:
        raise ValidationError(tr("Ce fichier est trop gros pour un répertoire (5 Mo au plus)."))
    text = _decode(data)
    if not text.strip():
        raise ValidationError(tr("Ce fichier est vide."))
    first = _LINE_BREAK.split(text, maxsplit=1)[0]
    records = _records(text, _delimiter(first))
    head = next(records, None)
    if head is None or head.cells is None:
        raise ValidationError(tr("Ce fichier n'est pas un CSV lisible."))
    header = [fold(h).strip().replace(" ", "_").replace("-", "_") for h in head.cells]
    header = ["code_postal" if h == "cp" else h for h in header]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ValidationError(
            tr(
                "La première ligne doit nommer les colonnes ; il manque : {missing}. "
                "Partez d'un fichier exporté par Balise."
            ).format(missing=", ".join(missing))
        )
    cat = _Catalogues(session)
    plan = ImportPlan()
    seen: dict[tuple[str, str], int] = {}
    for record in records:
        line = record.line
        if record.cells is None:
            plan.rejected.append(RejectedLine(line, "", record.problem or ""))
            continue
        if not any(cell.strip() for cell in record.cells):
            continue
        # A Balise export quoted formula-like cells: read back what was written.
        values = dict(zip(header, map(restore_cell, record.cells), strict=False))
        name = values.get("nom", "").strip()
        if len(record.cells) > len(header):
            plan.rejected.append(RejectedLine(line, name, tr("plus de cellules que de colonnes.")))
            continue
        try:
            item = _parse_line(cat, values)
            validate_partner(session, item)
        except ValidationError as exc:
            reason = _lower_first(exc.message)
            if record.end_line > line:
                # A cell holding line breaks: name every line the refusal covers.
                reason += " " + tr("(lignes {first} à {last} du fichier)").format(
                    first=line, last=record.end_line
                )
            plan.rejected.append(RejectedLine(line, name, reason))
            continue
        key = (fold(item.name), item.sector)
        if key in seen:
            plan.rejected.append(
                RejectedLine(
                    line,
                    name,
                    tr("déjà présente à la ligne {n} du fichier.").format(n=seen[key]),
                )
            )
            continue
        seen[key] = line
        existing = cat.existing.get(key)
        if existing is not None and "langue" not in header:  # a file from before 0011
            partner = session.get(Partner, existing)
            item.language = partner.language if partner else item.language
        plan.items.append(ImportItem(line, item, existing))
    return plan


def apply_import(session: Session, actor: UserSession, plan: ImportPlan) -> ImportResult:
    """Write the valid lines of ``plan`` (``partners.write``). The caller commits
    (all or nothing)."""
    require(actor, Perm.PARTNERS_WRITE)  # also when the plan holds nothing to write
    for item in plan.items:
        save_partner(session, actor, item.data, item.existing_id)
    return ImportResult(plan.new_count, plan.update_count)
