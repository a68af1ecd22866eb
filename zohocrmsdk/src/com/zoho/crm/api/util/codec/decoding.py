"""Decoding JSON into declared models: one decoder function per member spec, built on first use and
kept on the spec (``F.decoder``); one per class, kept on the class. Plain model classes decode
through generated source (``generated``), interfaces through the official scoring (``scoring``),
records through per-module tables kept with the module's field specs."""
from __future__ import annotations

from typing import Any, Callable, Dict, List

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.util import datatype_converter as dtc
from zohocrmsdk.src.com.zoho.crm.api.util.choice import Choice
from zohocrmsdk.src.com.zoho.crm.api.util.codec.context import NO_CONTEXT, Context
from zohocrmsdk.src.com.zoho.crm.api.util.constants import Constants
from zohocrmsdk.src.com.zoho.crm.api.util.declared_types import TYPES
from zohocrmsdk.src.com.zoho.crm.api.util.model import (CHOICE, PRIMITIVES, F, Interface, Model, RecordField,
                                                          UNMODIFIED, resolve)

RECORD = Constants.RECORD_NAMESPACE

# Builders that live in ``generated`` and ``scoring``, which build on this module: the package
# (codec/__init__.py) sets them once, so imports run one way and the engine's graph has no cycle.
model_decoder: Callable[[type], Callable[[Any, Context], Any]]  # generated.model_decoder
keyed_map_decoder: Callable[[F], Callable[[Any, Context], Any]]  # generated.keyed_map_decoder
interface_decoder: Callable[[Any], Callable[[Any, Context], Any]]  # scoring.interface_decoder


def decode(data: Any, ref: str, ctx: Context = NO_CONTEXT) -> Any:
    """Decode a JSON object into the class (or interface) at ``ref``."""
    return class_decoder(ref)(data, ctx)


def class_decoder(ref: str) -> Callable[[Any, Context], Any]:
    """One function per class, kept on the class, so nested objects skip the class lookup and checks."""
    cls = resolve(ref)
    fn = cls.__dict__.get("_codec_decoder_")
    if fn is None:
        if issubclass(cls, Interface) and not issubclass(cls, Model):
            fn = interface_decoder(cls._classes_)
        elif cls._key_value_:
            fn = _record_decoder(cls)
        else:
            fn = model_decoder(cls)
        cls._codec_decoder_ = fn
    return fn


def as_is(v: Any, ctx: Context) -> Any:
    return v


def decode_model(data: dict, cls: type, ctx: Context) -> Model:
    """A plain model by the rules alone: the reference the generated decoders are tested against."""
    obj = cls.__new__(cls)
    values: Dict[str, Any] = {}
    decoders = member_decoders(cls)
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
            table = record_table(ctx, cls)
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
            fn = decoder_for(spec)
            entry = (key, fn, same_class(fn))
        elif key[:1] == "$":
            entry = None
        else:
            entry = self._own.get(key)
            if entry is not None:
                entry = (entry[0], entry[1], same_class(entry[1]))
        self[key] = entry
        return entry


def record_table(ctx: Context, cls: type) -> "_RecordTable":
    """How records of ``cls`` in the context's module decode, key by key. Field specs from the
    cache carry these tables with them, so later calls reuse them until the cache changes."""
    tables = ctx._tables
    if tables is None:
        fields = ctx.record_fields(ctx.module)
        tables = getattr(fields, "codec_tables", None)
        if tables is None:
            tables = {}
        ctx._tables = tables
    table = tables.get(cls)
    if table is None:
        table = tables[cls] = _RecordTable(ctx.record_fields(ctx.module), cls)
    return table


class Never(object):
    """The class of no JSON value."""


def same_class(decoder) -> type:
    """The class of values ``decoder`` returns unchanged (``Never`` when there is none)."""
    return getattr(decoder, "unchanged", Never)


class _MemberLookup(dict):
    """JSON key -> (stored key, decoder) for a key/value class, resolved the official way: the key
    as a member name, then its lower-cased form (``Created_Time`` -> ``created_time``) among the
    class's members, then among Record's.  The value is stored under that member's JSON key."""

    def __init__(self, cls: type) -> None:
        super().__init__()
        record = resolve(RECORD)
        self._own = {f.attr: (f.key, decoder_for(f)) for f in cls._fields_}
        self._record = {f.attr: (f.key, decoder_for(f)) for f in record._fields_}

    def __missing__(self, key: str):
        name = build_name(key)
        found = self._own.get(key) or self._own.get(name) or self._record.get(name)
        self[key] = found
        return found

    def get(self, key, default=None):  # dict.get skips __missing__
        return self[key]


def _record_member_decoders(cls: type) -> "_MemberLookup":
    table = cls.__dict__.get("_codec_record_members_")
    if table is None:
        table = cls._codec_record_members_ = _MemberLookup(cls)
    return table


def member_decoders(cls: type) -> Dict[str, tuple]:
    """JSON key -> (stored key, decoder) of the declared members of ``cls``, kept on the class."""
    table = cls.__dict__.get("_codec_members_")
    if table is None:
        table = {f.key: (f.attr if not cls._key_value_ else f.key, decoder_for(f)) for f in cls._fields_}
        cls._codec_members_ = table
    return table


def decoder_for(f: F) -> Callable[[Any, Context], Any]:
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
            return keyed_map_decoder(f)
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
                    fn = target[0] = class_decoder(element) if declared(element) else False
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
                return long_in

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
            fn = target[0] = class_decoder(ref) if declared(ref) else False
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


def long_in(v: Any, ctx: Context) -> Any:
    """``parse_long``, inlined; a value of an unexpected shape is kept rather than lost."""
    if v.__class__ is int:
        return v
    if v == "null":
        return None
    try:
        return int(v)
    except (TypeError, ValueError):
        return v


long_in.unchanged = int  # type: ignore[attr-defined]


def declared(ref: str) -> bool:
    """False for the few classes json_details names but the SDK never defines (members of some
    APIException ``details`` maps): their values stay raw instead of failing the whole response.
    Asked once per member spec (the answer is kept in the spec's decoder)."""
    try:
        resolve(ref)
        return True
    except SDKException:
        return False


def build_name(key: str) -> str:
    """The member name the official SDK derives from a JSON key (``Created_Time`` -> ``created_time``)."""
    return "_".join(part.lower() for part in key.split("_"))
