"""JSON encoding and decoding of declared models.

Each member spec gets one decoder function, built the first time the class is used and cached,
so decoding a page is a loop over precomputed closures rather than a walk through metadata. The
rules (which value becomes which Python type, which class an interface picks) are the official
official ones, with the fixes listed in docs/deviations.md.
"""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Any, Callable, Dict, List, Optional, Sequence

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.util import datatype_converter as dtc
from zohocrmsdk.src.com.zoho.crm.api.util.choice import Choice
from zohocrmsdk.src.com.zoho.crm.api.util.declared_types import TYPES
from zohocrmsdk.src.com.zoho.crm.api.util.constants import Constants
from zohocrmsdk.src.com.zoho.crm.api.util.model import (CHOICE, PRIMITIVES, F, Interface,
                                                          KeyValueModel, Model, RecordField, UNMODIFIED, resolve)

RECORD = Constants.RECORD_NAMESPACE
FILE_DETAILS = Constants.FIELD_FILE_NAMESPACE  # its keys are sent lower-cased, as officially

# Python kind of a JSON value, named as the metadata names types (for interface scoring); other
# values go by their class name.
_KIND = {t.py: name for name, t in TYPES.items() if t.json_kind}


class Context(object):
    """What decoding and encoding need beyond the declarations: the module whose field metadata
    types Record members, and where that metadata comes from. Contexts derived with
    ``with_module`` share one memo, so a page reads each module's metadata once."""

    __slots__ = ("module", "fields_of", "pick_list_validation", "_memo", "_tables", "_derived")

    def __init__(self, module: Optional[str] = None,
                 fields_of: Optional[Callable[[str], Dict[str, F]]] = None,
                 pick_list_validation: bool = True, _memo: Optional[dict] = None) -> None:
        self.module = module
        self.fields_of = fields_of
        self.pick_list_validation = pick_list_validation
        self._memo = {} if _memo is None else _memo
        self._tables: Optional[dict] = None
        self._derived: Dict[Optional[str], "Context"] = {}  # module -> the context with_module gives

    def with_module(self, module: Optional[str]) -> "Context":
        if module == self.module:
            return self
        derived = self._derived.get(module)
        if derived is None:
            derived = self._derived[module] = Context(module, self.fields_of, self.pick_list_validation, self._memo)
        return derived

    def record_fields(self, module: Optional[str]) -> Dict[str, F]:
        if module is None or self.fields_of is None:
            return {}
        fields = self._memo.get(module)
        if fields is None:
            fields = self._memo[module] = self.fields_of(module)
        return fields

    def record_decoders(self, module: Optional[str]) -> Dict[str, Callable]:
        key = ("decoders", module)
        table = self._memo.get(key)
        if table is None:
            table = self._memo[key] = {k: _decoder_for(f) for k, f in self.record_fields(module).items()}
        return table

    def record_table(self, cls: type) -> "_RecordTable":
        """How records of ``cls`` in this context's module decode, key by key. Field specs from the
        cache carry these tables with them, so later calls reuse them until the cache changes."""
        tables = self._tables
        if tables is None:
            fields = self.record_fields(self.module)
            tables = getattr(fields, "codec_tables", None)
            if tables is None:
                tables = {}
            self._tables = tables
        table = tables.get(cls)
        if table is None:
            table = tables[cls] = _RecordTable(self.record_fields(self.module), cls)
        return table


NO_CONTEXT = Context()


# ---------------------------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------------------------

def decode(data: Any, ref: str, ctx: Context = NO_CONTEXT) -> Any:
    """Decode a JSON object into the class (or interface) at ``ref``."""
    return _class_decoder(ref)(data, ctx)


_CLASS_DECODERS: Dict[str, Callable[[Any, Context], Any]] = {}


def _class_decoder(ref: str) -> Callable[[Any, Context], Any]:
    """One function per class path, so nested objects skip the class lookup and checks."""
    fn = _CLASS_DECODERS.get(ref)
    if fn is None:
        cls = resolve(ref)
        if issubclass(cls, Interface) and not issubclass(cls, Model):
            fn = _interface_decoder(cls._classes_)
        elif cls._key_value_:
            fn = _record_decoder(cls)
        else:
            fn = _model_decoder(cls)
        _CLASS_DECODERS[ref] = fn
    return fn


