"""Encoding request models into JSON-ready data, validating values as the official SDK does.

``Encoder._convert`` is the general path for one member value (``validation.check``, then the
declared type's outgoing conversion). ``_build_encoder`` gives the common member kinds a
shortcut that returns exactly what ``_convert`` returns for a valid value and hands every other
value to it; ``tests/core/test_encoder_shortcuts.py`` checks they agree. Shortcuts are kept on the
specs (``F.encoder``), per-record plans with the module's field specs.
"""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Any, Dict, List, Optional

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.util import datatype_converter as dtc
from zohocrmsdk.src.com.zoho.crm.api.util.choice import Choice
import zohocrmsdk.src.com.zoho.crm.api.util.codec.validation as validation
from zohocrmsdk.src.com.zoho.crm.api.util.codec.context import NO_CONTEXT, Context
from zohocrmsdk.src.com.zoho.crm.api.util.codec.decoding import RECORD, Never, build_name
from zohocrmsdk.src.com.zoho.crm.api.util.constants import Constants
from zohocrmsdk.src.com.zoho.crm.api.util.declared_types import TYPES
from zohocrmsdk.src.com.zoho.crm.api.util.model import CHOICE, PRIMITIVES, F, KeyValueModel, Model, resolve

FILE_DETAILS = Constants.FIELD_FILE_NAMESPACE  # its keys are sent lower-cased, as officially
RECORD_OWNER = Constants.RECORD_CLASS_NAME  # the class errors about record values name


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
            out[key] = None if value is None else step[1](self, value, RECORD_OWNER, index)
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
        validation.check(f, value, owner, index, self.ctx.pick_list_validation)
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
            name = build_name(key)
            spec = self._fields.get(name) or self._own.get(key) or self._own.get(name) or self._record_own.get(name)
        if spec is None:
            step = (Never, _custom_step)
        elif getattr(spec, "read_only", False):
            step = None
        else:
            fn = _step_of(spec)
            step = (getattr(fn, "unchanged", Never), fn)
        self[key] = step
        self.same[key] = step[0] if step is not None else Never
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


def encode_model(obj: Any) -> Any:
    """Encode a model with no module context (query-string filters and the like)."""
    return Encoder().encode(obj)
