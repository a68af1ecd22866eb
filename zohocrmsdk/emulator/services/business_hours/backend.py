"""Business hours of the organisation: one document, replaced (POST) or merged (PUT)."""
from __future__ import annotations

from typing import Any, Optional

from ...core import errors
from ...core.backend import Backend
from ...core.state import Kind

WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


class BusinessHoursBackend(Backend):
    def get(self) -> Optional[dict]:
        return self.state.get_doc(Kind.BUSINESS_HOURS, "org")

    def save(self, item: dict, partial: bool) -> str:
        """Validate and store; the document id. Raises `ItemError` for a bad field."""
        doc = self._business_hours(dict(self.get() or {}), item, partial)
        doc.setdefault("id", self.new_id())
        self.state.put_doc(Kind.BUSINESS_HOURS, "org", doc)
        return doc["id"]

    @staticmethod
    def _timing(value: Any) -> bool:
        def hhmm(text: Any) -> bool:
            if not isinstance(text, str) or len(text) != 5 or text[2] != ":":
                return False
            return text[:2].isdigit() and text[3:].isdigit() and int(text[:2]) < 24 and int(text[3:]) < 60
        return isinstance(value, list) and len(value) == 2 and all(hhmm(v) for v in value) and value[0] < value[1]

    def _business_hours(self, doc: dict, item: dict, partial: bool) -> dict:
        path = "$.business_hours"
        merged = dict(doc if partial else {}, **{k: v for k, v in item.items() if k != "id"})
        kind = merged.get("type")
        if kind is None:
            raise errors.item_mandatory("type", path + ".type")
        if kind not in ("24_by_7", "24_by_5", "custom"):
            raise errors.item_field_invalid("type", path + ".type")
        if merged.get("week_starts_on") is None:
            raise errors.item_mandatory("week_starts_on", path + ".week_starts_on")
        if merged["week_starts_on"] not in WEEKDAYS:
            raise errors.item_field_invalid("week_starts_on", path + ".week_starts_on")
        if kind == "24_by_7":
            days = list(WEEKDAYS)
        else:
            days = merged.get("business_days")
            if not days:
                raise errors.item_mandatory("business_days", path + ".business_days")
            if not isinstance(days, list) or any(d not in WEEKDAYS for d in days) or len(set(days)) != len(days):
                raise errors.item_field_invalid("business_days", path + ".business_days")
            if kind == "24_by_5" and len(days) != 5:
                raise errors.item_field_invalid("business_days", path + ".business_days")
        out = {"type": kind, "week_starts_on": merged["week_starts_on"], "business_days": days,
               "same_as_everyday": None, "daily_timing": None, "custom_timing": None}
        if kind == "custom":
            same = merged.get("same_as_everyday")
            if same is None:
                raise errors.item_mandatory("same_as_everyday", path + ".same_as_everyday")
            out["same_as_everyday"] = bool(same)
            if same:
                if merged.get("daily_timing") is None:
                    raise errors.item_mandatory("daily_timing", path + ".daily_timing")
                if not self._timing(merged["daily_timing"]):
                    raise errors.item_field_invalid("daily_timing", path + ".daily_timing")
                out["daily_timing"] = merged["daily_timing"]
            else:
                custom = merged.get("custom_timing")
                if not custom:
                    raise errors.item_mandatory("custom_timing", path + ".custom_timing")
                for position, entry in enumerate(custom if isinstance(custom, list) else [None]):
                    cpath = f"{path}.custom_timing[{position}]"
                    if not isinstance(entry, dict) or entry.get("days") not in days:
                        raise errors.item_field_invalid("days", cpath + ".days")
                    if not self._timing(entry.get("business_timing")):
                        raise errors.item_field_invalid("business_timing", cpath + ".business_timing")
                out["custom_timing"] = custom
        if doc.get("id"):
            out["id"] = doc["id"]
        return out
