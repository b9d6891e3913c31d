"""Checking a template's tags against the values its context builder provides.

jinja2 can list a template's undeclared top-level names; that does not catch a typo further
down (``{{ acta.numro }}``). This walks the template's syntax tree instead, following
``{% for x in lista %}`` and ``{% set %}`` bindings, and checks every dotted path it reads
against the paths of a sample context (every key the builder produces, with every optional
section filled). What is unknown is reported with the tag that reads it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from jinja2 import nodes

#: Names jinja2 itself provides inside a template.
_BUILTINS = frozenset({"loop", "range", "dict", "lipsum", "cycler", "joiner", "namespace"})
_ANY = "*"


def schema_of(sample: Mapping[str, Any]) -> frozenset[str]:
    """Every dotted path of a sample context: ``acta``, ``acta.numero``, ``hijos[]``,
    ``hijos[].nombre`` …"""
    paths: set[str] = set()

    def walk(value: Any, path: str) -> None:
        paths.add(path)
        if isinstance(value, Mapping):
            for key, inner in value.items():
                walk(inner, f"{path}.{key}" if path else str(key))
        elif isinstance(value, list | tuple):
            paths.add(f"{path}[]")
            for item in value:
                walk(item, f"{path}[]")

    for key, value in sample.items():
        walk(value, str(key))
    return frozenset(paths)


@dataclass(frozen=True)
class UnknownName:
    """A path the template reads that the context does not provide."""

    path: str
    lineno: int
    #: The nearest known path above it, to suggest what exists there.
    parent: str | None


class _Walker:
    def __init__(self, schema: frozenset[str]) -> None:
        self.schema = schema
        self.roots = {p.split(".")[0].split("[")[0] for p in schema}
        self.unknown: list[UnknownName] = []

    def known(self, path: str) -> bool:
        return path in self.schema

    def is_container(self, path: str) -> bool:
        prefix_dot, prefix_list = f"{path}.", f"{path}[]"
        return any(p.startswith((prefix_dot, prefix_list)) for p in self.schema)

    def path_of(self, node: nodes.Node, scope: Mapping[str, str]) -> str | None:
        """The schema path an expression reads, ``_ANY`` when it is not from the context,
        or None when it is unknown (already reported)."""
        if isinstance(node, nodes.Name):
            if node.name in scope:
                return scope[node.name]
            if node.name in _BUILTINS:
                return _ANY
            if node.name not in self.roots:
                self.unknown.append(UnknownName(node.name, node.lineno, None))
                return None
            return node.name
        if isinstance(node, nodes.Getattr | nodes.Getitem):
            base = self.path_of(node.node, scope)
            if base is None or base == _ANY:
                return base
            if isinstance(node, nodes.Getitem):
                if not isinstance(node.arg, nodes.Const) or not isinstance(node.arg.value, str):
                    self.visit(node.arg, scope)
                    return f"{base}[]" if self.known(f"{base}[]") else _ANY
                attr = node.arg.value
            else:
                attr = node.attr
            path = f"{base}.{attr}"
            if self.known(path):
                return path
            if not self.is_container(base):
                return _ANY  # a method or attribute of a plain value (``texto.upper``)
            self.unknown.append(UnknownName(path, node.lineno, base))
            return None
        if isinstance(node, nodes.Filter | nodes.Test):
            if node.node is not None:
                inner = self.path_of(node.node, scope)
                self._visit_args(node, scope)
                keeps_items = node.name in {
                    "sort",
                    "reverse",
                    "unique",
                    "list",
                    "select",
                    "reject",
                    "selectattr",
                    "rejectattr",
                    "batch",
                }
                if inner not in (None, _ANY) and keeps_items:
                    return inner
            else:
                self._visit_args(node, scope)
            return _ANY
        self.visit(node, scope)
        return _ANY

    def _visit_args(self, node: nodes.Filter | nodes.Test, scope: Mapping[str, str]) -> None:
        for arg in node.args:
            self.path_of(arg, scope)
        for kwarg in node.kwargs:
            self.path_of(kwarg.value, scope)

    def bind(self, target: nodes.Node, path: str, scope: dict[str, str]) -> None:
        if isinstance(target, nodes.Name):
            scope[target.name] = path
        elif isinstance(target, nodes.Tuple):
            for item in target.items:
                self.bind(item, _ANY, scope)

    def visit(self, node: nodes.Node, scope: Mapping[str, str]) -> None:
        if isinstance(node, nodes.For):
            iterated = self.path_of(node.iter, scope)
            inner = dict(scope)
            item = f"{iterated}[]" if iterated not in (None, _ANY) else _ANY
            self.bind(node.target, item if item == _ANY or self.known(item) else _ANY, inner)
            inner["loop"] = _ANY
            for child in (*node.body, *((node.test and [node.test]) or [])):
                self.visit(child, inner)
            for child in node.else_:
                self.visit(child, scope)
            return
        if isinstance(node, nodes.Assign):
            value = self.path_of(node.node, scope)
            if isinstance(scope, dict):
                self.bind(node.target, value or _ANY, scope)
            return
        if isinstance(node, nodes.With):
            inner = dict(scope)
            for target, expr in zip(node.targets, node.values, strict=True):
                self.bind(target, self.path_of(expr, scope) or _ANY, inner)
            for child in node.body:
                self.visit(child, inner)
            return
        if isinstance(node, nodes.Expr | nodes.Name | nodes.Getattr | nodes.Getitem):
            if isinstance(node, nodes.Expr) and not isinstance(
                node, nodes.Name | nodes.Getattr | nodes.Getitem | nodes.Filter | nodes.Test
            ):
                for child in node.iter_child_nodes():
                    self.visit(child, scope)
                return
            self.path_of(node, scope)
            return
        for child in node.iter_child_nodes():
            self.visit(child, scope)


def unknown_names(tree: nodes.Template, schema: frozenset[str]) -> Iterator[UnknownName]:
    """Every path ``tree`` reads that ``schema`` lacks, in the order they appear."""
    walker = _Walker(schema)
    scope: dict[str, str] = {}
    for node in tree.body:
        walker.visit(node, scope)
    seen: set[str] = set()
    for item in walker.unknown:
        if item.path not in seen:
            seen.add(item.path)
            yield item


def children_of(schema: frozenset[str], path: str) -> list[str]:
    """The names directly under ``path`` (for «what exists there» in a message)."""
    out = set()
    for p in schema:
        for prefix in (f"{path}.", f"{path}[]."):
            if p.startswith(prefix):
                rest = p[len(prefix) :]
                out.add(rest.split(".")[0].split("[")[0])
    return sorted(out)
