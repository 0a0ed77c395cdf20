"""The shape of the package: what may import what, read from the source.

Imports are read with ``ast`` from every module of ``t2m/``, function-level
ones included, so a lazy import counts like any other.
"""

from __future__ import annotations

import ast
import configparser
import importlib.metadata
import re
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "t2m"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def imports() -> dict[str, set[str]]:
    """Module name -> the absolute names it imports (relative ones resolved)."""
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = _module_name(path)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    module = ".".join([*base, node.module] if node.module else base)
                else:
                    module = node.module or ""
                names.add(module)
                names.update(f"{module}.{alias.name}" for alias in node.names)
        found[name] = names
    return found


def _importers_of(top: str) -> set[str]:
    return {
        module
        for module, names in imports().items()
        if any(n == top or n.startswith(top + ".") for n in names)
    }


def _declared() -> set[str]:
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg")
    lines = cfg["options"]["install_requires"].strip().splitlines()
    return {re.split(r"[\[<>=!~ ;]", line.strip(), maxsplit=1)[0].lower() for line in lines}


def _normal(dist: str) -> str:
    return re.sub(r"[-_.]+", "-", dist).lower()


def test_every_third_party_import_is_declared():
    distributions = importlib.metadata.packages_distributions()
    declared = {_normal(d) for d in _declared()}
    missing = {}
    for module, names in imports().items():
        for name in names:
            top = name.split(".")[0]
            if not top or top == "t2m" or top in sys.stdlib_module_names:
                continue
            dists = {_normal(d) for d in distributions.get(top, [top])}
            if not dists & declared:
                missing.setdefault(top, set()).add(module)
    assert missing == {}, f"imported but not in install_requires: {missing}"


def test_every_declared_runtime_package_is_used():
    distributions = importlib.metadata.packages_distributions()
    tops = {n.split(".")[0] for names in imports().values() for n in names}
    used = {_normal(d) for top in tops for d in distributions.get(top, [])}
    # Run as programs (the Procfile), not imported; psycopg is SQLAlchemy's driver;
    # redis is Huey's and flask-limiter's client for redis:// URLs.
    programs = {"gunicorn", "honcho", "psycopg", "redis"}
    assert {_normal(d) for d in _declared()} - used - programs == set()


def test_one_subprocess_runner():
    assert _importers_of("subprocess") == {"t2m.media.process"}


def test_one_http_client_for_providers():
    # net.fetch is URL ingest (address-pinned, SSRF-checked), not a provider call.
    assert _importers_of("urllib3") == {"t2m.generate.providers", "t2m.net.fetch"}
    assert _importers_of("requests") == set()


@pytest.mark.parametrize("module", ["t2m.errors", "t2m.db", "t2m.config"])
def test_bottom_modules_import_no_layer_above(module):
    above = ("t2m.api", "t2m.web", "t2m.services", "t2m.tasks")
    assert {n for n in imports()[module] if n.startswith(above)} == set()
