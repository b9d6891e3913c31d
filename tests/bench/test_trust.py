"""The audit trail's benchmark runs on the trail as the services write it today (one chain per
office): it stopped at a KeyError once the chains were kept per office, and make bench with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import trust

pytestmark = pytest.mark.slow


def test_the_trust_benchmark_runs_on_a_small_trail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(trust, "EVENTS", 3_000)
    got = trust.run()  # asserts that the built trail verifies, both ways
    assert got["verify_stream_s"] > 0 and got["append_ms"] > 0
    assert got["backup_mb"] > 0
    [built] = (tmp_path / "cache" / "conciliador" / "bench").glob("trust-3000-events-*.sqlite")
    assert trust.schema_key() in built.name