def _interface_decoder(candidates: Sequence[str]) -> Callable[[Any, Context], Any]:
    state: List[Any] = [None, None]  # the scoring tables and the value-dependent keys (built on first use)
    # The official score of a candidate depends only on which keys hold a non-None value, the
    # class of each such value and, for the keys whose score tests allowed values, the value
    # itself; so a match is remembered by exactly that signature.
    matches: Dict[tuple, Callable[[Any, Context], Any]] = {}  # signature -> the chosen class's decoder

    def decode_interface(data, ctx):
        scoring = state[0]
        if scoring is None:
            scoring = _scoring(candidates)
            state[1] = frozenset(key for _, _, members in scoring
                                 for key, t, py, count_long, choice, values, nested in members if values)
            state[0] = scoring
        if data.__class__ is not dict:
            return _class_decoder(_best_match(scoring, candidates, data))(data, ctx)
        dependent = state[1]
        sig = tuple([(key, value.__class__, value if key in dependent else None)
                     for key, value in data.items() if value is not None])
        try:
            fn = matches.get(sig)
        except TypeError:  # an unhashable value where allowed values are tested
            fn = sig = None
        if fn is None:
            fn = _class_decoder(_best_match(scoring, candidates, data))
            if sig is not None and len(matches) < 256:
                matches[sig] = fn
        return fn(data, ctx)
    return decode_interface


def _model_decoder(cls: type) -> Callable[[Any, Context], Any]:
    """The decoder of a plain model class: same result as ``_decode_model``, as one generated
    function with a straight-line step per declared member, so a value that needs no conversion
    costs a lookup and a store, and a nested object one direct call."""
    ns: Dict[str, Any] = {"new": cls.__new__, "cls": cls, "UNMODIFIED": UNMODIFIED}
    members = [(key, attr, cls._by_key_[key], fn) for key, (attr, fn) in _decoders(cls).items()]
    lines = ["def decode_model(data, ctx):", "    get = data.get", "    values = {}"]
    lines += _member_steps(members, ns)
    lines += ["    obj = new(cls)", "    obj._v = values", "    obj._km = UNMODIFIED", "    return obj"]
    return _compiled(lines, "decode_model", ns, cls.__qualname__)


def _keyed_map_decoder(f: F) -> Callable[[Any, Context], Any]:
    """A map with declared keys (``details`` of action responses): every key is kept, in order,
    and the declared ones are decoded by their type."""
    ns: Dict[str, Any] = {}
    members = [(k.key, k.key, k, _decoder_for(k)) for k in {k.key: k for k in f.keys}.values()]
    lines = ["def decode_map(data, ctx):", "    if not isinstance(data, dict):", "        return data",
             "    values = dict(data)", "    get = data.get"]
    lines += _member_steps(members, ns)
    lines.append("    return values")
    return _compiled(lines, "decode_map", ns, f.key + " map")


def _compiled(lines: List[str], name: str, ns: Dict[str, Any], shown: str) -> Callable[[Any, Context], Any]:
    exec(compile("\n".join(lines), "<decoder of %s>" % shown, "exec"), ns)
    return ns[name]


