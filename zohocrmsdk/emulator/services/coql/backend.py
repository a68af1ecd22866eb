"""COQL: `POST /crm/v6/coql` with `{"select_query": "..."}` (§5.4).

A small tokenizer + recursive-descent parser producing a predicate over stored records.
Supports = != > < >= <=, [not] like with %, [not] in, is [not] null, [not] between,
and/or with parentheses, order by (several columns), `limit n`, `limit off, n`,
`limit n offset off`, and lookup columns (`Account_Name.Account_Name`). Zoho's limits: WHERE is
required, a third criterion needs brackets (`((A and B) and C)`), `in` takes 50 values, a query
follows at most two relations.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Dict, List, Optional, Tuple

from ...core import errors
from ...core.backend import Backend, parse_id
from ...core.errors import ZohoError
from ...core.wire import parse_when

MAX_FIELDS = 50
MAX_CRITERIA = 25
MAX_IN = 50  # values of one `in`
MAX_RELATIONS = 2  # lookups followed by one query (COQL's joins)
MAX_LIMIT = 2000
DEFAULT_LIMIT = 200
# how far LIMIT/OFFSET reach: 10,000 rows on the unversioned and v3-v5 COQL-Limitations pages, 100,000 on
# the v7/v8 ones; the strictest is kept (switch ``coql_reach``)
MAX_REACH = 10_000
_TOKEN = re.compile(r"\s*(?:(?P<str>'(?:[^'\\]|\\.|'')*')|(?P<num>-?\d+(?:\.\d+)?)(?![\w.])|"
                    r"(?P<op>!=|<>|>=|<=|=|>|<|\(|\)|,)|(?P<word>[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*))")
_RESERVED = {"select", "from", "where", "and", "or", "not", "like", "in", "is", "null", "between",
             "order", "by", "asc", "desc", "limit", "offset"}
_NUMERIC = {"integer", "double", "currency", "percent", "bigint"}


def invalid_query(**details: Any) -> ZohoError:
    return errors.invalid_query(details)


def tokenize(text: str) -> List[Tuple[str, Any, int]]:
    out, pos = [], 0
    text = text.rstrip().rstrip(";")
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            near = text[pos:].strip()[:20]
            raise errors.syntax_error(near, pos + 1)
        kind = m.lastgroup
        raw = m.group(kind)
        col = m.start(kind) + 1
        if kind == "str":
            out.append(("str", raw[1:-1].replace("''", "'").replace("\\'", "'"), col))
        elif kind == "num":
            out.append(("num", float(raw) if "." in raw else int(raw), col))
        elif kind == "op":
            out.append(("op", "!=" if raw == "<>" else raw, col))
        else:
            out.append(("word", raw, col))
        pos = m.end()
    out.append(("end", None, len(text) + 1))
    return out


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.i = 0
        self.criteria = 0

    # token helpers
    def peek(self, offset: int = 0) -> Tuple[str, Any, int]:
        return self.tokens[min(self.i + offset, len(self.tokens) - 1)]

    def kw(self, *words: str) -> bool:
        kind, value, _ = self.peek()
        return kind == "word" and value.lower() in words

    def take_kw(self, word: str) -> None:
        if not self.kw(word):
            kind, value, col = self.peek()
            raise errors.syntax_error(str(value if value is not None else ""), col)
        self.i += 1

    def take(self, kind: str, value: Any = None) -> Any:
        k, v, col = self.peek()
        if k != kind or (value is not None and v != value):
            raise errors.syntax_error(str(v if v is not None else ""), col)
        self.i += 1
        return v

    def name(self) -> str:
        """An identifier that is not a reserved word (reserved words need quoting in COQL)."""
        kind, value, col = self.peek()
        if kind != "word" or value.lower() in _RESERVED:
            raise errors.syntax_error(str(value if value is not None else ""), col)
        self.i += 1
        return value

    # grammar
    def query(self) -> Dict[str, Any]:
        self.take_kw("select")
        columns = [self.name()]
        while self.peek()[:2] == ("op", ","):
            self.i += 1
            columns.append(self.name())
        self.take_kw("from")
        module = self.name()
        self.take_kw("where")  # COQL needs a WHERE clause (SYNTAX_ERROR without one)
        where = self.condition()
        order: List[Tuple[str, bool]] = []
        if self.kw("order"):
            self.i += 1
            self.take_kw("by")
            while True:
                column = self.take("word")
                desc = False
                if self.kw("asc", "desc"):
                    desc = self.peek()[1].lower() == "desc"
                    self.i += 1
                order.append((column, desc))
                if self.peek()[:2] != ("op", ","):
                    break
                self.i += 1
        limit, offset = DEFAULT_LIMIT, 0
        if self.kw("limit"):
            self.i += 1
            first = self.take("num")
            if self.peek()[:2] == ("op", ","):
                self.i += 1
                offset, limit = first, self.take("num")
            else:
                limit = first
                if self.kw("offset"):
                    self.i += 1
                    offset = self.take("num")
        elif self.kw("offset"):
            self.i += 1
            offset = self.take("num")
        kind, value, col = self.peek()
        if kind != "end":
            raise errors.syntax_error(str(value), col)
        return {"columns": columns, "module": module, "where": where, "order": order,
                "limit": limit, "offset": offset}

    def condition(self) -> Tuple[Any, ...]:
        """One or two criteria joined by and/or; a third needs brackets: ((A and B) and C)."""
        first = self.primary()
        if not self.kw("and", "or"):
            return first
        joiner = self.peek()[1].lower()
        self.i += 1
        second = self.primary()
        if self.kw("and", "or"):
            _, word, col = self.peek()
            raise errors.syntax_error(word, col)
        return (joiner, [first, second])

    def primary(self) -> Tuple[Any, ...]:
        if self.peek()[:2] == ("op", "("):
            self.i += 1
            inner = self.condition()
            self.take("op", ")")
            return inner
        self.criteria += 1
        if self.criteria > MAX_CRITERIA:
            raise errors.limit_exceeded({"by": "criteria", "limit": MAX_CRITERIA})
        column = self.take("word")
        negate = False
        if self.kw("not"):
            negate = True
            self.i += 1
        if self.kw("like"):
            self.i += 1
            return ("like", column, self.take("str"), negate)
        if self.kw("in"):
            self.i += 1
            self.take("op", "(")
            values = [self.value()]
            while self.peek()[:2] == ("op", ","):
                self.i += 1
                values.append(self.value())
            self.take("op", ")")
            if len(values) > MAX_IN:
                raise errors.limit_exceeded({"by": "in", "limit": MAX_IN})
            return ("in", column, values, negate)
        if self.kw("between"):
            self.i += 1
            low = self.value()
            self.take_kw("and")
            return ("between", column, (low, self.value()), negate)
        if negate:
            raise errors.syntax_error("not", self.peek()[2])
        if self.kw("is"):
            self.i += 1
            is_not = False
            if self.kw("not"):
                is_not = True
                self.i += 1
            self.take_kw("null")
            return ("null", column, None, is_not)
        kind, op, col = self.peek()
        if kind != "op" or op not in ("=", "!=", ">", "<", ">=", "<="):
            raise errors.syntax_error(str(op if op is not None else ""), col)
        self.i += 1
        return ("cmp", column, (op, self.value()), False)

    def value(self) -> Any:
        kind, value, col = self.peek()
        if kind in ("str", "num"):
            self.i += 1
            return value
        if kind == "word" and value.lower() in ("true", "false", "null"):
            self.i += 1
            return {"true": True, "false": False, "null": None}[value.lower()]
        raise errors.syntax_error(str(value if value is not None else ""), col)


class CoqlBackend(Backend):
    def query(self, text: Any) -> Tuple[List[dict], Dict[str, Any]]:
        """Run a select query; (rows, info), no rows = 204."""
        if not isinstance(text, str) or not text.strip():
            raise errors.required_param("select_query")
        q = _Parser(text).query()
        catalog = self.catalog
        module = catalog.resolve(q["module"])
        if not module or not catalog.modules[module]["api_supported"]:
            raise invalid_query(clause="from", reason="invalid module", module=q["module"])
        fields = catalog.field_map(module)
        columns = q["columns"]
        named = columns + _where_columns(q["where"]) + [column for column, _ in q["order"]]
        relations = {c.rsplit(".", n)[0] for c in named for n in range(1, c.count(".") + 1)}
        if len(relations) > MAX_RELATIONS:
            raise errors.limit_exceeded({"by": "relations", "limit": MAX_RELATIONS})
        if len(columns) > MAX_FIELDS:
            raise errors.limit_exceeded({"by": "select", "limit": MAX_FIELDS})
        seen = set()
        for column in columns:
            if column.lower() in seen:
                raise errors.duplicate_column(column)
            seen.add(column.lower())
            self._resolve(module, fields, column)
        limit, offset = q["limit"], q["offset"]
        if not isinstance(limit, int) or not isinstance(offset, int) or limit < 1 or offset < 0:
            raise invalid_query(clause="limit", reason="invalid limit")
        if limit > MAX_LIMIT:
            raise errors.limit_exceeded({"by": "limit", "limit": MAX_LIMIT})
        if offset + limit > MAX_REACH and self.app.limits.on["coql_reach"]:
            raise errors.limit_exceeded({"by": "offset", "limit": MAX_REACH})
        predicate = self._compile(module, fields, q["where"])
        rows = [r for r in self.app.records.all(module) if predicate(r)]
        for column, desc in reversed(q["order"] or [("id", False)]):
            getter = self._getter(module, fields, column)
            rows.sort(key=lambda r: _sort_key(getter(r)), reverse=desc)
        page = rows[offset:offset + limit]
        if not page:
            return [], {}
        getters = {c: self._getter(module, fields, c) for c in columns}
        data = []
        for row in page:
            out = {c: _coql_value(g(row)) for c, g in getters.items()}
            out["id"] = row["id"]
            data.append(out)
        return data, {"count": len(data), "more_records": offset + limit < len(rows)}

    # -- columns ------------------------------------------------------------------------------
    def _resolve(self, module: str, fields: Dict[str, dict], column: str) -> Tuple[str, Optional[dict]]:
        """(data_type, field) for a column; dotted columns go through a lookup."""
        if column == "id":
            return "bigint", None
        head, _, rest = column.partition(".")
        field = fields.get(head)
        if field is None:
            raise invalid_query(column_name=column, reason="column given seems to be invalid")
        if not rest:
            return field["data_type"], field
        target = field["lookup"].get("module", {}).get("api_name") if field["data_type"] == "lookup" else None
        if field["data_type"] in ("ownerlookup", "userlookup"):
            if rest in ("id", "name", "email", "first_name", "last_name", "full_name"):
                return "text", None
            raise invalid_query(column_name=column, reason="column given seems to be invalid")
        if not target:
            raise invalid_query(column_name=column, reason="column given seems to be invalid")
        return self._resolve(target, self.catalog.field_map(target), rest)

    def _getter(self, module: str, fields: Dict[str, dict], column: str) -> Callable[[dict], Any]:
        dtype, field = self._resolve(module, fields, column)
        head, _, rest = column.partition(".")
        if not rest:
            return lambda r: r.get(column)
        outer = fields[head]
        if outer["data_type"] in ("ownerlookup", "userlookup"):
            key = "name" if rest in ("full_name",) else rest
            return lambda r: (r.get(head) or {}).get(key)
        target = outer["lookup"]["module"]["api_name"]
        inner = self._getter(target, self.catalog.field_map(target), rest)

        def follow(r: dict) -> Any:
            ref = r.get(head)
            rid = parse_id(ref.get("id")) if isinstance(ref, dict) else None
            linked = self.app.state.get_record(target, rid) if rid is not None else None
            return inner(linked) if linked else None
        return follow

    # -- where ----------------------------------------------------------------------------------
    def _compile(self, module: str, fields: Dict[str, dict], node: Tuple[Any, ...]) -> Callable[[dict], bool]:
        kind = node[0]
        if kind in ("and", "or"):
            parts = [self._compile(module, fields, n) for n in node[1]]
            if kind == "and":
                return lambda r: all(p(r) for p in parts)
            return lambda r: any(p(r) for p in parts)
        _, column, arg, negate = node
        dtype, _ = self._resolve(module, fields, column)
        get = self._getter(module, fields, column)
        conv = lambda v: _convert(dtype, v)  # noqa: E731

        if kind == "null":
            test = lambda r: _scalar(get(r)) in (None, "", [])  # noqa: E731
            return (lambda r: not test(r)) if negate else test
        if kind == "like":
            pattern = re.compile("^" + ".*".join(re.escape(p) for p in arg.split("%")) + "$", re.I | re.S)
            test = lambda r: isinstance(_scalar(get(r)), str) and bool(pattern.match(_scalar(get(r))))  # noqa: E731
            # SQL semantics: a null value matches neither `like` nor `not like`
            return (lambda r: _scalar(get(r)) is not None and not test(r)) if negate else test
        if kind == "in":
            pool = [_fold(conv(v)) for v in arg]
            test = lambda r: _fold(conv(_scalar(get(r)))) in pool  # noqa: E731
            return (lambda r: not test(r)) if negate else test
        if kind == "between":
            low, high = conv(arg[0]), conv(arg[1])

            def between(r: dict) -> bool:
                value = conv(_scalar(get(r)))
                try:
                    return value is not None and low <= value <= high
                except TypeError:
                    return False
            return (lambda r: not between(r)) if negate else between
        op, raw = arg
        target = conv(raw)
        if dtype == "boolean" and op not in ("=", "!="):
            raise invalid_query(column_name=column, reason="invalid operator for boolean")

        def compare(r: dict) -> bool:
            value = conv(_scalar(get(r)))
            a, b = _fold(value), _fold(target)
            if op == "=":
                return a == b
            if op == "!=":
                return a is not None and a != b
            if a is None or b is None:
                return False
            try:
                return {">": a > b, "<": a < b, ">=": a >= b, "<=": a <= b}[op]
            except TypeError:
                return False
        return compare


def _where_columns(node: Optional[Tuple[Any, ...]]) -> List[str]:
    if node is None:
        return []
    if node[0] in ("and", "or"):
        return [c for part in node[1] for c in _where_columns(part)]
    return [node[1]]


def _scalar(value: Any) -> Any:
    return value.get("id") if isinstance(value, dict) else value


def _convert(dtype: str, value: Any) -> Any:
    if value is None:
        return None
    if dtype in _NUMERIC:
        try:
            return float(value)
        except (TypeError, ValueError):
            return None
    if dtype == "datetime":
        return parse_when(str(value))
    if dtype == "boolean":
        return value if isinstance(value, bool) else str(value).lower() == "true"
    if dtype in ("lookup", "ownerlookup", "userlookup", "multi_module_lookup"):
        return str(value)
    return value


def _fold(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def _sort_key(value: Any) -> Tuple[int, Any]:
    value = _scalar(value)
    if value is None:
        return (0, "")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (1, value)
    if isinstance(value, str) and value.isdigit():
        return (1, int(value))
    return (2, str(value).lower())


def _coql_value(value: Any) -> Any:
    # lookups come back as {"id": ...} only (§5.4)
    if isinstance(value, dict) and "id" in value:
        return {"id": value["id"]}
    return value
