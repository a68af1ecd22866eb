"""The route table: rows of (method, path template, service, action), matched by precedence.

A template is ``/``-separated segments; ``{name}`` is a parameter that takes any segment,
``{name:digits}`` only digits, ``{name:name}`` an API name (a letter, then letters, digits or
``_``), and ``{name:module}`` an API name the app resolves to a record module before the call.

Precedence is explicit and positional: at each segment a literal beats a constrained parameter
(digits, then name), which beats a free one; matching backtracks, so the most literal template
that fits the whole path wins and owns it: if none of its rows takes the request's method, the
answer is INVALID_REQUEST_METHOD (no fall-through to a less literal template).
"""
from __future__ import annotations

import re
from typing import Any, Dict, Iterator, List, NamedTuple, Optional, Tuple

_PARAM = re.compile(r"^\{([A-Za-z_][A-Za-z0-9_]*)(?::([a-z]+))?\}$")
_KINDS = {"digits": re.compile(r"\d+$"), "name": re.compile(r"[A-Za-z][A-Za-z0-9_]*$"), "any": None}
_ORDER = ("digits", "name", "any")  # tried in this order after the literal child


class Route(NamedTuple):
    """One row: `service` names a responses object of the app, `action` its method; `name` is the
    label request statistics count under (default: the service); `auth` asks for an access token."""
    method: str
    template: str
    service: str
    action: str
    name: str = ""
    auth: bool = True
    fixed: Tuple[Tuple[str, Any], ...] = ()  # keyword arguments the row adds to the call

    @property
    def label(self) -> str:
        return self.name or self.service


def rows(service: str, *specs: Tuple[str, str, str], name: str = "") -> List[Route]:
    """Rows of one service from (method, template, action) triples."""
    return [Route(method, template, service, action, name) for method, template, action in specs]


class Match(NamedTuple):
    route: Route
    params: Dict[str, str]
    modules: Tuple[str, ...]  # parameters to resolve as record modules


class _Node:
    __slots__ = ("literal", "params", "routes")

    def __init__(self) -> None:
        self.literal: Dict[str, "_Node"] = {}
        self.params: Dict[str, "_Node"] = {}  # kind -> node
        self.routes: List[Tuple[Route, Tuple[str, ...], Tuple[str, ...]]] = []  # (route, names, modules)


def segments(path: str) -> List[str]:
    return [p for p in path.split("/") if p]


class Router:
    def __init__(self, routes: List[Route]) -> None:
        self.routes = list(routes)
        self._root = _Node()
        for route in self.routes:
            self._add(route)

    def _add(self, route: Route) -> None:
        node, names, modules = self._root, [], []
        for part in segments(route.template):
            found = _PARAM.match(part)
            if found is None:
                node = node.literal.setdefault(part, _Node())
                continue
            name, kind = found.group(1), found.group(2) or "any"
            if kind == "module":  # matched as a name, resolved by the app
                modules.append(name)
                kind = "name"
            if kind not in _KINDS:
                raise ValueError(f"unknown parameter kind in {route.template}")
            names.append(name)
            node = node.params.setdefault(kind, _Node())
        node.routes.append((route, tuple(names), tuple(modules)))

    def _walk(self, node: _Node, parts: List[str], at: int, values: List[str]) -> Iterator[Tuple[_Node, List[str]]]:
        if at == len(parts):
            if node.routes:
                yield node, values
            return
        part = parts[at]
        child = node.literal.get(part)
        if child is not None:
            yield from self._walk(child, parts, at + 1, values)
        for kind in _ORDER:
            child = node.params.get(kind)
            if child is not None and (_KINDS[kind] is None or _KINDS[kind].match(part)):
                yield from self._walk(child, parts, at + 1, values + [part])

    def match(self, method: str, path: str) -> Tuple[Optional[Match], bool]:
        """(the row answering, or None; whether the path exists). The first template in precedence
        order that fits the path owns it: another method there is INVALID_REQUEST_METHOD."""
        for node, values in self._walk(self._root, segments(path), 0, []):
            for route, names, modules in node.routes:
                if route.method == method:
                    return Match(route, dict(zip(names, values)), modules), True
            return None, True
        return None, False
