"""Declarations of API operations.

An operations class lists its constructor arguments in ``_init_`` and each method as an ``op``:
HTTP method, path template, category, response class and the official argument list. ``op``
builds the method (official signature, argument checks, errors) and the engine does the rest.

Argument specs are ``name:type`` strings: ``?`` after the type allows None, ``=None`` gives the
default. Types are ``str``/``int``/``ParameterMap``/``HeaderMap`` or a short class path such as
``record.BodyWrapper``. Path templates use ``{name}`` for arguments and constructor values alike.

The argument types say where each argument goes (``inferred``): the ``ParameterMap`` argument
gives the query parameters, the ``HeaderMap`` one the headers, the one of a model class the JSON
body. A declaration states ``param``/``header``/``request``/``content_type`` only where it
differs (a multipart upload).
"""
from __future__ import annotations

import inspect
import re
from typing import Any, Dict, Optional, Sequence, Tuple

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.header import Header
from zohocrmsdk.src.com.zoho.crm.api.header_map import HeaderMap
from zohocrmsdk.src.com.zoho.crm.api.param import Param
from zohocrmsdk.src.com.zoho.crm.api.parameter_map import ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.util.model import full_ref, resolve

_BUILTIN = {"str": str, "int": int, "ParameterMap": ParameterMap, "HeaderMap": HeaderMap,
            "dict": dict, "list": list, "bool": bool, "float": float}
_NO_DEFAULT = inspect.Parameter.empty


class Arg(object):
    __slots__ = ("name", "type", "none_ok", "default")

    def __init__(self, spec: str) -> None:
        head, _, default = spec.partition("=")
        name, _, type_ = head.partition(":")
        self.none_ok = type_.endswith("?") or default == "None"
        self.name = name.strip()
        self.type = type_.rstrip("?").strip() or None
        self.default = None if default == "None" else _NO_DEFAULT

    def check(self, value: Any) -> None:
        if self.type is None or (value is None and self.none_ok):
            return
        expected = _BUILTIN.get(self.type)
        if expected is None:
            expected = resolve(full_ref(self.type))
        if not isinstance(value, expected):
            raise SDKException("DATA TYPE ERROR", "KEY: {} EXPECTED TYPE: {}".format(
                self.name, self.type.rpartition(".")[2]))


def parse_args(specs: str) -> Tuple[Arg, ...]:
    return tuple(Arg(s.strip()) for s in specs.split(",") if s.strip())


def _signature(args: Sequence[Arg]) -> inspect.Signature:
    params = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    params += [inspect.Parameter(a.name, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=a.default)
               for a in args]
    return inspect.Signature(params)


def _bind(sig: inspect.Signature, name: str, args, kwargs) -> Dict[str, Any]:
    try:
        bound = sig.bind(*args, **kwargs)
    except TypeError as error:
        raise SDKException("DATA TYPE ERROR", "{}(): {}".format(name, error)) from error
    bound.apply_defaults()
    return bound.arguments


_INFER = object()  # a keyword not stated: taken from the argument types


def inferred(args: Sequence[Arg]) -> Dict[str, Optional[str]]:
    """Where the arguments go, by their types (see the module's doc)."""
    def only(kinds) -> Optional[str]:
        found = [a.name for a in args if kinds(a.type)]
        return found[0] if len(found) == 1 else None
    request = only(lambda t: t is not None and t not in _BUILTIN)
    return {"param": only(lambda t: t == "ParameterMap"), "header": only(lambda t: t == "HeaderMap"),
            "request": request, "content_type": "application/json" if request else None}


class Operations(object):
    """Base of the generated ``XxxOperations`` classes."""

    _init_: str = ""

    def __init_subclass__(cls, **kw) -> None:
        super().__init_subclass__(**kw)
        if "_init_" in cls.__dict__ and "__init__" not in cls.__dict__:
            args = parse_args(cls._init_)
            sig = _signature(args)

            def __init__(*a, **k):
                values = _bind(sig, cls.__name__, a, k)
                self = values.pop("self")
                for arg in args:
                    arg.check(values[arg.name])
                self._ctor = values
            __init__.__signature__ = sig
            __init__.__qualname__ = cls.__name__ + ".__init__"
            cls.__init__ = __init__
        for name, value in list(cls.__dict__.items()):
            if isinstance(value, op):
                setattr(cls, name, value.build(name, cls))

    def __init__(self) -> None:
        self._ctor: Dict[str, Any] = {}


