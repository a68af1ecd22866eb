"""The declaration toolkit for API models.

A model class lists its members once, as ``F(...)`` entries in ``_fields_``; this module turns
them into the official ``get_x()``/``set_x()`` accessors (with the official type checks and
key-modified tracking) and into the specs the codec uses. Nobody writes a getter by hand.
"""
from __future__ import annotations

import importlib
from abc import ABCMeta
from collections.abc import Mapping
from typing import Any, Dict, Optional, Tuple

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.util.constants import Constants as _Constants
from zohocrmsdk.src.com.zoho.crm.api.util.declared_types import PRIMITIVES, TYPES

API_ROOT = _Constants.PACKAGE_NAMESPACE.rstrip(".")
CHOICE = _Constants.CHOICE_NAMESPACE
_MISSING = object()


class _Unmodified(Mapping):
    """The modified-flags map of an object nobody has set anything on (a decoded response): empty,
    read-only and shared, so decoding allocates no per-object map; the first write gives the object
    its own. Copies and pickles of it are this same object, so they stay recognisable."""

    __slots__ = ()

    def __getitem__(self, key: str) -> int:
        raise KeyError(key)

    def __iter__(self):
        return iter(())

    def __len__(self) -> int:
        return 0

    def get(self, key: str, default: Any = None) -> Any:
        return default

    def __reduce__(self):
        return _unmodified, ()

    def __copy__(self) -> "_Unmodified":
        return self

    def __deepcopy__(self, memo: dict) -> "_Unmodified":
        return self

    def __repr__(self) -> str:
        return "{}"


def _unmodified() -> "_Unmodified":
    return UNMODIFIED


def _own_flags(obj: "Model") -> Dict[str, int]:
    """The object's own modified-flags map, made on its first write."""
    km = obj._km
    if km is UNMODIFIED:
        km = obj._km = {}
    return km


UNMODIFIED: Mapping[str, int] = _Unmodified()

def full_ref(ref: Optional[str]) -> Optional[str]:
    """Expand a short class reference (``users.MinifiedUser``, ``Choice``) to its official path."""
    if ref is None or ref in PRIMITIVES or ref.startswith(API_ROOT + "."):
        return ref
    if ref == "Choice":
        return CHOICE
    return API_ROOT + "." + ref


_resolved: Dict[str, type] = {}


def resolve(ref: str) -> type:
    """The class at an official class path, importing only the module that defines it."""
    cls = _resolved.get(ref)
    if cls is None:
        package, _, name = full_ref(ref).rpartition(".")
        try:
            cls = getattr(importlib.import_module(package), name)
        except (ImportError, AttributeError) as error:
            raise SDKException(None, "Unknown class " + ref, None, error) from error
        _resolved[ref] = cls
    return cls


class F(object):
    """One declared member: attribute name, declared type and, where they apply, the JSON key
    (when it differs from the attribute), the element class of a list (``of``), allowed values,
    the members of a typed map (``keys``), whether the class is an interface, the module of a
    record member, and the accessor name (``from_1`` is reached as ``get_from``)."""

    __slots__ = ("attr", "type", "key", "of", "structure", "values", "keys", "interface", "module",
                 "accessor", "check", "nested", "decoder", "encoder")

    def __init__(self, attr: str, type: str, key: Optional[str] = None, of: Optional[str] = None,
                 values: Tuple = (), keys: Tuple["F", ...] = (), interface: bool = False,
                 module: Optional[str] = None, accessor: Optional[str] = None, check: Any = _MISSING,
                 structure: Any = _MISSING) -> None:
        self.attr = attr
        self.type = full_ref(type)
        self.key = key if key is not None else attr
        self.of = full_ref(of)
        self.values = tuple(values)
        self.keys = tuple(keys)
        self.interface = interface
        self.module = module
        self.accessor = accessor or attr
        self.check = check
        # structure_name: the class of a nested object or of list elements
        if structure is _MISSING:
            if self.type not in PRIMITIVES and self.type != CHOICE:
                structure = self.type
            elif self.type == "List" and self.of is not None and self.of not in PRIMITIVES and self.of != CHOICE:
                structure = self.of
            else:
                structure = None
        self.structure = full_ref(structure)
        self.nested = {k.key: k for k in self.keys}
        self.decoder = None  # built by the codec on first use
        self.encoder = None  # likewise (False: the codec's generic path)

    def check_spec(self) -> Optional[Tuple[Any, str]]:
        """(class or class path, name shown in errors) that the setter accepts, or None."""
        if self.check is not _MISSING:
            return self.check
        declared = TYPES.get(self.type)
        if declared is not None:
            return (declared.py, declared.shown) if declared.py is not None else None
        return self.type, self.type.rpartition(".")[2]

    def __repr__(self) -> str:
        return "F({!r}, {!r})".format(self.attr, self.type)


