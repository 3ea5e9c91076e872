"""The printed sheet of the vault's recovery code (never stored, never saved by us)."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from app import clock
from app.core.french_dates import long_date
from app.documents.fonts import BOLD
from app.documents.layout import ACCENT, LEFT, LIGHT, PAGE_WIDTH, RIGHT, build_pdf, para, styles
from app.i18n import tr


def render_recovery_sheet(code: str, service_name: str, on: date | None = None) -> bytes:
    """The code in large letters, what it is for and where to keep the sheet."""
    st = styles()
    # 16 pt keeps the longest code (6 groups of 5) on one line, centred: a code split
    # over two lines is easily copied wrong.
    code_style = st.title.clone(
        "code", fontName=BOLD, fontSize=16, leading=24, textColor=ACCENT, alignment=1
    )
    box = Table([[para(code, code_style)]], colWidths=[PAGE_WIDTH - LEFT - RIGHT])
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("BOX", (0, 0), (-1, -1), 1, ACCENT),
                ("TOPPADDING", (0, 0), (-1, -1), 14),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    story = [
        para(tr("Code de récupération du coffre Balise"), st.title),
        para(service_name, st.right.clone("centre", alignment=1)),
        Spacer(1, 8 * mm),
        box,
        Spacer(1, 8 * mm),
        para(
            tr(
                "Ce code ouvre le coffre si une phrase de passe est oubliée. Quiconque le "
                "possède peut lire tous les dossiers : rangez cette feuille sous clé, loin de "
                "l'ordinateur portable (par exemple dans une armoire fermée du service)."
            ),
            st.body,
        ),
        para(
            tr(
                "Ne le photographiez pas, ne l'enregistrez pas dans un fichier ni dans un "
                "courriel. Si la feuille est perdue ou a été vue, renouvelez le code dans "
                "Balise (Paramètres) : l'ancien cessera de fonctionner."
            ),
            st.body,
        ),
        Spacer(1, 6 * mm),
        para(tr("Imprimé le {date}.").format(date=long_date(on or clock.today())), st.small),
    ]
    return build_pdf(story, title=tr("Document"), first_top=30 * mm, later_top=30 * mm)
