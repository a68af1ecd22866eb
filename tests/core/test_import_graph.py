"""The engine's layers import downwards only: the import graph of ``crm/api/util/``, ``api/authenticator``,
``api/logger``, ``initializer.py`` and ``sdk_config.py`` has no cycle, counting imports made inside
functions too (a lazy import that closes a cycle still ties the layers together, and a fork taken while
one runs for the first time can inherit Python's module lock). ``crm/api/official_names`` (the shim that
re-exports the official modules' imported names) is outside these folders and not counted."""
from __future__ import annotations

import ast
import os
from typing import Dict, List, Set

import zohocrmsdk

ZOHO = os.path.join(os.path.dirname(zohocrmsdk.__file__), "src", "com", "zoho")
FOLDERS = ("crm/api/util", "api/authenticator", "api/logger")
FILES = ("crm/api/initializer.py", "crm/api/sdk_config.py")
PREFIX = "zohocrmsdk.src.com.zoho."


def _modules() -> Dict[str, str]:
    paths = [os.path.join(ZOHO, name) for name in FILES]
    for folder in FOLDERS:
        for directory, _, names in os.walk(os.path.join(ZOHO, folder)):
            paths += [os.path.join(directory, n) for n in names if n.endswith(".py")]
    modules = {}
    for path in paths:
        dotted = PREFIX + os.path.relpath(path, ZOHO)[:-3].replace(os.sep, ".")
        modules[dotted[:-len(".__init__")] if dotted.endswith(".__init__") else dotted] = path
    return modules


def _graph(modules: Dict[str, str]) -> Dict[str, Set[str]]:
    graph: Dict[str, Set[str]] = {}
    for name, path in modules.items():
        package = name if path.endswith("__init__.py") else name.rpartition(".")[0]
        with open(path, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
        targets: Set[str] = set()
        for node in ast.walk(tree):  # every import statement, at any depth
            if isinstance(node, ast.Import):
                candidates = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package
                    for _ in range(node.level - 1):
                        anchor = anchor.rpartition(".")[0]
                    base = anchor + ("." + base if base else "")
                candidates = [base] + [base + "." + alias.name for alias in node.names]
            else:
                continue
            for candidate in candidates:
                while candidate and candidate not in modules:  # a name inside a module: the module
                    candidate = candidate.rpartition(".")[0]
                if candidate and candidate != name:
                    targets.add(candidate)
        graph[name] = targets
    return graph


def _cycle(graph: Dict[str, Set[str]]) -> List[str]:
    """One cycle as a path of modules, or [] (depth-first search with colours)."""
    state: Dict[str, int] = {}
    stack: List[str] = []

    def visit(node: str) -> List[str]:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                return stack[stack.index(target):] + [target]
            if target not in state:
                found = visit(target)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return []


def test_the_core_import_graph_has_no_cycle():
    graph = _graph(_modules())
    assert len(graph) > 30  # the folders were found
    # an import inside a function counts: the initializer wires utility's user lookup in lazily
    assert PREFIX + "crm.api.util.utility" in graph[PREFIX + "crm.api.initializer"]
    cycle = _cycle(graph)
    assert cycle == [], " -> ".join(name[len(PREFIX):] for name in cycle)


def test_the_cycle_finder_sees_a_cycle_made_by_a_function_level_import():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycle(graph) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) == []


def test_no_layer_below_the_initializer_imports_it():
    graph = _graph(_modules())
    initializer = PREFIX + "crm.api.initializer"
    assert sorted(name for name, targets in graph.items() if initializer in targets) == []


def _reachable(graph: Dict[str, Set[str]], start: str) -> Set[str]:
    seen: Set[str] = set()
    todo = [start]
    while todo:
        for target in graph.get(todo.pop(), ()):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def test_the_token_layer_reaches_neither_the_api_handler_nor_the_field_cache():
    """Token I/O (Accounts, the store, the current-user lookup) goes through the token service the call
    context hands in: OAuthToken and the service import no layer that calls them."""
    graph = _graph(_modules())
    for start in ("api.authenticator.oauth_token", "crm.api.util.token_service"):
        reached = _reachable(graph, PREFIX + start)
        for layer in ("crm.api.util.common_api_handler", "crm.api.util.utility", "crm.api.util.field_cache",
                      "crm.api.initializer"):
            assert PREFIX + layer not in reached, (start, layer)