def _member_steps(members: List[tuple], ns: Dict[str, Any]) -> List[str]:
    """Source lines that decode each (JSON key, stored key, spec, decoder) of ``members`` from
    ``data`` into ``values``, leaving None and absent values alone. The common kinds are inlined
    with exactly the decoder's result; the others call the decoder."""
    ns.update(Choice=Choice, new_choice=Choice.__new__, from_iso=_dt.datetime.fromisoformat,
              combine=_dt.datetime.combine, local_fixed=dtc.LOCAL_FIXED, local_zone=dtc.LOCAL_ZONE)
    lines = []
    for i, (key, stored, f, fn) in enumerate(members):
        lines += ["    v = get(%r)" % key, "    if v is not None:"]
        store = "        values[%r] = " % stored
        same = _same(fn)
        ns["f%d" % i] = fn
        if fn is _long_in:  # ids: the common string case inlined, the rest as the function does
            lines += ["        if v.__class__ is str and v != 'null':",
                      "            try:", "                v = int(v)", "            except ValueError:", "                pass",
                      "        elif v.__class__ is not int:", "            v = f%d(v, ctx)" % i, store + "v"]
        elif _inline_datetime(f):  # aware timestamps as dtc.parse_datetime; anything else through it
            lines += ["        try:", "            t = from_iso(v)", "        except (TypeError, ValueError):",
                      "            t = None", "        if t is not None and t.tzinfo is not None:",
                      "            t = t.astimezone(local_fixed)",
                      "    " + store + "combine(t.date(), t.time(), local_zone)", "        else:",
                      "    " + store + "f%d(v, ctx)" % i]
        elif same is not _Never:
            ns["s%d" % i] = same
            lines.append(store + "v if v.__class__ is s%d else f%d(v, ctx)" % (i, i))
        elif f.type == CHOICE:  # Choice(v), without running __init__ as a Python frame
            lines += ["        c = new_choice(Choice)", "        c._Choice__value = v", store + "c"]
        elif _is_nested(f):
            ns["d%d" % i] = _bind_later(ns, "d%d" % i, f.type)
            inner = "ctx"
            if f.module or f.type == RECORD:
                ns["m%d" % i] = f.module
                inner = "ctx.with_module(m%d)" % i
            lines.append(store + "d%d(v, %s) if isinstance(v, dict) else v" % (i, inner))
        else:
            lines.append(store + "f%d(v, ctx)" % i)
    return lines


def _inline_datetime(f: F) -> bool:
    """A DateTime member decoded by the built-in converter, in a local zone with a fixed offset:
    the generated code converts aware timestamps itself (``dtc.to_local``'s fast path)."""
    return f.type == "DateTime" and dtc.PRE.get("DateTime") is dtc.parse_datetime and dtc.LOCAL_FIXED is not None


def _is_nested(f: F) -> bool:
    """A member holding one object (a model, a record or an interface), decoded by its class."""
    return f.type not in PRIMITIVES and f.type != CHOICE


def _bind_later(ns: Dict[str, Any], name: str, ref: str) -> Callable[[Any, Context], Any]:
    """A stand-in for the decoder of ``ref``: resolved on first use (classes refer to each other),
    then put in its place in the generated function's namespace."""
    def first_use(v, ctx):
        fn = ns[name] = _class_decoder(ref) if _declared(ref) else _as_is
        return fn(v, ctx)
    return first_use


def _as_is(v: Any, ctx: Context) -> Any:
    return v


def _decode_model(data: dict, cls: type, ctx: Context) -> Model:
    obj = cls.__new__(cls)
    values: Dict[str, Any] = {}
    decoders = _decoders(cls)
    for key, value in data.items():
        if value is None:
            continue
        entry = decoders.get(key)
        if entry is not None:
            values[entry[0]] = entry[1](value, ctx)
    obj._v = values
    obj._km = UNMODIFIED
    return obj


def _record_decoder(cls: type) -> Callable[[Any, Context], Any]:
    """The decoder of Record (or a relative) in the context's module, key by key through the
    module's record table."""
    new = cls.__new__

    def decode_record(data, ctx):
        obj = new(cls)
        values: Dict[str, Any] = {}
        tables = ctx._tables
        table = tables.get(cls) if tables is not None else None
        if table is None:
            table = ctx.record_table(cls)
        for key, value in data.items():
            entry = table[key]
            if entry is None:
                values[key] = value  # unknown keys ($-prefixed system keys, new field types) stay raw
            elif value is None:
                values[entry[0]] = None
            elif value.__class__ is entry[2]:
                values[entry[0]] = value  # already what the decoder would return
            else:
                values[entry[0]] = entry[1](value, ctx)
        obj._kv = values
        obj._v = values
        obj._km = UNMODIFIED
        return obj
    return decode_record


class _RecordTable(dict):
    """JSON key -> (stored key, decoder), or None for a value kept raw, for the records of one
    class in one module; filled key by key. The module's field metadata comes first; then, for
    keys not starting with ``$`` (system keys stay raw even where the class declares them, as
    officially), the class's own members."""

    __slots__ = ("_fields", "_own")

    def __init__(self, fields: Dict[str, F], cls: type) -> None:
        super().__init__()
        self._fields = fields
        self._own = _record_member_decoders(cls)

    def __missing__(self, key: str):
        spec = self._fields.get(key)
        if spec is not None:
            fn = _decoder_for(spec)
            entry = (key, fn, _same(fn))
        elif key[:1] == "$":
            entry = None
        else:
            entry = self._own.get(key)
            if entry is not None:
                entry = (entry[0], entry[1], _same(entry[1]))
        self[key] = entry
        return entry