class op(object):
    """One declared operation; replaced by the real method when the class is created."""

    def __init__(self, http_method: str, path: str, category: str, returns: str,
                 encode: str = "application/json", args: str = "", content_type: Any = _INFER,
                 request: Any = _INFER, param: Any = _INFER, header: Any = _INFER,
                 mandatory: bool = False, module: Optional[str] = None, fields: Optional[str] = None,
                 related: Optional[Tuple[str, str]] = None, photo: Optional[str] = None,
                 inject: Tuple[Tuple[str, str, str, str], ...] = ()) -> None:
        self.http_method = http_method
        self.path = path
        self.category = category
        self.returns = full_ref(returns)
        self.encode = encode
        self.args = parse_args(args)
        stated = {"content_type": content_type, "request": request, "param": param, "header": header}
        for key, value in inferred(self.args).items():
            setattr(self, key, value if stated[key] is _INFER else stated[key])
        self.mandatory = mandatory
        self.module = module          # where set_module_api_name takes its value from
        self.fields = fields          # Utility.get_fields(<this value>, handler)
        self.related = related        # Utility.get_related_lists(<related>, <module>, handler)
        self.photo = photo            # Utility.verify_photo_support(<this value>)
        self.inject = inject          # (kind "param"/"header", wire name, holder class path, value source)

    def build(self, name: str, owner: type):
        spec = self
        sig = _signature(spec.args)
        pieces = re.split(r"\{(\w+)\}", spec.path)

        def operation(*a, **k):
            values = _bind(sig, name, a, k)
            self = values.pop("self")
            for arg in spec.args:
                arg.check(values[arg.name])
            return spec.call(self, values, pieces)
        operation.__signature__ = sig
        operation.__name__ = name
        operation.__qualname__ = owner.__name__ + "." + name
        operation.__doc__ = "{} {}".format(spec.http_method, spec.path)
        operation._op = spec
        return operation

    def _value(self, source: str, instance, values: Dict[str, Any]) -> Any:
        if source.startswith("'"):
            return source.strip("'")  # a fixed value such as 'Leads'
        if source in values:
            return values[source]
        return instance._ctor.get(source)

    def call(self, instance, values: Dict[str, Any], pieces):
        from zohocrmsdk.src.com.zoho.crm.api.util.common_api_handler import CommonAPIHandler
        from zohocrmsdk.src.com.zoho.crm.api.util.utility import Utility
        handler = CommonAPIHandler()
        path = "".join(str(self._value(p, instance, values)) if i % 2 else p for i, p in enumerate(pieces))
        handler.set_api_path(path)
        handler.set_http_method(self.http_method)
        handler.set_category_method(self.category)
        if self.content_type:
            handler.set_content_type(self.content_type)
        if self.request:
            handler.set_request(values[self.request])
        if self.mandatory:
            handler.set_mandatory_checker(True)
        for kind, wire, holder, source in self.inject:
            item = (Param if kind == "param" else Header)(wire, holder)
            (handler.add_param if kind == "param" else handler.add_header)(item, self._value(source, instance, values))
        if self.param:
            handler.set_param(values[self.param])
        if self.header:
            handler.set_header(values[self.header])
        if self.module:
            handler.set_module_api_name(self._value(self.module, instance, values))
        if self.related:
            related, module = self.related
            Utility.get_related_lists(self._value(related, instance, values), self._value(module, instance, values),
                                      handler)
        if self.fields:
            Utility.get_fields(self._value(self.fields, instance, values), handler)
        if self.photo:
            Utility.verify_photo_support(self._value(self.photo, instance, values))
        return handler.api_call(self.returns, self.encode)
