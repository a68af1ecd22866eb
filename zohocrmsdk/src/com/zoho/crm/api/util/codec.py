"""JSON encoding and decoding of declared models.

Each member spec gets one decoder function, built the first time the class is used and cached,
so decoding a page is a loop over precomputed closures rather than a walk through metadata. The
rules (which value becomes which Python type, which class an interface picks) are the official
ones of RUNTIME.md sections 9.4 and 10, with the section 16 fixes.
"""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Any, Callable, Dict, List, Optional, Sequence

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.util import datatype_converter as dtc
from zohocrmsdk.src.com.zoho.crm.api.util.choice import Choice
from zohocrmsdk.src.com.zoho.crm.api.util.model import (API_ROOT, CHOICE, PRIMITIVES, F, Interface,
                                                          KeyValueModel, Model, RecordField, resolve)

RECORD = API_ROOT + ".record.Record"
FILE_DETAILS = API_ROOT + ".record.FileDetails"

# Python kind of a JSON value, named as the metadata names types (for interface scoring).
_KIND = {dict: "Map", list: "List", str: "str", int: "int", float: "float", bool: "bool"}
_PRIMITIVE_PY = {"String": str, "Integer": int, "Long": int, "Float": float, "Double": float,
                 "Boolean": bool, "List": list, "Map": dict, "HashMap": dict}


class Context(object):
    """What decoding and encoding need beyond the declarations: the module whose field metadata
    types Record members, and where that metadata comes from. Contexts derived with
    ``with_module`` share one memo, so a page reads each module's metadata once."""

    __slots__ = ("module", "fields_of", "pick_list_validation", "_memo")

    def __init__(self, module: Optional[str] = None,
                 fields_of: Optional[Callable[[str], Dict[str, F]]] = None,
                 pick_list_validation: bool = True, _memo: Optional[dict] = None) -> None:
        self.module = module
        self.fields_of = fields_of
        self.pick_list_validation = pick_list_validation
        self._memo = {} if _memo is None else _memo

    def with_module(self, module: Optional[str]) -> "Context":
        if module == self.module:
            return self
        return Context(module, self.fields_of, self.pick_list_validation, self._memo)

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
            candidates = cls._classes_
            fn = lambda data, ctx: _class_decoder(find_match(candidates, data))(data, ctx)  # noqa: E731
        elif cls._key_value_:
            fn = lambda data, ctx: _decode_record(data, cls, ctx)  # noqa: E731
        else:
            fn = lambda data, ctx: _decode_model(data, cls, ctx)  # noqa: E731
        _CLASS_DECODERS[ref] = fn
    return fn


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
    obj._km = {}
    return obj


def _decode_record(data: dict, cls: type, ctx: Context) -> KeyValueModel:
    obj = cls.__new__(cls)
    values: Dict[str, Any] = {}
    module_decoders = ctx.record_decoders(ctx.module)
    own = _decoders(cls)
    for key, value in data.items():
        decoder = module_decoders.get(key)
        if decoder is not None:
            values[key] = None if value is None else decoder(value, ctx)
            continue
        # `$`-prefixed system keys stay raw even where the class declares them, as officially
        entry = None if key[:1] == "$" else own.get(key)
        if entry is not None and value is not None:
            values[key] = entry[1](value, ctx)
        else:
            values[key] = value  # unknown keys ($-prefixed system keys, new field types) stay raw
    obj._kv = values
    obj._v = values
    obj._km = {}
    return obj


_DECODERS: Dict[type, Dict[str, tuple]] = {}


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
        return lambda v, ctx: Choice(v)
    if t in ("Map", "HashMap"):
        if f.keys:
            nested = {k.key: _decoder_for(k) for k in f.keys}

            def map_decoder(v, ctx):
                if not isinstance(v, dict):
                    return v
                out = {}
                for k, item in v.items():
                    dec = nested.get(k)
                    out[k] = dec(item, ctx) if dec is not None and item is not None else item
                return out
            return map_decoder
        return lambda v, ctx: v
    if t == "List":
        element = f.structure
        if element is not None:
            module = f.module

            def list_decoder(v, ctx):
                if not isinstance(v, list):
                    return v
                if not _declared(element):
                    return v
                inner = ctx.with_module(module) if module else ctx
                return [decode(item, element, inner) if isinstance(item, dict) else item for item in v]
            return list_decoder
        if f.of == CHOICE:
            return lambda v, ctx: [Choice(item) for item in v] if isinstance(v, list) else v
        return lambda v, ctx: v  # primitive element lists stay raw, as in the official SDK
    if t in PRIMITIVES:
        convert = dtc.PRE.get(t)
        if convert is None:
            return lambda v, ctx: v

        def primitive(v, ctx):
            try:
                return convert(v)
            except (TypeError, ValueError):
                return v  # a value of an unexpected shape is kept rather than lost
        return primitive
    # a nested object: a class, a Record of some module, or an interface
    ref = t
    module = f.module

    def nested_decoder(v, ctx):
        if not isinstance(v, dict) or not _declared(ref):
            return v
        return decode(v, ref, ctx.with_module(module) if module or ref == RECORD else ctx)
    return nested_decoder


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
    """The class an interface decodes ``data`` into, by the official scoring (RUNTIME.md 9.4)."""
    if not isinstance(data, dict):
        raise SDKException("RESPONSE ERROR", "The response is not a JSON object.", {"value": repr(data)[:200]})
    best, best_score = None, 0.0
    for ref in candidates:
        cls = resolve(ref)
        fields = cls._fields_
        if not fields:
            continue
        hits = 0
        for f in fields:
            value = data.get(f.key)
            if value is None:
                continue
            hits += _score(f, value)
        score = hits / len(fields)
        if score == 1.0:
            return ref
        if score > best_score:
            best, best_score = ref, score
    if best is None:
        raise SDKException("RESPONSE ERROR", "The response matches none of the expected classes.",
                           {"expected": [c.rpartition(".")[2] for c in candidates],
                            "keys": sorted(data)[:20]})
    return best


