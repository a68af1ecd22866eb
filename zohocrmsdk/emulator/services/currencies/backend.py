"""Currencies: multi-currency is off until a base currency is enabled; then currencies can be
added and updated (the base one can be changed but not deactivated)."""
from __future__ import annotations

from typing import Any, List, Optional

from ...core import errors
from ...core.backend import Backend, id_text
from ...core.bodies import run_entries
from ...core.state import Kind

CURRENCY_NAMES = {"USD": "US Dollar", "EUR": "Euro", "GBP": "Pound Sterling", "INR": "Indian Rupee",
                  "JPY": "Japanese Yen", "AUD": "Australian Dollar", "CAD": "Canadian Dollar",
                  "CNY": "Chinese Yuan Renminbi", "DZD": "Algerian Dinar", "CHF": "Swiss Franc",
                  "SGD": "Singapore Dollar", "AED": "UAE Dirham", "BRL": "Brazilian Real",
                  "MXN": "Mexican Peso", "ZAR": "South African Rand", "SEK": "Swedish Krona"}


class CurrenciesBackend(Backend):
    def enabled(self) -> bool:
        return bool(self.state.get_doc(Kind.META, "multi_currency"))

    def _require(self) -> None:
        if not self.enabled():
            raise errors.currencies_not_enabled().whole(403)

    def _currency_doc(self, item: dict, path: str, base: bool, existing: Optional[dict]) -> dict:
        doc = dict(existing or {})
        iso_code = item.get("iso_code", doc.get("iso_code"))
        if not iso_code:
            raise errors.item_mandatory("iso_code", path + ".iso_code")
        if not isinstance(iso_code, str) or len(iso_code) != 3 or not iso_code.isalpha():
            raise errors.item_field_invalid("iso_code", path + ".iso_code")
        if existing and iso_code.upper() != existing["iso_code"]:
            raise errors.item_not_allowed("iso_code cannot be changed", {"api_name": "iso_code", "json_path": path + ".iso_code"})
        iso_code = iso_code.upper()
        for key, other in self.state.list_docs(Kind.CURRENCIES):
            if other["iso_code"] == iso_code and key != doc.get("id"):
                raise errors.item_duplicate({"api_name": "iso_code", "json_path": path + ".iso_code"})
        if base:
            rate = "1.000000000"
        else:
            raw_rate = item.get("exchange_rate", doc.get("exchange_rate"))
            if raw_rate is None:
                raise errors.item_mandatory("exchange_rate", path + ".exchange_rate")
            try:
                value = float(raw_rate)
                if value <= 0:
                    raise ValueError
            except (TypeError, ValueError):
                raise errors.item_field_invalid("exchange_rate", path + ".exchange_rate")
            rate = f"{value:.9f}"
        fmt = item.get("format") if isinstance(item.get("format"), dict) else None
        fmt = dict(doc.get("format") or {"decimal_separator": "Period", "thousand_separator": "Comma",
                                        "decimal_places": "2"}, **(fmt or {}))
        if fmt["decimal_places"] is not None and str(fmt["decimal_places"]) not in ("0", "2", "3"):
            raise errors.item_field_invalid("decimal_places", path + ".format.decimal_places")
        fmt["decimal_places"] = str(fmt["decimal_places"])
        name = item.get("name") or doc.get("name") or f"{CURRENCY_NAMES.get(iso_code, iso_code)} - {iso_code}"
        doc.update({"iso_code": iso_code, "name": name, "symbol": item.get("symbol", doc.get("symbol")) or iso_code,
                    "exchange_rate": rate, "prefix_symbol": bool(item.get("prefix_symbol", doc.get("prefix_symbol", True))),
                    "is_active": bool(item.get("is_active", doc.get("is_active", True))) or base,
                    "is_base": base or bool(doc.get("is_base")), "format": fmt})
        return doc

    def list(self, cid: Optional[str]) -> List[dict]:
        self._require()
        docs = [d for _, d in self.state.list_docs(Kind.CURRENCIES)]
        if cid is not None:
            docs = [d for d in docs if d["id"] == cid]
            if not docs:
                raise errors.invalid_id({"id": cid})
        return docs

    def check(self) -> None:
        self._require()

    def add(self, items: List[Any]) -> List[dict]:
        def add(index: int, item: dict, path: str) -> dict:
            if item.get("is_base"):
                raise errors.item_field_invalid("is_base", path + ".is_base")
            doc = self._currency_doc(item, path, False, None)
            doc["id"] = self.new_id()
            self.state.put_doc(Kind.CURRENCIES, doc["id"], self.stamp(doc, True))
            return errors.success("The currency created successfully.", {"id": doc["id"]})
        return run_entries(self.state.tx, items, "currencies", add)

    def update(self, cid: Optional[str], items: List[Any]) -> List[dict]:
        def update(index: int, item: dict, path: str) -> dict:
            target = cid or id_text(item.get("id"))
            if target is None:
                raise errors.item_mandatory("id", path + ".id")
            existing = self.state.get_doc(Kind.CURRENCIES, target)
            if existing is None:
                raise errors.item_invalid_id({"id": target, "json_path": path + ".id"})
            if existing["is_base"] and item.get("is_active") is False:
                raise errors.item_not_allowed("base currency cannot be deactivated",
                                              {"api_name": "is_active", "json_path": path + ".is_active"})
            doc = self._currency_doc(item, path, existing["is_base"], existing)
            self.state.put_doc(Kind.CURRENCIES, target, self.stamp(doc, False))
            return errors.success("The currency updated successfully", {"id": target})
        return run_entries(self.state.tx, items, "currencies", update)

    def enable(self, item: dict) -> dict:
        """Turn multi-currency on with `item` as the base currency; the success entry."""
        path = "$.base_currency"
        with self.state.tx():
            if self.enabled():
                raise errors.currencies_already_enabled()
            doc = self._currency_doc(item, path, True, None)
            doc["id"] = self.new_id()
            self.state.put_doc(Kind.CURRENCIES, doc["id"], self.stamp(doc, True))
            self.state.put_doc(Kind.META, "multi_currency", True)
        return errors.success("The multi-currency feature is enabled and given currency is created as the base "
                              "currency.", {"id": doc["id"]})

    def update_base(self, item: dict) -> dict:
        path = "$.base_currency"
        with self.state.tx():
            if not self.enabled():
                raise errors.currencies_not_enabled()
            base_id = next(k for k, d in self.state.list_docs(Kind.CURRENCIES) if d["is_base"])
            existing = self.state.get_doc(Kind.CURRENCIES, base_id)
            doc = self._currency_doc(item, path, True, existing)
            self.state.put_doc(Kind.CURRENCIES, base_id, self.stamp(doc, False))
        return errors.success("The currency updated successfully", {"id": base_id})
