"""Document templates the coordinator edits: subject and body with {placeholders}.

Each kind of document has a default text. A placeholder is a French word in
braces (``{personne}``); an unknown placeholder or an unbalanced brace is
reported before saving, so a letter never prints ``{persone}``. A paragraph
holding only ``{informations}`` marks where the ticked information goes in an
orientation letter.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from enum import StrEnum
from string import Formatter

from sqlalchemy.orm import Session

from app.core import audit
from app.core.auth import UserSession
from app.core.permissions import Perm, require
from app.errors import ValidationError
from app.i18n import DEFAULT_LANGUAGE, LANGUAGES, language_code, tr, writing_in
from app.storage.models import LetterTemplate
from app.storage.models.partners import LetterTemplateText

INFORMATION_MARK = "{informations}"


class DocumentKind(StrEnum):
    """Kinds of documents issued from a case (``issued_documents.kind``)."""

    ORIENTATION = "orientation"
    ATTESTATION = "attestation"
    DEPARTURE_PLAN = "departure_plan"
    ACCESS_SUMMARY = "access_summary"

    @property
    def label(self) -> str:
        return {
            DocumentKind.ORIENTATION: tr("Courrier d'orientation"),
            DocumentKind.ATTESTATION: tr("Attestation de suivi"),
            DocumentKind.DEPARTURE_PLAN: tr("Plan de départ (remis à la personne)"),
            DocumentKind.ACCESS_SUMMARY: tr("Résumé pour la personne (droit d'accès)"),
        }[self]


def _common() -> dict[str, str]:
    return {
        "service": tr("nom du service"),
        "commune_service": tr("commune du service"),
        "date": tr("date du jour en toutes lettres (22 novembre 2026)"),
        "reference": tr("référence du dossier"),
        "intervenant": tr("nom de l'intervenant·e qui signe"),
        "fonction": tr("fonction de l'intervenant·e qui signe"),
    }


def placeholders(kind: DocumentKind) -> dict[str, str]:
    """Placeholder names allowed in a kind of template, with a French description."""
    result = _common()
    person = {
        "personne": tr("nom de la personne (ou « la personne concernée » si non coché)"),
        "civilite": tr("Madame / Monsieur selon le genre noté (sinon vide)"),
        "e": tr("accord féminin : « e » pour une femme, « ·e » si le genre n'est pas noté"),
        "suivi_depuis": tr("date d'ouverture du dossier en toutes lettres"),
    }
    if kind is DocumentKind.ORIENTATION:
        result |= person | {
            "partenaire": tr("nom de l'organisation destinataire"),
            "contact": tr("personne de contact destinataire (ou vide)"),
            "but": tr("but de l'orientation (« une prise en charge par votre service »…)"),
            "informations": tr("place des informations cochées (seul dans un paragraphe)"),
        }
    elif kind is DocumentKind.ATTESTATION:
        result |= person | {
            "naissance": tr("« , né·e le … » si la date de naissance est cochée, sinon vide"),
        }
    elif kind is DocumentKind.ACCESS_SUMMARY:
        result |= {"personne": person["personne"], "civilite": person["civilite"]}
    else:  # the discreet plan names neither the service nor the person
        result = {"date": result["date"]}
    return result


@dataclass(frozen=True)
class TemplateText:
    kind: DocumentKind
    subject: str
    body: str
    is_default: bool = True
    #: the language the text is written in
    language: str = DEFAULT_LANGUAGE
    #: the language asked for had no text of its own: this is the French one
    fallback: bool = False


def default_template(kind: DocumentKind, language: str = DEFAULT_LANGUAGE) -> TemplateText:
    """The text shipped with Balise for ``kind``, in ``language`` (French by default;
    the French source where that language's catalogue has no translation)."""
    with writing_in(language) as code:
        subject, body = _shipped(kind)
    return TemplateText(kind, subject, body, True, code)


def _shipped(kind: DocumentKind) -> tuple[str, str]:
    if kind is DocumentKind.ORIENTATION:
        subject = tr("Demande d'orientation")
        body = tr(
            "Madame, Monsieur,\n\n"
            "Notre service accompagne actuellement {personne}. Nous vous l'adressons "
            "pour {but}.\n\n"
            "Vous trouverez ci-dessous les informations utiles à cette orientation. Elles "
            "sont confidentielles et ne peuvent être communiquées à des tiers sans l'accord "
            "de la personne.\n\n"
            "{informations}\n\n"
            "Nous restons à votre disposition pour tout renseignement complémentaire et vous "
            "remercions de bien vouloir nous informer de la suite réservée à cette orientation.\n\n"
            "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations "
            "distinguées."
        )
    elif kind is DocumentKind.ATTESTATION:
        subject = tr("Attestation de suivi")
        body = tr(
            "Je soussigné·e, {intervenant} ({fonction}, {service}), atteste que "
            "{personne}{naissance} est suivi{e} par notre service depuis le {suivi_depuis}.\n\n"
            "La présente attestation est délivrée à la demande de l'intéressé{e}, pour servir "
            "et valoir ce que de droit."
        )
    elif kind is DocumentKind.ACCESS_SUMMARY:
        subject = tr("Résumé de vos données")
        body = tr(
            "{civilite},\n\n"
            "À votre demande, voici un résumé des informations que notre service "
            "conserve à votre sujet (article 15 du règlement général sur la protection "
            "des données). Si une information vous paraît inexacte, vous pouvez nous "
            "demander de la corriger."
        )
    else:
        subject = tr("Aide-mémoire")
        body = tr("Ce que nous avons préparé ensemble, à garder en lieu sûr. Mis à jour le {date}.")
    return subject, body


def unknown_placeholders(text: str, kind: DocumentKind) -> list[str]:
    """Placeholders in ``text`` that ``kind`` does not know, in order of appearance.

    Raises :class:`ValidationError` for a brace that opens or closes nothing.
    """
    allowed = placeholders(kind)
    unknown: list[str] = []
    try:
        parsed = list(Formatter().parse(text))
    except ValueError:
        raise ValidationError(
            tr(
                "Une accolade n'est pas fermée (ou pas ouverte). Écrivez les champs "
                "comme ceci : {personne}."
            ),
            field="body",
        ) from None
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        full = name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
        if full not in allowed and full not in unknown:
            unknown.append(full)
    return unknown


def validate_template(kind: DocumentKind, subject: str, body: str) -> None:
    """Refuse empty bodies, unbalanced braces and unknown placeholders (French message)."""
    if not body.strip():
        raise ValidationError(tr("Le texte du document ne peut pas être vide."), field="body")
    if kind is DocumentKind.DEPARTURE_PLAN and any(
        "violen" in text.casefold() for text in (subject, body)
    ):
        raise ValidationError(
            tr(
                "Le plan remis à la personne doit rester discret : n'y écrivez pas "
                "« violence » (ni le nom du service)."
            ),
            field="body",
        )
    for text, field in ((subject, "subject"), (body, "body")):
        unknown = unknown_placeholders(text, kind)
        if unknown:
            names = ", ".join("{" + name + "}" for name in unknown)
            raise ValidationError(
                tr("Champ(s) inconnu(s) : {names}. Utilisez un des champs de la liste.").format(
                    names=names
                ),
                field=field,
            )


class _Values(dict):
    def __missing__(self, key: str) -> str:  # a field removed since saving prints nothing
        return ""


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with its placeholders replaced; unknown ones become empty."""
    try:
        return text.format_map(_Values(values))
    except (ValueError, IndexError, AttributeError):
        return text


def load_template(
    session: Session, kind: DocumentKind, language: str = DEFAULT_LANGUAGE
) -> TemplateText:
    """The coordinator's text for ``kind`` in ``language``, or the default one.

    French is always there (the coordinator's or Balise's). Another language
    without a text of its own gets Balise's text in that language while the
    French text is Balise's too; once the coordinator changed the French text,
    that French text (``fallback``: the screens say so), so that a letter never
    says something other than what the service wrote."""
    language = language_code(language)
    row = session.get(LetterTemplate, kind.value)
    french = (
        default_template(kind)
        if row is None
        else TemplateText(kind, row.subject, row.body, False, DEFAULT_LANGUAGE)
    )
    if language == DEFAULT_LANGUAGE:
        return french
    own = session.get(LetterTemplateText, (kind.value, language))
    if own is not None:
        return TemplateText(kind, own.subject, own.body, False, language)
    shipped_french = default_template(kind)
    unchanged = (french.subject, french.body) == (shipped_french.subject, shipped_french.body)
    shipped = default_template(kind, language)
    if unchanged and shipped.body != shipped_french.body:
        return shipped
    return replace(french, is_default=unchanged, fallback=True)


def has_own_text(session: Session, kind: DocumentKind, language: str) -> bool:
    """True when the coordinator wrote ``kind``'s text in ``language``."""
    if language_code(language) == DEFAULT_LANGUAGE:
        return session.get(LetterTemplate, kind.value) is not None
    return session.get(LetterTemplateText, (kind.value, language_code(language))) is not None


def _check_coordinator(actor: UserSession) -> None:
    require(actor, Perm.SETTINGS_WRITE)


def save_template(
    session: Session,
    actor: UserSession,
    kind: DocumentKind,
    subject: str,
    body: str,
    language: str = DEFAULT_LANGUAGE,
) -> None:
    """Store the coordinator's text for ``kind`` in ``language`` after validating
    it. The caller commits."""
    _check_coordinator(actor)
    validate_template(kind, subject, body)
    if language not in LANGUAGES:
        raise ValidationError(tr("Langue inconnue : {code}.").format(code=language), "language")
    if language != DEFAULT_LANGUAGE:
        text = session.get(LetterTemplateText, (kind.value, language))
        if text is None:
            text = LetterTemplateText(code=kind.value, language=language)
            session.add(text)
        text.subject = subject.strip()
        text.body = body.strip()
        text.updated_by = actor.user_id
        _trace(session, actor, kind, f"saved {language}")
        return
    row = session.get(LetterTemplate, kind.value)
    if row is None:
        row = LetterTemplate(code=kind.value, title=kind.label)
        session.add(row)
    row.title = kind.label
    row.subject = subject.strip()
    row.body = body.strip()
    row.updated_by = actor.user_id
    _trace(session, actor, kind, "saved")


def _trace(session: Session, actor: UserSession, kind: DocumentKind, detail: str) -> None:
    audit.record(
        session,
        actor,
        audit.Action.SETTINGS_CHANGED,
        object_type="letter_templates",
        object_id=kind.value,
        detail=detail,
    )


def reset_template(
    session: Session, actor: UserSession, kind: DocumentKind, language: str = DEFAULT_LANGUAGE
) -> None:
    """Go back to the default text for ``kind`` in ``language`` (another language:
    drop the coordinator's text, French or Balise's own stands in). The caller commits."""
    _check_coordinator(actor)
    if language_code(language) != DEFAULT_LANGUAGE:
        text = session.get(LetterTemplateText, (kind.value, language_code(language)))
        if text is not None:
            session.delete(text)
        _trace(session, actor, kind, f"reset {language_code(language)}")
        return
    row = session.get(LetterTemplate, kind.value)
    if row is not None:
        session.delete(row)
    _trace(session, actor, kind, "reset")


def seed_default_templates(session: Session, user_id: uuid.UUID | None = None) -> None:
    """Store the default text of every kind that has none yet. The caller commits."""
    for kind in DocumentKind:
        if session.get(LetterTemplate, kind.value) is None:
            text = default_template(kind)
            session.add(
                LetterTemplate(
                    code=kind.value,
                    title=kind.label,
                    subject=text.subject,
                    body=text.body,
                    updated_by=user_id,
                )
            )