class _Never(object):
    """The class of no JSON value."""


def _same(decoder) -> type:
    """The class of values ``decoder`` returns unchanged (``_Never`` when there is none)."""
    return getattr(decoder, "unchanged", _Never)


_DECODERS: Dict[type, Dict[str, tuple]] = {}
_RECORD_MEMBER_DECODERS: Dict[type, "_MemberLookup"] = {}


class _MemberLookup(dict):
    """JSON key -> (stored key, decoder) for a key/value class, resolved the official way: the key
    as a member name, then its lower-cased form (``Created_Time`` -> ``created_time``) among the
    class's members, then among Record's.  The value is stored under that member's JSON key."""

    def __init__(self, cls: type) -> None:
        super().__init__()
        record = resolve(RECORD)
        self._own = {f.attr: (f.key, _decoder_for(f)) for f in cls._fields_}
        self._record = {f.attr: (f.key, _decoder_for(f)) for f in record._fields_}

    def __missing__(self, key: str):
        name = _build_name(key)
        found = self._own.get(key) or self._own.get(name) or self._record.get(name)
        self[key] = found
        return found

    def get(self, key, default=None):  # dict.get skips __missing__
        return self[key]


def _record_member_decoders(cls: type) -> "_MemberLookup":
    table = _RECORD_MEMBER_DECODERS.get(cls)
    if table is None:
        table = _RECORD_MEMBER_DECODERS[cls] = _MemberLookup(cls)
    return table


def _decoders(cls: type) -> Dict[str, tuple]:
    table = _DECODERS.get(cls)
    if table is None:
        table = {f.key: (f.attr if not cls._key_value_ else f.key, _decoder_for(f)) for f in cls._fields_}
        _DECODERS[cls] = table
    return table


def _decoder_for(f: F) -> Callable[[Any, Context], Any]:
    fn = f.decoder
    if fn is None:
        fn = f.decoder = _build_decoder(f)
    return fn


def _build_decoder(f: F) -> Callable[[Any, Context], Any]:
    t = f.type
    if t == CHOICE:
        return _choice
    if t in ("Map", "HashMap"):
        if f.keys:
            return _keyed_map_decoder(f)
        return lambda v, ctx: v
    if t == "List":
        element = f.structure
        if element is not None:
            module = f.module

            target: List[Any] = [None]  # the element class decoder, or False for an undeclared class

            def list_decoder(v, ctx):
                if not isinstance(v, list):
                    return v
                fn = target[0]
                if fn is None:
                    fn = target[0] = _class_decoder(element) if _declared(element) else False
                if fn is False:
                    return v
                inner = ctx.with_module(module) if module else ctx
                return [fn(item, inner) if isinstance(item, dict) else item for item in v]
            return list_decoder
        if f.of == CHOICE and isinstance(f, RecordField):
            # multi-select picklists (the metadata names Choice as the structure); a declared
            # member whose Choice is only a sub_type stays raw, as in the official SDK
            return _choices
        return lambda v, ctx: v  # primitive element lists stay raw, as in the official SDK
    if t in PRIMITIVES:
        convert = dtc.PRE.get(t)
        if convert is None:
            return lambda v, ctx: v

        kind = TYPES[t].unchanged
        if kind is not None and convert is TYPES[t].pre:  # it returns such a value unchanged: skip the call
            if convert is dtc.parse_long:
                return _long_in

            def primitive(v, ctx):
                if v.__class__ is kind:
                    return v
                try:
                    return convert(v)
                except (TypeError, ValueError):
                    return v  # a value of an unexpected shape is kept rather than lost
            primitive.unchanged = kind
            return primitive
        def primitive(v, ctx):
            try:
                return convert(v)
            except (TypeError, ValueError):
                return v  # a value of an unexpected shape is kept rather than lost
        return primitive
    # a nested object: a class, a Record of some module, or an interface
    ref = t
    module = f.module
    derive = bool(module) or ref == RECORD
    target: List[Any] = [None]  # the class decoder, or False for an undeclared class

    def nested_decoder(v, ctx):
        if not isinstance(v, dict):
            return v
        fn = target[0]
        if fn is None:
            fn = target[0] = _class_decoder(ref) if _declared(ref) else False
        if fn is False:
            return v
        return fn(v, ctx.with_module(module) if derive else ctx)
    return nested_decoder


