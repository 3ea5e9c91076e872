"""The shared free-text validator: no NUL or other invisible control in any text field."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.validation import check_text, forbidden_character
from app.errors import ValidationError

CONTROLS = [chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))]
#: what a person may type: no control, surrogate, line separator or bidi control
visible = st.text(
    st.characters(
        exclude_categories=("Cc", "Cs", "Zl", "Zp"),
        exclude_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
    )
)


@pytest.mark.parametrize("ch", [c for c in CONTROLS if c not in "\t\n\r"])
def test_every_control_character_is_refused_even_in_multi_line_fields(ch: str) -> None:
    for multiline in (False, True):
        with pytest.raises(ValidationError) as refused:
            check_text(f"avant{ch}après", "notes", multiline=multiline)
        assert refused.value.field == "notes"
        assert f"U+{ord(ch):04X}" in refused.value.message


@pytest.mark.parametrize("ch", ["\t", "\n", "\r", "\u2028", "\u2029"])
def test_one_line_fields_refuse_tabs_and_line_breaks(ch: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_text(f"Rue{ch}Haute", "street", label="Rue")
    assert refused.value.message.startswith("Rue : ")


def test_multi_line_fields_keep_tabs_and_line_breaks() -> None:
    assert check_text("  un\n\tdeux\r\ntrois ", "notes", multiline=True) == "un\n\tdeux\r\ntrois"


@pytest.mark.parametrize("ch", ["\u202e", "\u2066", "\ud800"])
def test_bidi_controls_and_lone_surrogates_are_refused(ch: str) -> None:
    assert forbidden_character(f"a{ch}b", multiline=True) == ch


@given(visible)
def test_visible_text_is_kept_stripped(text: str) -> None:
    assert check_text(text, "name") == (text.strip() or None)


def test_zero_width_joiners_stay_allowed() -> None:
    assert check_text("می\u200cخواهم 👩\u200d👧", "name") == "می\u200cخواهم 👩\u200d👧"
