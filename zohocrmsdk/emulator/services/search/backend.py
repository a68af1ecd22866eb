"""Record search (`/{module}/search`) and count (`/{module}/actions/count`).

Criteria grammar: `(Field:operator:value)` groups joined by `and`/`or` with parentheses;
`\\` escapes `,` `(` `)` inside values (§3.7). `and` binds tighter than `or`.
"""
from __future__ import annotations

from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

from ...core import errors
from ...core.backend import Backend
from ...core.bodies import page_args, page_of
from ...core.wire import parse_when

MAX_CRITERIA = 10
SEARCH_LIMIT = 2000
Predicate = Callable[[dict], bool]


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.conditions = 0

    def parse(self) -> Tuple[Any, ...]:
        self._skip()
        tree = self._expr()
        self._skip()
        if self.pos != len(self.text):
            raise errors.invalid_query()
        return tree

    def _skip(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1

    def _expr(self) -> Tuple[Any, ...]:
        terms = [self._term()]
        ops: List[str] = []
        while True:
            self._skip()
            low = self.text[self.pos:self.pos + 3].lower()
            if low == "and":
                ops.append("and")
                self.pos += 3
            elif low[:2] == "or":
                ops.append("or")
                self.pos += 2
            else:
                break
            self._skip()
            terms.append(self._term())
        # fold `and` first, then `or`
        groups: List[List[Any]] = [[terms[0]]]
        for op, term in zip(ops, terms[1:]):
            if op == "and":
                groups[-1].append(term)
            else:
                groups.append([term])
        ors = [("and", g) if len(g) > 1 else g[0] for g in groups]
        return ("or", ors) if len(ors) > 1 else ors[0]

    def _term(self) -> Tuple[Any, ...]:
        self._skip()
        if self.pos >= len(self.text):
            raise errors.invalid_query()
        if self.text[self.pos] == "(":
            # "((" or "( (" starts a nested expression; otherwise a condition follows
            look = self.pos + 1
            while look < len(self.text) and self.text[look] == " ":
                look += 1
            if look < len(self.text) and self.text[look] == "(":
                self.pos = look
                inner = self._expr()
                self._skip()
                if self.pos >= len(self.text) or self.text[self.pos] != ")":
                    raise errors.invalid_query()
                self.pos += 1
                return inner
            self.pos += 1
            cond = self._condition(closing=True)
            return cond
        return self._condition(closing=False)

    def _condition(self, closing: bool) -> Tuple[Any, ...]:
        buf, escaped = [], False
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if escaped:
                buf.append(ch)
                escaped = False
            elif ch == "\\":
                escaped = True
                buf.append("\\")
            elif ch == ")" and closing:
                break
            elif not closing and ch == " ":
                break
            else:
                buf.append(ch)
            self.pos += 1
        if closing:
            if self.pos >= len(self.text):
                raise errors.invalid_query()
            self.pos += 1
        raw = "".join(buf)
        parts = raw.split(":", 2)
        if len(parts) != 3 or not parts[0] or not parts[1]:
            raise errors.invalid_query()
        self.conditions += 1
        if self.conditions > MAX_CRITERIA:
            raise errors.limit_exceeded({"limit": MAX_CRITERIA})
        return ("cond", parts[0].strip(), parts[1].strip().lower(), parts[2])


def _split_values(value: str) -> List[str]:
    out, cur, escaped = [], [], False
    for ch in value:
        if escaped:
            cur.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == ",":
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def _scalar(value: Any) -> Any:
    if isinstance(value, dict):
        return value.get("id")
    return value


def _coerce(dtype: str, text: str) -> Any:
    if dtype in ("integer", "double", "currency", "percent", "bigint"):
        try:
            return float(text)
        except ValueError:
            raise errors.invalid_query({"reason": "invalid number"})
    if dtype == "boolean":
        return text.lower() == "true"
    if dtype == "datetime":
        when = parse_when(text)
        if when is None:
            raise errors.invalid_query()
        return when
    return text


def _record_value(dtype: str, value: Any) -> Any:
    value = _scalar(value)
    if value is None:
        return None
    if dtype in ("integer", "double", "currency", "percent", "bigint"):
        try:
            return float(value)
        except (TypeError, ValueError):
            return None
    if dtype == "datetime":
        return parse_when(value)
    return value


def compile_criteria(catalog: Any, module: str, text: str) -> Predicate:
    parser = _Parser(text)
    tree = parser.parse()
    fields = catalog.field_map(module)
    # search-records: with several conditions `equals` on text matches like `contains`; alone it is exact
    loose = parser.conditions > 1

    def build(node: Tuple[Any, ...]) -> Predicate:
        if node[0] in ("and", "or"):
            parts = [build(n) for n in node[1]]
            return (lambda r: all(p(r) for p in parts)) if node[0] == "and" else (lambda r: any(p(r) for p in parts))
        _, name, op, raw = node
        dtype = fields[name]["data_type"] if name in fields else ("text" if name != "id" else "bigint")
        if name not in fields and name != "id":
            raise errors.invalid_query({"api_name": name})
        values = [_coerce(dtype, v) for v in _split_values(raw)]
        if op not in ("equals", "not_equal", "starts_with", "in", "greater_than", "greater_equal",
                      "less_than", "less_equal", "between"):
            raise errors.invalid_query({"operator": op})

        how = "contains" if loose and op == "equals" else op

        def test(record: dict) -> bool:
            actual = _record_value(dtype, record.get(name))
            if isinstance(actual, list):  # multi-select: any element
                return any(_compare(how, a, values) for a in actual)
            return _compare(how, actual, values)
        return test

    return build(tree)


def _norm(v: Any) -> Any:
    return v.lower() if isinstance(v, str) else v


def _compare(op: str, actual: Any, values: List[Any]) -> bool:
    target = values[0]
    if op in ("equals", "in"):
        pool = values if op == "in" else [target]
        return any(_norm(actual) == _norm(v) or (v == "${EMPTY}" and actual in (None, "")) for v in pool)
    if op == "contains":
        if isinstance(actual, str) and isinstance(target, str) and target != "${EMPTY}":
            return target.lower() in actual.lower()
        return _compare("equals", actual, values)
    if op == "not_equal":
        return _norm(actual) != _norm(target)
    if actual is None:
        return False
    if op == "starts_with":
        return isinstance(actual, str) and actual.lower().startswith(str(target).lower())
    try:
        if op == "greater_than":
            return actual > target
        if op == "greater_equal":
            return actual >= target
        if op == "less_than":
            return actual < target
        if op == "less_equal":
            return actual <= target
        if op == "between":
            return len(values) == 2 and values[0] <= actual <= values[1]
    except TypeError:
        return False
    return False


_KEYS = ("criteria", "email", "phone", "word")


class SearchBackend(Backend):
    def predicate(self, module: str, query: Mapping[str, str], required: bool) -> Optional[Predicate]:
        fields = self.catalog.fields[module]
        q = query
        if q.get("criteria"):
            return compile_criteria(self.catalog, module, q["criteria"])
        if q.get("email"):
            names = [f["api_name"] for f in fields if f["data_type"] == "email"]
            email = q["email"].lower()
            return lambda r: any(str(r.get(n) or "").lower() == email for n in names)
        if q.get("phone"):
            names = [f["api_name"] for f in fields if f["data_type"] == "phone"]
            digits = "".join(ch for ch in q["phone"] if ch.isdigit()) or q["phone"]
            return lambda r: any(digits in "".join(ch for ch in str(r.get(n) or "") if ch.isdigit()) for n in names)
        if q.get("word") is not None and "word" in q:
            word = q["word"].strip().lower()
            if len(word) < 2 or not any(ch.isalnum() for ch in word):  # special characters alone: refused
                raise errors.invalid_data(details={"param_name": "word"})
            return lambda r: any(isinstance(v, str) and word in v.lower() for k, v in r.items() if k != "id")
        if required:
            raise errors.expected_param_missing(list(_KEYS))
        return None

    def matching(self, module: str, query: Mapping[str, str], required: bool) -> List[dict]:
        pred = self.predicate(module, query, required)
        converted = self.app.records.converted_flag(module, query.get("converted"))
        rows = self.state.list_records(module, "id", True, converted=converted)
        return [r for r in rows if pred is None or pred(r)]

    def search(self, module: str, query: Mapping[str, str]) -> Tuple[List[dict], Dict[str, Any]]:
        """A page of matching records, projected on ``fields``; no rows = 204."""
        page, per_page = page_args(query)
        if page * per_page > SEARCH_LIMIT:
            raise errors.iteration_limit(SEARCH_LIMIT)
        rows = self.matching(module, query, True)
        chunk, info = page_of(rows, page, per_page)
        info = {"per_page": per_page, "count": len(chunk), "page": page, "sort_by": "id", "sort_order": "desc",
                "more_records": info["more_records"]}
        names = self.app.records.projection(query.get("fields"), False) if chunk else None
        return [self.app.records.project(r, names) for r in chunk], info

    def count(self, module: str, query: Mapping[str, str]) -> int:
        if query.get("cvid") and any(query.get(k) for k in _KEYS):
            raise errors.ambiguity("cvid", "criteria")
        if not any(query.get(k) for k in _KEYS):
            converted = self.app.records.converted_flag(module, query.get("converted"))
            return self.state.count_records(module, converted=converted)
        return len(self.matching(module, query, False))
