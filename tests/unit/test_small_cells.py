"""Small-cell suppression: counts of 1 to 4 hidden, and complements so that
a total never gives a hidden cell back."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.core.small_cells import Cell, Hidden, format_number, suppress

N, S, C = Hidden.NO, Hidden.SMALL, Hidden.COMPLEMENT


def test_without_a_total_only_small_counts_are_hidden() -> None:
    assert suppress([0, 1, 4, 5], with_total=False) == ([N, S, S, N], N)


def test_one_small_cell_hides_the_smallest_other_one() -> None:
    assert suppress([7, 6, 1], with_total=True) == ([N, C, S], N)


def test_a_complement_of_exactly_five_next_to_a_one_is_not_enough() -> None:
    # hidden sum 6 = 1 + 5: both cells at their minimum, so both would be known
    assert suppress([7, 5, 1], with_total=True) == ([C, C, S], N)


def test_two_small_cells_with_an_ambiguous_sum_need_no_complement() -> None:
    assert suppress([8, 2, 1], with_total=True) == ([N, S, S], N)


def test_small_cells_that_must_all_be_four_or_one_hide_the_total() -> None:
    assert suppress([4, 4, 0], with_total=True) == ([S, S, N], C)
    assert suppress([1, 1, 1, 1, 1], with_total=True) == ([S] * 5, C)


def test_a_small_total_is_hidden() -> None:
    assert suppress([3, 0], with_total=True) == ([S, N], S)


def _feasible_values(values: list[int], hidden: list[Hidden], total: int) -> set[tuple[int, ...]]:
    """Every assignment of the hidden cells that fits what is shown (small: 1–4,
    complement: 5 and more, bounded here by the total)."""
    options: list[range | list[int]] = []
    for v, h in zip(values, hidden, strict=True):
        if h is S:
            options.append(range(1, 5))
        elif h is C:
            options.append(range(5, total + 1))
        else:
            options.append([v])
    out: set[tuple[int, ...]] = set()

    def walk(i: int, acc: list[int]) -> None:
        if sum(acc) > total:
            return
        if i == len(options):
            if sum(acc) == total:
                out.add(tuple(acc))
            return
        for o in options[i]:
            walk(i + 1, [*acc, o])

    walk(0, [])
    return out


@given(st.lists(st.integers(0, 12), min_size=2, max_size=4))
def test_a_shown_total_never_pins_a_small_cell(values: list[int]) -> None:
    hidden, total_hidden = suppress(values, with_total=True)
    assert all(h is not N for v, h in zip(values, hidden, strict=True) if 1 <= v <= 4)
    if total_hidden is not N or not any(h is S for h in hidden):
        return
    feasible = _feasible_values(values, hidden, sum(values))
    for i, h in enumerate(hidden):
        if h is S:
            assert len({f[i] for f in feasible}) > 1, (values, hidden)


def test_numbers_read_the_belgian_way() -> None:
    assert format_number(12345) == "12\u00a0345"
    assert format_number(2.5, hours=True) == "2,5"
    assert Cell(None, S).text == "< 5"
    assert Cell(None, C).text == "masqué"