def _score(f: F, value: Any) -> int:
    points = 0
    t = f.type
    kind = _KIND.get(type(value), type(value).__name__)
    py = _PRIMITIVE_PY.get(t)
    if (kind == t or (py is not None and isinstance(value, py)) or (f.key == "count" and t == "Long")
            or (t == CHOICE and value in f.values)):
        points += 1
    if f.structure is not None and f.structure == t and (not f.values or value in f.values):
        points += 1
    return points


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

    def encode(self, obj: Any, index: int = 0) -> Any:
        if isinstance(obj, KeyValueModel):
            return self._record(obj, self.ctx.module, index)
        if isinstance(obj, Model):
            return self._model(obj)
        return _raw(obj)

    def _model(self, obj: Model) -> dict:
        out = {}
        cls = type(obj)
        lower = cls is self._file_details
        for f in cls._fields_:
            flag = obj._km.get(f.key)
            if not flag:
                continue
            value = obj._v.get(f.attr)
            key = f.key.lower() if lower else f.key
            out[key] = None if value is None else self._value(f, value, cls.__name__, 0)
        return out

    def _record(self, obj: KeyValueModel, module: Optional[str], index: int) -> dict:
        out = {}
        module_fields = self.ctx.record_fields(module)
        own = type(obj)._by_key_
        record_own = self._record_members
        for key, flag in obj._km.items():
            if flag != 1:
                continue
            value = obj._kv.get(key)
            spec = module_fields.get(key)
            if spec is None:
                name = _build_name(key)
                spec = module_fields.get(name) or own.get(key) or own.get(name) or record_own.get(name)
            if spec is not None and getattr(spec, "read_only", False):
                continue  # formula fields are computed by Zoho
            if value is None:
                out[key] = None
            elif spec is not None:
                out[key] = self._value(spec, value, "Record", index)
            else:
                out[key] = self._custom(value)
        if self.mandatory_check and module_fields:
            missing = [k for k, s in module_fields.items()
                       if getattr(s, "required", False) and not getattr(s, "skip_mandatory", False)
                       and obj._kv.get(k) is None]
            if missing:
                raise SDKException("MANDATORY VALUE ERROR", "Value missing or None for mandatory key(s): ",
                                   {"field": "data", "type": type(obj).__module__, "keys": str(missing),
                                    "instance-number": index})
        return out

    def _value(self, f: F, value: Any, owner: str, index: int) -> Any:
        t = f.type
        self._check(f, value, owner, index)
        if t == CHOICE:
            return value.get_value()
        if t == "List":
            if f.structure is not None:
                element = f.structure
                target = self._target_module(f)
                return [self._element(element, item, target, i) for i, item in enumerate(value)]
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
        return self._element(t, value, self._target_module(f), index)

    def _target_module(self, f: F) -> Optional[str]:
        """Records held by a request model (BodyWrapper.data...) belong to the handler's module;
        records held by a record field belong to the field's own module (lookups, subforms)."""
        if f.module is not None or isinstance(f, RecordField):
            return f.module
        return self.ctx.module

    def _element(self, ref: str, value: Any, module: Optional[str], index: int) -> Any:
        if isinstance(value, KeyValueModel):
            return self._record(value, module, index)
        if isinstance(value, Model):
            return self._model(value)
        return _raw(value)

    def _check(self, f: F, value: Any, owner: str, index: int) -> None:
        t = f.type
        if t in ("Object", "TimeZone"):
            return
        if t == CHOICE:
            ok = isinstance(value, Choice)
            accepted = CHOICE
        elif t == "List":
            ok = isinstance(value, list)
            accepted = "list"
            if ok and f.of == CHOICE:
                for i, item in enumerate(value):
                    if not isinstance(item, Choice):  # RUNTIME.md 16.22: a clear TYPE ERROR
                        raise SDKException("TYPE ERROR", None, {"field": f.key, "class": owner,
                                           "accepted_type": CHOICE, "given_type": type(item), "index": i})
            elif ok and f.structure is not None:
                cls = resolve(f.structure)
                for i, item in enumerate(value):
                    if not isinstance(item, cls):  # by isinstance, not by module path (16.11)
                        raise SDKException("TYPE ERROR", None, {
                            "field": f.key, "class": owner, "accepted_type": "List[" + f.structure + "]",
                            "given_type": type(item).__module__, "index": i})
        elif t in _PRIMITIVE_PY:
            py = _PRIMITIVE_PY[t]
            ok = type(value) is py or (py is dict and isinstance(value, dict)) or (py is list and isinstance(value, list))
            accepted = py.__name__
        elif t == "DateTime":
            ok, accepted = isinstance(value, _dt.datetime), "datetime"
        elif t == "Date":
            ok, accepted = type(value) is _dt.date, "date"
        elif t == "LocalTime":
            ok, accepted = isinstance(value, _dt.time), "time"
        else:
            ok, accepted = isinstance(value, resolve(t)), t
        if not ok:
            raise SDKException("TYPE ERROR", None, {"field": f.key, "class": owner, "accepted_type": accepted,
                                                    "given_type": type(value), "index": index})
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
        """A key no metadata describes: serialised generically (RUNTIME.md 16.21)."""
        if isinstance(value, (KeyValueModel, Model)):
            return self.encode(value)
        return _raw(value, self)


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