def _type_error(param: str, shown: str) -> SDKException:
    return SDKException("DATA TYPE ERROR", "KEY: {} EXPECTED TYPE: {}".format(param, shown))


def _check_value(spec: Optional[Tuple[Any, str]], param: str, value: Any) -> None:
    if value is None or spec is None:
        return
    accepted, shown = spec
    if isinstance(accepted, str):
        accepted = resolve(accepted)
    if not isinstance(value, accepted):
        raise _type_error(param, shown)


class Model(object):
    """Base of every generated model class: values by attribute, modified flags by JSON key."""

    __slots__ = ("_v", "_km")
    _fields_: Tuple[F, ...] = ()
    _by_key_: Dict[str, F] = {}
    _key_value_ = False  # Record-like classes keep members in key_values instead

    def __init__(self) -> None:
        self._v: Dict[str, Any] = {}
        self._km: Dict[str, int] = {}

    def __init_subclass__(cls, **kw) -> None:
        super().__init_subclass__(**kw)
        fields = cls.__dict__.get("_fields_")
        if fields is None:
            return
        cls._by_key_ = {f.key: f for f in fields}
        for f in fields:
            if "get_" + f.accessor not in cls.__dict__:
                setattr(cls, "get_" + f.accessor, cls._make_getter(f))
            if "set_" + f.accessor not in cls.__dict__:
                setattr(cls, "set_" + f.accessor, cls._make_setter(f))

    @classmethod
    def _make_getter(cls, f: F):
        attr = f.attr

        def getter(self):
            return self._v.get(attr)
        getter.__name__ = "get_" + f.accessor
        getter.__doc__ = "The value of ``{}``.".format(f.key)
        return getter

    @classmethod
    def _make_setter(cls, f: F):
        attr, key, check, param = f.attr, f.key, f.check_spec(), f.accessor

        def setter(self, value):
            _check_value(check, param, value)
            self._v[attr] = value
            _own_flags(self)[key] = 1
        setter.__name__ = "set_" + f.accessor
        setter.__doc__ = "Set ``{}`` and mark it for sending.".format(f.key)
        return setter

    def is_key_modified(self, key: str) -> Optional[int]:
        if not isinstance(key, str):
            raise _type_error("key", "str")
        return self._km.get(key)

    def set_key_modified(self, key: str, modification: int) -> None:
        if not isinstance(key, str):
            raise _type_error("key", "str")
        if not isinstance(modification, int):
            raise _type_error("modification", "int")
        _own_flags(self)[key] = modification

    def __repr__(self) -> str:
        shown = ", ".join("{}={!r}".format(k, v) for k, v in self._v.items())
        return "{}({})".format(type(self).__name__, shown)


