"""The command line as a user runs it: a process, its exit status, one line of Spanish."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PASSWORD = "clave-de-prueba-2026"


def conciliador(
    *args: str, env: dict[str, str] | None = None, input_text: str | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {
        **os.environ,
        "CONCILIADOR_LOG_DIR": os.environ.get("CONCILIADOR_LOG_DIR", ""),
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "conciliador", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=input_text,
        timeout=180,
    )


@pytest.fixture(autouse=True)
def _log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONCILIADOR_LOG_DIR", str(tmp_path / "log"))


def test_help_is_in_spanish() -> None:
    result = conciliador("--help")
    assert result.returncode == 0
    assert "uso: conciliador" in result.stdout and "órdenes" in result.stdout
    for order in ("init", "demo", "export", "import"):
        assert order in result.stdout


def test_missing_argument_is_one_spanish_line() -> None:
    result = conciliador("export")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "conciliador export: error: faltan los argumentos obligatorios: --out (vea --help)"
    ]


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_init_scripted_creates_office_and_admin_then_is_idempotent(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    args = (
        "init",
        "--db",
        url,
        "--office-code",
        "MN-D2",
        "--office-name",
        "Delegación Distrital II",
        "--level",
        "municipal",
        "--department",
        "Managua",
        "--municipality",
        "Managua",
        "--article",
        "la",
        "--admin-login",
        "admin",
        "--admin-name",
        "Carla Ruiz",
    )
    result = conciliador(*args, env={"CONCILIADOR_ADMIN_PASSWORD": PASSWORD})
    assert result.returncode == 0, result.stderr
    assert "oficina MN-D2" in result.stdout and "administrador «admin»" in result.stdout
    again = conciliador("init", "--db", url)
    assert again.returncode == 0 and "1 oficina(s), 1 usuario(s)" in again.stdout
    assert (tmp_path / "c.sqlite").stat().st_mode & 0o777 == 0o600


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_init_refuses_a_municipality_that_is_not_in_the_department(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    base = ("init", "--db", url, "--office-code", "SJO", "--office-name", "Delegación Municipal")
    admin = ("--admin-login", "admin", "--admin-name", "Carla Ruiz")
    env = {"CONCILIADOR_ADMIN_PASSWORD": PASSWORD}
    missing = conciliador(*base, "--article", "la", *admin, env=env)
    assert missing.returncode == 1 and "departamento o región" in missing.stderr.lower()
    wrong = conciliador(
        *base,
        "--article",
        "la",
        "--department",
        "Managua",
        "--municipality",
        "San Juan de Oriente",
        *admin,
        env=env,
    )
    assert wrong.returncode == 1
    assert "Municipio: «San Juan de Oriente» no es un municipio de Managua" in wrong.stderr
    right = conciliador(
        *base,
        "--article",
        "la",
        "--department",
        "Masaya",
        "--municipality",
        "San Juan de Oriente",
        *admin,
        env=env,
    )
    assert right.returncode == 0, right.stderr


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_init_without_a_password_refuses_and_creates_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    result = conciliador(
        "init",
        "--db",
        url,
        "--office-code",
        "X",
        "--office-name",
        "X",
        "--department",
        "Managua",
        "--municipality",
        "Tipitapa",
        "--article",
        "la",
        "--admin-login",
        "admin",
        "--admin-name",
        "A",
        env={"CONCILIADOR_ADMIN_PASSWORD": ""},
    )
    assert result.returncode == 1
    assert "Falta la contraseña del administrador" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    again = conciliador(
        "init",
        "--db",
        url,
        "--office-code",
        "X",
        "--office-name",
        "X",
        "--department",
        "Managua",
        "--municipality",
        "Tipitapa",
        "--article",
        "la",
        "--admin-login",
        "admin",
        "--admin-name",
        "A",
        env={"CONCILIADOR_ADMIN_PASSWORD": "corta"},
    )
    assert again.returncode == 1 and "al menos 10 caracteres" in again.stderr


@pytest.mark.parametrize("name", ["Delegación\x1b Distrital", "Delegación \u202eDistrital"])
def test_init_refuses_an_invisible_character_in_the_office_name(tmp_path: Path, name: str) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    result = conciliador(
        "init",
        "--db",
        url,
        "--office-code",
        "MN-D2",
        "--office-name",
        name,
        "--department",
        "Managua",
        "--municipality",
        "Managua",
        "--article",
        "la",
        "--admin-login",
        "admin",
        "--admin-name",
        "Carla Ruiz",
        env={"CONCILIADOR_ADMIN_PASSWORD": PASSWORD},
    )
    assert result.returncode == 1
    assert "Nombre de la oficina" in result.stderr and "invisible" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    again = conciliador("init", "--db", url)
    assert "0 oficina(s)" in again.stdout or again.returncode != 0


def test_database_from_environment_variable(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'env.sqlite'}"
    result = conciliador("init", env={"CONCILIADOR_DB": url})
    assert result.returncode != 0 or "Base de datos" in result.stdout
    assert (tmp_path / "env.sqlite").exists()


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_demo_same_seed_same_data(tmp_path: Path) -> None:
    exports = []
    for name in ("a", "b"):
        url = f"sqlite:///{tmp_path / name}.sqlite"
        made = conciliador(
            "demo",
            "--db",
            url,
            "--cases",
            "120",
            "--seed",
            "5",
            "--today",
            "2026-11-24",
            env={"CONCILIADOR_DEMO_PASSWORD": PASSWORD},
        )
        assert made.returncode == 0, made.stderr
        out = tmp_path / f"{name}.json"
        assert conciliador("export", "--db", url, "--out", str(out)).returncode == 0
        exports.append(json.loads(out.read_bytes()))
    # The same records; each file's audit anchor is of its own database (its place differs).
    anchors = [e.pop("anclas_bitacora") for e in exports]
    assert anchors[0][0]["lugar"] != anchors[1][0]["lugar"]
    assert exports[0] == exports[1]
    doc = exports[0]
    assert len(doc["casos"]) == 120
    statuses = {h["estado"] for h in doc["audiencias"]}
    assert {"programada", "concluida", "inasistencia", "reprogramada"} <= statuses
    outcomes = [c["resultado"] for c in doc["casos"] if c["resultado"]]
    share_total = outcomes.count("acuerdo_total") / len(outcomes)
    assert 0.2 < share_total < 0.6  # about a third of closed cases (a third of all requests)


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_demo_refuses_a_database_that_has_data(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'd.sqlite'}"
    env = {"CONCILIADOR_DEMO_PASSWORD": PASSWORD}
    assert conciliador("demo", "--db", url, "--cases", "5", env=env).returncode == 0
    again = conciliador("demo", "--db", url, "--cases", "5", env=env)
    assert again.returncode == 1 and "ya tiene oficinas" in again.stderr


def test_import_of_a_broken_file_exits_non_zero_naming_the_record(tmp_path: Path) -> None:
    bad = tmp_path / "malo.json"
    bad.write_text(
        '{"formato": "conciliador-intercambio", "version": 1, "oficinas": [{"uid": "x"}]}',
        encoding="utf-8",
    )
    result = conciliador("import", "--db", f"sqlite:///{tmp_path / 'e.sqlite'}", str(bad))
    assert result.returncode == 1
    assert "Registro oficinas[1]" in result.stderr and "uid" in result.stderr


def test_unreachable_database_is_one_line(tmp_path: Path) -> None:
    result = conciliador(
        "export", "--db", "postgresql://nadie@127.0.0.1:1/nada", "--out", str(tmp_path / "x.json")
    )
    assert result.returncode == 2  # the environment's fault, not a refusal of the data
    assert result.stderr.startswith("conciliador: error: No se pudo abrir")
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_office_place_sets_where_an_existing_office_is(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    made = conciliador(
        "init",
        "--db",
        url,
        "--office-code",
        "SJO",
        "--office-name",
        "Delegación Municipal de San Juan de Oriente",
        "--department",
        "Managua",
        "--municipality",
        "Tipitapa",
        "--article",
        "la",
        "--admin-login",
        "admin",
        "--admin-name",
        "Carla Ruiz",
        env={"CONCILIADOR_ADMIN_PASSWORD": PASSWORD},
    )
    assert made.returncode == 0, made.stderr
    wrong = conciliador(
        "office", "place", "SJO", "--db", url, "--department", "Masaya",
        "--municipality", "Oriente", "--article", "la",
    )  # fmt: skip
    assert wrong.returncode == 1
    assert wrong.stderr.strip().endswith("Municipio: «Oriente» no es un municipio de Masaya")
    right = conciliador(
        "office", "place", "SJO", "--db", url, "--department", "Masaya",
        "--municipality", "San Juan de Oriente", "--article", "la",
    )  # fmt: skip
    assert right.returncode == 0, right.stderr
    assert "Oficina SJO: San Juan de Oriente (Masaya)." in right.stdout


@pytest.mark.parametrize(
    "argv",
    [
        ["--db", "sqlite:///antes.sqlite", "verify"],
        ["verify", "--db", "sqlite:///antes.sqlite"],
    ],
)
def test_the_database_is_the_one_named_before_or_after_the_order(argv: list[str]) -> None:
    """``conciliador --db URL ORDEN`` used to open the default database instead: the order's
    own, absent --db overwrote the one given before it."""
    from conciliador.cli.main import parse

    assert parse(argv).db == "sqlite:///antes.sqlite"
    assert parse(["verify"]).db is None
