"""What decoding and encoding need beyond the declarations."""
from __future__ import annotations

from typing import Callable, Dict, Optional

from zohocrmsdk.src.com.zoho.crm.api.util.model import F


class Context(object):
    """What decoding and encoding need beyond the declarations: the module whose field metadata
    types Record members, and where that metadata comes from. Contexts derived with
    ``with_module`` share one memo, so a page reads each module's metadata once."""

    __slots__ = ("module", "fields_of", "pick_list_validation", "_memo", "_tables", "_derived")
    # _tables: the decode tables of records of this module, by record class (see decoding.record_table)

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


NO_CONTEXT = Context()
