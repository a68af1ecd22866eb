"""Decoder generation: an optimisation of ``decoding``, not a second set of rules.

The decoder of a plain model class (and of a map with declared keys) is one generated function
with a straight-line step per declared member, so a value that needs no conversion costs a lookup
and a store, and a nested object one direct call. The common kinds are inlined with exactly the
result of the member's decoder (``decoding.decoder_for``); everything else calls that decoder.
``tests/core/test_codec_generated.py`` checks the two agree for every declared class.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any, Callable, Dict, List

from zohocrmsdk.src.com.zoho.crm.api.util import datatype_converter as dtc
from zohocrmsdk.src.com.zoho.crm.api.util.choice import Choice
import zohocrmsdk.src.com.zoho.crm.api.util.codec.decoding as decoding
from zohocrmsdk.src.com.zoho.crm.api.util.codec.context import Context
from zohocrmsdk.src.com.zoho.crm.api.util.model import CHOICE, PRIMITIVES, F, UNMODIFIED


def model_decoder(cls: type) -> Callable[[Any, Context], Any]:
    """The decoder of a plain model class: same result as ``decoding.decode_model``, as one generated
    function with a straight-line step per declared member, so a value that needs no conversion
    costs a lookup and a store, and a nested object one direct call."""
    ns: Dict[str, Any] = {"new": cls.__new__, "cls": cls, "UNMODIFIED": UNMODIFIED}
    members = [(key, attr, cls._by_key_[key], fn) for key, (attr, fn) in decoding.member_decoders(cls).items()]
    lines = ["def decode_model(data, ctx):", "    get = data.get", "    values = {}"]
    lines += _member_steps(members, ns)
    lines += ["    obj = new(cls)", "    obj._v = values", "    obj._km = UNMODIFIED", "    return obj"]
    return _compiled(lines, "decode_model", ns, cls.__qualname__)


def keyed_map_decoder(f: F) -> Callable[[Any, Context], Any]:
    """A map with declared keys (``details`` of action responses): every key is kept, in order,
    and the declared ones are decoded by their type."""
    ns: Dict[str, Any] = {}
    members = [(k.key, k.key, k, decoding.decoder_for(k)) for k in {k.key: k for k in f.keys}.values()]
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
        same = decoding.same_class(fn)
        ns["f%d" % i] = fn
        if fn is decoding.long_in:  # ids: the common string case inlined, the rest as the function does
            lines += ["        if v.__class__ is str and v != 'null':",
                      "            try:", "                v = int(v)", "            except ValueError:", "                pass",
                      "        elif v.__class__ is not int:", "            v = f%d(v, ctx)" % i, store + "v"]
        elif _inline_datetime(f):  # aware timestamps as dtc.parse_datetime; anything else through it
            lines += ["        try:", "            t = from_iso(v)", "        except (TypeError, ValueError):",
                      "            t = None", "        if t is not None and t.tzinfo is not None:",
                      "            t = t.astimezone(local_fixed)",
                      "    " + store + "combine(t.date(), t.time(), local_zone)", "        else:",
                      "    " + store + "f%d(v, ctx)" % i]
        elif same is not decoding.Never:
            ns["s%d" % i] = same
            lines.append(store + "v if v.__class__ is s%d else f%d(v, ctx)" % (i, i))
        elif f.type == CHOICE:  # Choice(v), without running __init__ as a Python frame
            lines += ["        c = new_choice(Choice)", "        c._Choice__value = v", store + "c"]
        elif _is_nested(f):
            ns["d%d" % i] = _bind_later(ns, "d%d" % i, f.type)
            inner = "ctx"
            if f.module or f.type == decoding.RECORD:
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
        fn = ns[name] = decoding.class_decoder(ref) if decoding.declared(ref) else decoding.as_is
        return fn(v, ctx)
    return first_use
