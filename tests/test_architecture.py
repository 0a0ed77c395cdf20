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


def _is_module(name: str) -> bool:
    path = ROOT.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _runtime_nodes(tree: ast.AST):
    """Every node but those under ``if TYPE_CHECKING:`` (never imported at run time)."""
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                todo.extend(child.orelse)
                continue
            todo.append(child)


@cache
def imports() -> dict[str, set[str]]:
    """Module name -> the absolute names it imports (relative ones resolved)."""
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = _module_name(path)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        names: set[str] = set()
        for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    module = ".".join([*base, node.module] if node.module else base)
                else:
                    module = node.module or ""
                # ``from pkg import sub`` depends on the submodule, ``from mod
                # import name`` on the module.
                for alias in node.names:
                    sub = f"{module}.{alias.name}"
                    names.add(sub if _is_module(sub) else module)
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
    # t2m.net is user-steered traffic (URL ingest, webhook deliveries: address-pinned
    # and SSRF-checked), not a provider call.
    outside_net = {m for m in _importers_of("urllib3") if not m.startswith("t2m.net.")}
    assert outside_net == {"t2m.generate.providers"}
    assert _importers_of("requests") == set()


@pytest.mark.parametrize("module", ["t2m.errors", "t2m.db", "t2m.config"])
def test_bottom_modules_import_no_layer_above(module):
    above = ("t2m.api", "t2m.web", "t2m.services", "t2m.tasks")
    assert {n for n in imports()[module] if n.startswith(above)} == set()


def _graph() -> dict[str, set[str]]:
    """Module -> the t2m modules it imports (a name resolves to its longest module prefix)."""
    modules = set(imports())
    graph = {}
    for module, names in imports().items():
        deps = set()
        for name in names:
            parts = name.split(".")
            for end in range(len(parts), 0, -1):
                candidate = ".".join(parts[:end])
                if candidate in modules:
                    deps.add(candidate)
                    break
        deps.discard(module)
        graph[module] = deps
    return graph


def _cycles() -> list[set[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    graph, index, low, stack, on_stack, found = _graph(), {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(component)

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_no_import_cycle_among_the_services():
    assert [c for c in _cycles() if any(m.startswith("t2m.services") for m in c)] == []


def test_no_import_cycle_crosses_a_package():
    """A package's ``__init__`` and its modules may import each other (a blueprint
    and its views); nothing outside the package may be part of that loop."""
    crossing = []
    for component in _cycles():
        package = min(component, key=len)
        if not all(m == package or m.startswith(package + ".") for m in component):
            crossing.append(sorted(component))
    assert crossing == []


def _service_imports(prefix: str) -> dict[str, set[str]]:
    return {
        module: {n for n in names if n.startswith("t2m.services.")}
        for module, names in imports().items()
        if module == prefix or module.startswith(prefix + ".")
    }


def test_the_job_core_imports_no_domain():
    shared = (
        "t2m.services.jobs",
        "t2m.services.ownership",
        "t2m.services.pagination",
        "t2m.services.validation",
    )
    found = {
        module: {n for n in names if not n.startswith(shared)}
        for module, names in _service_imports("t2m.services.jobs").items()
    }
    assert {m: n for m, n in found.items() if n} == {}


def test_the_queue_imports_no_service():
    found = _service_imports("t2m.tasks")
    assert {m: n for m, n in found.items() if n} == {}


@pytest.mark.parametrize(
    ("domain", "above"),
    [
        ("t2m.services.library", ("processing", "encoding", "generation", "delivery")),
        ("t2m.services.processing", ("encoding", "generation", "delivery")),
        ("t2m.services.accounts", ("library", "processing", "encoding", "generation")),
        (
            "t2m.services.events",
            ("accounts", "library", "processing", "encoding", "generation", "delivery"),
        ),
    ],
)
def test_a_domain_never_imports_one_that_builds_on_it(domain, above):
    names = {n for found in _service_imports(domain).values() for n in found}
    assert {n for n in names if n.startswith(tuple(f"t2m.services.{a}" for a in above))} == set()
