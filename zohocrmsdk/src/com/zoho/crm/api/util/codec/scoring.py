"""Choosing the class an interface decodes a JSON object into, by the official scoring: each
candidate scores the share of its members the object's values fit; a full score wins at once,
else the best, ties to the earlier candidate."""
from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional, Sequence

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
import zohocrmsdk.src.com.zoho.crm.api.util.codec.decoding as decoding
from zohocrmsdk.src.com.zoho.crm.api.util.codec.context import Context
from zohocrmsdk.src.com.zoho.crm.api.util.declared_types import TYPES
from zohocrmsdk.src.com.zoho.crm.api.util.model import CHOICE, resolve

# Python kind of a JSON value, named as the metadata names types; other values go by their class name.
_KIND = {t.py: name for name, t in TYPES.items() if t.json_kind}


def interface_decoder(candidates: Sequence[str]) -> Callable[[Any, Context], Any]:
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
            return decoding.class_decoder(_best_match(scoring, candidates, data))(data, ctx)
        dependent = state[1]
        sig = tuple([(key, value.__class__, value if key in dependent else None)
                     for key, value in data.items() if value is not None])
        try:
            fn = matches.get(sig)
        except TypeError:  # an unhashable value where allowed values are tested
            fn = sig = None
        if fn is None:
            fn = decoding.class_decoder(_best_match(scoring, candidates, data))
            if sig is not None and len(matches) < 256:
                matches[sig] = fn
        return fn(data, ctx)
    return decode_interface


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