_new_choice = Choice.__new__


def _choice(v: Any, ctx: Context) -> Choice:
    """``Choice(v)``, without running ``__init__`` as a Python frame (a page holds hundreds)."""
    c = _new_choice(Choice)
    c._Choice__value = v
    return c


def _choices(v: Any, ctx: Context) -> Any:
    return [_choice(item, ctx) for item in v] if isinstance(v, list) else v


def _long_in(v: Any, ctx: Context) -> Any:
    """``parse_long``, inlined; a value of an unexpected shape is kept rather than lost."""
    if v.__class__ is int:
        return v
    if v == "null":
        return None
    try:
        return int(v)
    except (TypeError, ValueError):
        return v


_long_in.unchanged = int  # type: ignore[attr-defined]


_DECLARED: Dict[str, bool] = {}


def _declared(ref: str) -> bool:
    """False for the few classes json_details names but the SDK never defines (members of some
    APIException ``details`` maps): their values stay raw instead of failing the whole response."""
    known = _DECLARED.get(ref)
    if known is None:
        try:
            resolve(ref)
            known = True
        except SDKException:
            known = False
        _DECLARED[ref] = known
    return known


def find_match(candidates: Sequence[str], data: Any) -> str:
    """The class an interface decodes ``data`` into, by the official scoring."""
    if not isinstance(data, dict):
        raise SDKException("RESPONSE ERROR", "The response is not a JSON object.", {"value": repr(data)[:200]})
    return _best_match(_scoring(candidates), candidates, data)


def _scoring(candidates: Sequence[str]) -> List[tuple]:
    """Per candidate class: (path, member count, what scoring needs of each member)."""
    out = []
    for ref in candidates:
        fields = resolve(ref)._fields_
        if fields:
            out.append((ref, len(fields), tuple(
                (f.key, f.type, _python_class(f.type), f.key == "count" and f.type == "Long",
                 f.type == CHOICE, f.values, f.structure is not None and f.structure == f.type)
                for f in fields)))
    return out


def _python_class(t: str) -> Optional[type]:
    declared = TYPES.get(t)
    return declared.py if declared is not None else None


def _best_match(scoring: List[tuple], candidates: Sequence[str], data: Any) -> str:
    if not isinstance(data, dict):
        raise SDKException("RESPONSE ERROR", "The response is not a JSON object.", {"value": repr(data)[:200]})
    best, best_score = None, 0.0
    for ref, count, members in scoring:
        hits = 0
        for key, t, py, count_long, choice, values, nested in members:
            value = data.get(key)
            if value is None:
                continue
            kind = _KIND.get(type(value)) or type(value).__name__
            if (kind == t or (py is not None and isinstance(value, py)) or count_long
                    or (choice and value in values)):
                hits += 1
            if nested and (not values or value in values):
                hits += 1
        score = hits / count
        if score == 1.0:
            return ref
        if score > best_score:
            best, best_score = ref, score
    if best is None:
        raise SDKException("RESPONSE ERROR", "The response matches none of the expected classes.",
                           {"expected": [c.rpartition(".")[2] for c in candidates],
                            "keys": sorted(data)[:20]})
    return best


# ---------------------------------------------------------------------------------------------
# Encoding
# ---------------------------------------------------------------------------------------------

