"""The actas' benchmark renders with every value a printing adds (it once picked three of them
by name and stopped when the overlay gained a fourth, taking make bench down with it)."""

from __future__ import annotations

import pytest

from bench import actas

pytestmark = pytest.mark.slow


def test_the_actas_benchmark_runs_in_its_quick_form() -> None:
    figures = actas.run(quick=True)
    assert [f.key for f in figures] == ["actas_one_docx", "actas_1000_docx", "actas_pdf_batch"]
    assert all(f.value > 0 for f in figures)