class KeyValueModel(Model):
    """Record and its relatives: members live in a key/value map keyed by JSON name, so any field
    of any module (custom ones included) can be read and written."""

    __slots__ = ("_kv",)
    _key_value_ = True
    _field_class_: Optional[str] = None  # the class of the field names add_field_value takes, as declared
    _field_type_: Optional[type] = None  # that class, once resolved

    def __init__(self) -> None:
        self._kv: Dict[str, Any] = {}
        self._km: Dict[str, int] = {}
        self._v = self._kv

    @classmethod
    def _make_getter(cls, f: F):
        key = f.key

        def getter(self):
            return self._kv.get(key)
        getter.__name__ = "get_" + f.accessor
        return getter

    @classmethod
    def _make_setter(cls, f: F):
        key, check, param = f.key, f.check_spec(), f.accessor

        def setter(self, value):
            _check_value(check, param, value)
            self._kv[key] = value
            _own_flags(self)[key] = 1
        setter.__name__ = "set_" + f.accessor
        return setter

    def add_key_value(self, api_name: str, value: Any) -> None:
        if not isinstance(api_name, str):
            raise _type_error("api_name", "str")
        self._kv[api_name] = value
        _own_flags(self)[api_name] = 1

    def get_key_value(self, api_name: str) -> Any:
        if not isinstance(api_name, str):
            raise _type_error("api_name", "str")
        return self._kv.get(api_name)

    def get_key_values(self) -> Dict[str, Any]:
        return self._kv

    def add_field_value(self, field, value: Any) -> None:
        if field.__class__ is self._field_type_:
            api_name = field._Field__api_name  # Field.get_api_name, inlined (not overridden here)
        else:
            api_name = _api_name_of(type(self), field)
        if api_name.__class__ is str and type(self).add_key_value is _add_key_value:
            self._kv[api_name] = value  # add_key_value, inlined
            km = self._km
            if km is UNMODIFIED:  # _own_flags, inlined: this is the hot path of building records
                km = self._km = {}
            km[api_name] = 1
        else:
            self.add_key_value(api_name, value)

    def __repr__(self) -> str:
        return "{}({!r})".format(type(self).__name__, self._kv)


_add_key_value = KeyValueModel.add_key_value


def _api_name_of(cls: type, field: Any) -> Any:
    """The API name of a field name object (or subclass), after checking it is one, as the official
    SDK. The class comes from the declaration (``Record``'s where the class declares none) and
    is kept on the model class once resolved."""
    field_type = cls._field_type_
    if field_type is None:
        declared = cls._field_class_ or resolve(_Constants.RECORD_NAMESPACE)._field_class_
        field_type = cls._field_type_ = resolve(declared)
    if field.__class__ is field_type:
        return field._Field__api_name
    if isinstance(field, field_type):
        return field.get_api_name()
    raise _type_error("field", field_type.__name__)


class RecordField(F):
    """A member of a CRM module, built from the module's field metadata (the field cache)."""

    __slots__ = ("required", "read_only", "picklist", "skip_mandatory", "lookup", "subform")

    def __init__(self, attr: str, type: str, **extra: Any) -> None:
        flags = {name: extra.pop(name, False) for name in self.__slots__}
        super().__init__(attr, type, **extra)
        for name, value in flags.items():
            setattr(self, name, value)


class Interface(metaclass=ABCMeta):
    """Base of the response-handler interfaces; ``_classes_`` lists the concrete candidates in the
    official order, which decides ties when a JSON object is matched to a class."""

    _classes_: Tuple[str, ...] = ()


class Constants(object):
    """Base of constant holders such as ``Field``/``Options`` (nested groups of named values)."""


def constant_group(name: str, factory, members: Dict[str, str], owner: type) -> type:
    """A nested class of named constants (``Field.Leads.last_name()`` -> ``Field("Last_Name")``)."""
    def make(value):
        # The constants are immutable value holders (no setters), so one instance serves every call.
        made: list = []

        def constant(cls):
            if made:
                return made[0]
            item = factory(value)
            made.append(item)
            return item
        return classmethod(constant)
    namespace = {attr: make(value) for attr, value in members.items()}
    namespace["__qualname__"] = owner.__qualname__ + "." + name
    namespace["__module__"] = owner.__module__
    return type(name, (object,), namespace)