class Encoder(object):
    """Turns a request model into JSON-ready data, validating values as the official SDK does."""

    def __init__(self, ctx: Context = NO_CONTEXT, mandatory_check: bool = False) -> None:
        self.ctx = ctx
        self.mandatory_check = mandatory_check
        self._record_members = resolve(RECORD)._by_key_
        self._file_details = resolve(FILE_DETAILS)
        self._plans: Dict[tuple, tuple] = {}  # (module, record class) -> (field specs, plan), for this request
        # The handler's module types the first record that takes it, as officially: a record held by a
        # member that names a module takes it for good; any other record borrows it while it is
        # encoded. Once taken, such records get their member's module, or no metadata at all.
        self._pending = ctx.module

    def encode(self, obj: Any, index: int = 0) -> Any:
        if isinstance(obj, KeyValueModel):
            return self._held_record(obj, None, index, None)
        if isinstance(obj, Model):
            return self._model(obj)
        return _raw(obj)

    def _held_record(self, obj: KeyValueModel, f: Optional[F], index: Optional[int], member: Optional[str]) -> dict:
        """A record held by member ``f`` (None: the request itself), typed by the module the
        official converter would use."""
        pending = self._pending
        # a lookup or a skip-mandatory field's record is not checked for the module's required fields
        check = f is None or not (getattr(f, "skip_mandatory", False) or getattr(f, "lookup", False))
        if f is not None and f.module is not None:
            if pending is None:
                return self._record(obj, f.module, index, member, check)
            self._pending = None  # taken for good
            return self._record(obj, pending, index, member, check)
        if pending is None:
            return self._record(obj, None, index, member, check)
        self._pending = None
        try:
            return self._record(obj, pending, index, member, check)
        finally:
            self._pending = pending

    def _model(self, obj: Model) -> dict:
        out = {}
        cls = type(obj)
        lower = cls is self._file_details
        km, values = obj._km, obj._v
        for f in cls._fields_:
            if not km.get(f.key):
                continue
            value = values.get(f.attr)
            key = f.key.lower() if lower else f.key
            if value is None:
                out[key] = None
                continue
            fast = f.encoder  # Encoder._value, inlined
            if fast is None:
                fast = f.encoder = _build_encoder(f)
            out[key] = fast(self, value, cls.__name__, 0) if fast else self._convert(f, value, cls.__name__, 0)
        return out

    def _record(self, obj: KeyValueModel, module: Optional[str], index: Optional[int],
                member: Optional[str] = None, check: bool = True) -> dict:
        out = {}
        module_fields, plan = self._plan(module, type(obj))
        same = plan.same
        kv = obj._kv
        km = obj._km
        keys = km if list(km.values()).count(1) == len(km) else [k for k, flag in km.items() if flag == 1]
        for key in keys:
            value = kv.get(key)
            try:
                if value.__class__ is same[key]:
                    out[key] = value  # a value of the exact class its step returns unchanged
                    continue
            except KeyError:
                pass  # a key not planned yet
            step = plan[key]
            if step is None:
                continue  # read-only (formula) fields are computed by Zoho
            out[key] = None if value is None else step[1](self, value, Constants.RECORD_CLASS_NAME, index)
        if self.mandatory_check and check and module_fields:
            missing = [k for k, s in module_fields.items()
                       if getattr(s, "required", False) and not getattr(s, "skip_mandatory", False)
                       and obj._kv.get(k) is None]
            if missing:
                details = {"field": member, "type": type(obj).__module__, "keys": str(missing)}
                if index is not None:
                    details["instance-number"] = index
                raise SDKException("MANDATORY VALUE ERROR", "Value missing or None for mandatory key(s): ", details)
        return out

    def _plan(self, module: Optional[str], cls: type) -> tuple:
        """(field specs of ``module``, the per-key encoding steps of records of ``cls`` against them),
        found once per request; the plan is kept with the field specs, so later requests reuse it
        until the cache changes."""
        found = self._plans.get((module, cls))
        if found is None:
            module_fields = self.ctx.record_fields(module)
            tables = getattr(module_fields, "codec_tables", None)
            plan = tables.get(("encode", cls)) if tables is not None else None
            if plan is None:
                plan = _EncodePlan(module_fields, cls._by_key_, self._record_members)
                if tables is not None:
                    tables[("encode", cls)] = plan
            found = self._plans[(module, cls)] = (module_fields, plan)
        return found

    def _value(self, f: F, value: Any, owner: str, index: int) -> Any:
        fast = f.encoder
        if fast is None:
            fast = f.encoder = _build_encoder(f)
        if fast:
            return fast(self, value, owner, index)
        return self._convert(f, value, owner, index)

    def _convert(self, f: F, value: Any, owner: str, index: int) -> Any:
        """Validate and convert one member value (the general path; see ``_build_encoder``)."""
        t = f.type
        self._check(f, value, owner, index)
        if t == CHOICE:
            return value.get_value()
        if t == "List":
            if f.structure is not None:
                return [self._element(f, item, i) for i, item in enumerate(value)]
            if f.of == CHOICE:
                return [item.get_value() if isinstance(item, Choice) else item for item in value]
            convert = dtc.POST.get(f.of) if f.of else None
            if convert is not None:
                return [convert(item) for item in value]
            return [_raw(item) for item in value]
        if t in ("Map", "HashMap"):
            if f.keys:
                out = {}
                for k, item in value.items():
                    spec = f.nested.get(k)
                    out[k] = (None if item is None else self._value(spec, item, owner, index)) if spec else _raw(item)
                return out
            return {k: _raw(v) for k, v in value.items()}
        if t in PRIMITIVES:
            if t == "Object":
                return _raw(value)
            convert = dtc.POST.get(t)
            return convert(value) if convert is not None else value
        return self._element(f, value, None)

    def _element(self, f: F, value: Any, index: Optional[int]) -> Any:
        if isinstance(value, KeyValueModel):
            return self._held_record(value, f, index, f.key)
        if isinstance(value, Model):
            return self._model(value)
        return _raw(value)

    def _check(self, f: F, value: Any, owner: str, index: int) -> None:
        t = f.type
        if t in TYPES and TYPES[t].py is None:
            return  # Object, TimeZone: anything goes
        if t == CHOICE:
            ok = isinstance(value, Choice)
            accepted = CHOICE
        elif t == "List":
            ok = isinstance(value, list)
            accepted = t
            if ok and f.of == CHOICE:
                for i, item in enumerate(value):
                    if not isinstance(item, Choice):  # a clear TYPE ERROR (docs/deviations.md#multiselect-element-type-error)
                        raise SDKException("TYPE ERROR", None, {"field": f.key, "class": owner,
                                           "accepted_type": CHOICE, "given_type": type(item), "index": i})
            elif ok and f.structure is not None:
                cls = resolve(f.structure)
                for i, item in enumerate(value):
                    if not isinstance(item, cls):  # by isinstance (docs/deviations.md#upload-files-type-check)
                        raise SDKException("TYPE ERROR", None, {
                            "field": f.key, "class": owner, "accepted_type": "List[" + f.structure + "]",
                            "given_type": type(item).__module__, "index": i})
        elif t in TYPES:
            declared = TYPES[t]
            ok = type(value) is declared.py if declared.exact else isinstance(value, declared.py)
            accepted = t  # the declared type name ("Float"), as the official reports it
        else:
            ok, accepted = isinstance(value, resolve(t)), t
        if not ok:
            details = {"field": f.key, "class": owner, "accepted_type": accepted, "given_type": type(value)}
            if index is not None:
                details["index"] = index
            raise SDKException("TYPE ERROR", None, details)
        allowed = f.values
        if allowed and (not getattr(f, "picklist", False) or self.ctx.pick_list_validation):
            items = value if t == "List" else [value]
            for item in items:
                raw = item.get_value() if isinstance(item, Choice) else item
                if raw not in allowed:
                    raise SDKException("UNACCEPTED VALUES ERROR", None, {
                        "field": f.key, "class": owner, "given-value": raw,
                        "accepted_values": list(allowed), "index": index})

    def _custom(self, value: Any) -> Any:
        """A key no metadata describes: serialised generically (docs/deviations.md#custom-values-serialised)."""
        if isinstance(value, (KeyValueModel, Model)):
            return self.encode(value)
        return _raw(value, self)


