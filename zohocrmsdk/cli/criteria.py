"""``--criteria``: Zoho's search syntax, ``(Field:operator:value)`` joined by ``and``/``or``.

The same expression goes to the search API as written, and is translated to a COQL ``where``
clause or a Bulk Read criteria object when the export needs those APIs.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Tuple, Union

from .errors import UsageError

# search operator -> (COQL operator, Bulk Read comparator)
OPERATORS = {
    "equals": ("=", "equal"), "not_equal": ("!=", "not_equal"), "starts_with": ("like", "starts_with"),
    "in": ("in", "in"), "not_in": ("not in", "not_in"), "greater_than": (">", "greater_than"),
    "greater_equal": (">=", "greater_equal"), "less_than": ("<", "less_than"), "less_equal": ("<=", "less_equal"),
    "between": ("between", "between"), "not_between": ("not between", "not_between"),
}
UNQUOTED = {"integer", "bigint", "double", "currency", "percent", "decimal", "boolean"}
LISTS = {"in", "not_in", "between", "not_between"}

Condition = Tuple[str, str, List[str]]           # field, operator, values
Node = Union[Condition, Tuple[str, list]]        # ("and"|"or", [children])


def parse(text: str) -> Node:
    parser = _Parser(text)
    node = parser.expr()
    parser.skip()
    if parser.pos != len(text):
        parser.fail("unexpected text")
    return node


class _Parser:
    def __init__(self, text: str) -> None:
        self.text, self.pos = text, 0

    def fail(self, why: str) -> None:
        raise UsageError(f"--criteria: {why} at character {self.pos + 1} of {self.text!r}; "
                         "expected (Field:operator:value) joined by and/or")

    def skip(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def expr(self) -> Node:
        terms, ops = [self.term()], []
        while True:
            self.skip()
            rest = self.text[self.pos:].lower()
            op = "and" if rest.startswith("and") else "or" if rest.startswith("or") else None
            if op is None:
                break
            self.pos += len(op)
            ops.append(op)
            terms.append(self.term())
        # `and` binds tighter than `or`, as in Zoho's search
        groups: List[List[Node]] = [[terms[0]]]
        for op, term in zip(ops, terms[1:]):
            if op == "and":
                groups[-1].append(term)
            else:
                groups.append([term])
        ands = [g[0] if len(g) == 1 else ("and", g) for g in groups]
        return ands[0] if len(ands) == 1 else ("or", ands)

    def term(self) -> Node:
        self.skip()
        if self.pos >= len(self.text) or self.text[self.pos] != "(":
            self.fail("expected '('")
        self.pos += 1
        self.skip()
        if self.pos < len(self.text) and self.text[self.pos] == "(":
            node = self.expr()
        else:
            node = self.condition()
        self.skip()
        if self.pos >= len(self.text) or self.text[self.pos] != ")":
            self.fail("expected ')'")
        self.pos += 1
        return node

    def condition(self) -> Condition:
        raw, escaped = [], False
        while self.pos < len(self.text):
            char = self.text[self.pos]
            if escaped:
                raw.append("\\" + char)
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == ")":
                break
            else:
                raw.append(char)
            self.pos += 1
        parts = "".join(raw).split(":", 2)
        if len(parts) != 3 or not parts[0].strip():
            self.fail("expected Field:operator:value")
        field, operator, value = parts[0].strip(), parts[1].strip().lower(), parts[2]
        if operator not in OPERATORS:
            self.fail(f"unknown operator {operator!r} (one of {', '.join(OPERATORS)})")
        values = _split(value) if operator in LISTS else [_unescape(value)]
        if operator in ("between", "not_between") and len(values) != 2:
            self.fail(f"{operator} wants two values separated by a comma")
        return field, operator, values


def _split(value: str) -> List[str]:
    out, current, i = [], "", 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            current += value[i + 1]
            i += 2
            continue
        if value[i] == ",":
            out.append(current)
            current = ""
        else:
            current += value[i]
        i += 1
    return out + [current]


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", r"\1", value)


def fields(node: Node) -> List[str]:
    if len(node) == 2:
        return [f for child in node[1] for f in fields(child)]
    return [node[0]]


def to_coql(node: Node, types: Dict[str, str]) -> str:
    """A COQL where clause; groups bracketed two at a time, as COQL requires."""
    if len(node) == 2:
        op, children = node
        parts = [to_coql(child, types) for child in children]
        clause = parts[0]
        for part in parts[1:]:
            clause = f"({clause} {op} {part})"
        return clause
    field, operator, values = node
    coql_op = OPERATORS[operator][0]
    literals = [_literal(v, types.get(field)) for v in values]
    if operator == "starts_with":
        return f"{field} like {_literal(values[0] + '%', None)}"
    if operator in ("in", "not_in"):
        return f"{field} {coql_op} ({', '.join(literals)})"
    if operator in ("between", "not_between"):
        return f"{field} {coql_op} {literals[0]} and {literals[1]}"
    return f"{field} {coql_op} {literals[0]}"


def _literal(value: str, data_type: Any) -> str:
    if data_type in UNQUOTED:
        return value.strip()
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def to_bulk(node: Node, types: Dict[str, str]) -> Any:
    """A ``bulk_read.Criteria`` for the same expression."""
    from zohocrmsdk.src.com.zoho.crm.api.bulk_read import Criteria
    from zohocrmsdk.src.com.zoho.crm.api.fields import MinifiedField
    from zohocrmsdk.src.com.zoho.crm.api.util import Choice
    criteria = Criteria()
    if len(node) == 2:
        criteria.set_group_operator(Choice(node[0]))
        criteria.set_group([to_bulk(child, types) for child in node[1]])
        return criteria
    field, operator, values = node
    ref = MinifiedField()
    ref.set_api_name(field)
    criteria.set_field(ref)
    criteria.set_comparator(Choice(OPERATORS[operator][1]))
    typed = [_typed(v, types.get(field)) for v in values]
    criteria.set_value(typed if operator in LISTS else typed[0])
    return criteria


def _typed(value: str, data_type: Any) -> Any:
    try:
        if data_type in ("integer", "bigint"):
            return int(value)
        if data_type in ("double", "currency", "percent", "decimal"):
            return float(value)
    except ValueError:
        return value
    if data_type == "boolean":
        return value.strip().lower() == "true"
    return value
