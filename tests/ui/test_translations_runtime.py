"""A catalogue compiled by scripts/translations.py reaches ``app.i18n.tr``
through Qt: same context, placeholders filled after translation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from app import i18n

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import translations  # noqa: E402


def test_a_translated_string_is_shown_through_tr(qapp, tmp_path: Path) -> None:
    source = "Le coffre a été créé dans « {dossier} »."
    probe = tmp_path / "probe.py"
    probe.write_text(
        f"from app.i18n import N_, tr\nA = tr({source!r})\nB = N_('Victime')\n",
        encoding="utf-8",
    )
    ts = tmp_path / "balise_nl_BE.ts"
    subprocess.run(
        [
            translations.tool("pyside6-lupdate"),
            "-silent",
            str(probe),
            *translations.LUPDATE_OPTIONS,
            "-target-language",
            "nl_BE",
            "-ts",
            str(ts),
        ],
        check=True,
    )
    text = ts.read_text(encoding="utf-8")
    assert "<source>Victime</source>" in text  # N_ seen by lupdate
    text = text.replace(
        '<translation type="unfinished"></translation>',
        "<translation>De kluis is aangemaakt in « {dossier} ».</translation>",
        1,
    )
    ts.write_text(text, encoding="utf-8")
    qm = tmp_path / "balise_nl_BE.qm"
    subprocess.run(
        [translations.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    i18n.install_backend(QCoreApplication.translate)
    try:
        shown = i18n.tr(source).format(dossier="/srv/coffre")
    finally:
        i18n.install_backend(None)
        QCoreApplication.removeTranslator(translator)
    assert shown == "De kluis is aangemaakt in « /srv/coffre »."