class _EncodePlan(dict):
    """Record key -> (class of the values passed through unchanged, the function encoding any
    other non-None value), or None for a read-only field (left out of the request); filled key
    by key. A key is typed by the module's field metadata, else by the record class's own
    members, else by Record's (by exact key, then lower-cased); a key nothing describes is
    serialised generically."""

    __slots__ = ("_fields", "_own", "_record_own", "same")

    def __init__(self, fields: Dict[str, F], own: Dict[str, F], record_own: Dict[str, F]) -> None:
        super().__init__()
        self._fields = fields
        self._own = own
        self._record_own = record_own
        self.same: Dict[str, type] = {}  # planned key -> the class of the values its step passes unchanged

    def __missing__(self, key: str):
        spec = self._fields.get(key)
        if spec is None:
            name = _build_name(key)
            spec = self._fields.get(name) or self._own.get(key) or self._own.get(name) or self._record_own.get(name)
        if spec is None:
            step = (_Never, _custom_step)
        elif getattr(spec, "read_only", False):
            step = None
        else:
            fn = _step_of(spec)
            step = (getattr(fn, "unchanged", _Never), fn)
        self[key] = step
        self.same[key] = step[0] if step is not None else _Never
        return step


def _custom_step(enc: "Encoder", value: Any, owner: str, index: int) -> Any:
    return enc._custom(value)


def _step_of(f: F):
    fast = f.encoder
    if fast is None:
        fast = f.encoder = _build_encoder(f)
    if fast:
        return fast
    return lambda enc, value, owner, index: enc._convert(f, value, owner, index)


def _build_encoder(f: F):
    """A shortcut for the common member kinds: it returns what ``Encoder._convert`` returns for
    values that pass validation, and hands every other value to ``_convert`` (which raises the
    official error). False where there is no shortcut."""
    t = f.type
    allowed = f.values
    convert = _convert_of

    declared = TYPES.get(t)
    kind = declared.unchanged if declared is not None else None
    if kind is not None:  # validation accepts exactly this class, and the converter returns it as is
        if allowed or dtc.POST.get(t) is not declared.post:
            return False

        def plain(enc, value, owner, index):
            if value.__class__ is kind:
                return value
            return convert(enc, f, value, owner, index)
        plain.unchanged = kind
        return plain
    if t == "DateTime" and not allowed and dtc.POST.get(t) is dtc.format_datetime:
        stamp = dtc.format_datetime

        def date_time(enc, value, owner, index):
            if isinstance(value, _dt.datetime):
                return stamp(value)
            return convert(enc, f, value, owner, index)
        return date_time
    if t == "Date" and not allowed and dtc.POST.get(t) is dtc.format_date:
        def date(enc, value, owner, index):
            if value.__class__ is _dt.date:
                return value.isoformat()
            return convert(enc, f, value, owner, index)
        return date
    if t == CHOICE:
        try:
            accepted = frozenset(allowed)
        except TypeError:
            return False
        picklist = bool(getattr(f, "picklist", False))

        def choice(enc, value, owner, index):
            if value.__class__ is Choice:
                raw = value._Choice__value  # get_value() of this exact class, without the call
                if not accepted or (picklist and not enc.ctx.pick_list_validation) or (
                        raw.__class__ is str and raw in accepted):
                    return raw
            return convert(enc, f, value, owner, index)
        return choice
    if t == "List" and f.of == CHOICE and f.structure is None and not allowed:
        def choices(enc, value, owner, index):
            if value.__class__ is list:
                out = []
                for item in value:
                    if item.__class__ is not Choice:
                        return convert(enc, f, value, owner, index)
                    out.append(item._Choice__value)
                return out
            return convert(enc, f, value, owner, index)
        return choices
    if t not in PRIMITIVES and t != CHOICE and t != "List" and not allowed:
        # a nested object: a model, a MinifiedUser, or a lookup Record of the field's module
        target: List[Any] = [None]

        def nested(enc, value, owner, index):
            cls = target[0]
            if cls is None:
                cls = target[0] = resolve(t)
            if isinstance(value, cls):
                if isinstance(value, KeyValueModel):
                    return enc._held_record(value, f, None, f.key)
                if isinstance(value, Model):
                    return enc._model(value)
            return convert(enc, f, value, owner, index)
        return nested
    return False


def _convert_of(enc: "Encoder", f: F, value: Any, owner: str, index: int) -> Any:
    return enc._convert(f, value, owner, index)


def _raw(value: Any, encoder: Optional[Encoder] = None) -> Any:
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, Choice):
        return _raw(value.get_value(), encoder)
    if isinstance(value, _dt.datetime):
        return dtc.format_datetime(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, _dt.time):
        return dtc.format_local_time(value)
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {str(k): _raw(v, encoder) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_raw(v, encoder) for v in value]
    if isinstance(value, (Model, KeyValueModel)):
        return (encoder or Encoder()).encode(value)
    return str(value)


def _build_name(key: str) -> str:
    return "_".join(part.lower() for part in key.split("_"))


def encode_model(obj: Any) -> Any:
    """Encode a model with no module context (query-string filters and the like)."""
    return Encoder().encode(obj)
