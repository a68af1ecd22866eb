"""Pipelines of the Deals layout: stage maps, the default pipeline, and moving deals between pipelines."""
from __future__ import annotations

from typing import Any, List, Optional

from ...core import errors
from ...core.backend import Backend, id_text
from ...core.bodies import run_entries
from ...core.state import Kind


class PipelinesBackend(Backend):
    def collection(self, layout_id: Optional[str]) -> str:
        """The pipelines of a Deals layout (seeded with the standard one on first use)."""
        if not layout_id:
            raise errors.required_param("layout_id")
        if layout_id != self.catalog.layout("Deals")["id"]:
            raise errors.invalid_id({"param_name": "layout_id"})
        return self._pipelines(layout_id)

    def _stages(self) -> List[dict]:
        field = self.catalog.field_map("Deals")["Stage"]
        base = int(self.catalog.module_ids["Deals"]) + 97000
        out = []
        values = [v for v in field.get("pick_list_values") or [] if v.get("actual_value") != "-None-"]
        for position, value in enumerate(values):
            name = value.get("display_value") or value.get("actual_value")
            closed = name.startswith("Closed")
            category = ("Closed", "Closed") if name == "Closed Won" else (("Omitted", "Closed") if closed
                                                                           else ("Pipeline", "Open"))
            out.append({"id": str(value.get("id") or base + position), "display_value": name, "actual_value": name,
                        "sequence_number": position + 1, "colour_code": None,
                        "forecast_category": {"name": category[0], "id": str(base + 900 + ["Pipeline", "Closed", "Omitted"].index(category[0]))},
                        "forecast_type": category[1] if name != "Closed Won" else "Closed Won"})
        return out

    def _pipelines(self, layout_id: str) -> str:
        kind = Kind.pipelines(layout_id)
        if self.state.get_doc(Kind.META, kind) is None:
            self.state.put_doc(Kind.META, kind, True)
            pid = str(int(self.catalog.module_ids["Deals"]) + 96000)
            self.state.put_doc(kind, pid, {"id": pid, "display_value": "Standard", "actual_value": "Standard",
                                           "default": True, "child_available": False, "parent": None,
                                           "maps": self._stages()})
        return kind

    def _pipeline_fields(self, kind: str, doc: dict, item: dict, path: str) -> None:
        if "display_value" in item:
            name = item["display_value"]
            if not isinstance(name, str) or not name.strip():
                raise errors.item_field_invalid("display_value", path + ".display_value")
            for key, other in self.state.list_docs(kind):
                if key != doc.get("id") and other["display_value"].lower() == name.lower():
                    raise errors.item_duplicate({"api_name": "display_value",
                                                                         "json_path": path + ".display_value"})
            doc["display_value"] = doc["actual_value"] = name
        if "maps" in item:
            stages = {s["id"]: s for s in self._stages()}
            by_name = {s["display_value"].lower(): s for s in stages.values()}
            maps = list(doc.get("maps") or [])
            for position, entry in enumerate(item["maps"] if isinstance(item["maps"], list) else [None]):
                mpath = f"{path}.maps[{position}]"
                if not isinstance(entry, dict):
                    raise errors.item_field_invalid("maps", mpath)
                stage = stages.get(str(entry.get("id"))) or by_name.get(str(entry.get("display_value") or "").lower())
                if stage is None:
                    raise errors.item_field_invalid("id", mpath + ".id", errors.INVALID_ID)
                maps = [m for m in maps if m["id"] != stage["id"]]
                if entry.get("_delete"):
                    continue
                try:
                    position = int(entry.get("sequence_number") or len(maps) + 1)
                except (TypeError, ValueError):
                    raise errors.item_field_invalid("sequence_number", mpath + ".sequence_number")
                maps.insert(max(0, position - 1), dict(stage))
            if not maps:
                raise errors.item_mandatory("maps", path + ".maps")
            for number, entry in enumerate(maps, 1):
                entry["sequence_number"] = number
            doc["maps"] = maps
        if item.get("default") is True:
            for key, other in self.state.list_docs(kind):
                if key != doc.get("id") and other.get("default"):
                    other["default"] = False
                    self.state.put_doc(kind, key, other)
            doc["default"] = True

    def _deals_in(self, doc: dict) -> List[dict]:
        names = {m["display_value"] for m in doc["maps"]}
        return [r for r in self.app.records.all("Deals")
                if r.get("Pipeline") == doc["display_value"] or (r.get("Pipeline") is None and doc.get("default")
                                                                 and r.get("Stage") in names)]


    def list(self, kind: str, pid: Optional[str]) -> List[dict]:
        self.check(kind, pid)
        return [d for k, d in self.state.list_docs(kind) if pid is None or k == pid]

    def check(self, kind: str, pid: Optional[str]) -> None:
        if pid is not None and self.state.get_doc(kind, pid) is None:
            raise errors.invalid_id({"id": pid})

    def create(self, kind: str, items: List[Any]) -> List[dict]:
        def create(index: int, item: dict, path: str) -> dict:
            if not item.get("display_value"):
                raise errors.item_mandatory("display_value", path + ".display_value")
            if not item.get("maps"):
                raise errors.item_mandatory("maps", path + ".maps")
            doc = {"id": self.new_id(), "default": False, "child_available": False, "parent": None, "maps": []}
            self._pipeline_fields(kind, doc, item, path)
            self.state.put_doc(kind, doc["id"], doc)
            return errors.success("Pipeline created", {"id": doc["id"]})
        return run_entries(self.state.tx, items, "pipeline", create)

    def update(self, kind: str, pid: Optional[str], items: List[Any]) -> List[dict]:
        def update(index: int, item: dict, path: str) -> dict:
            target = pid or id_text(item.get("id"))
            if target is None:
                raise errors.item_mandatory("id", path + ".id")
            doc = self.state.get_doc(kind, target)
            if doc is None:
                raise errors.item_invalid_id({"id": target, "json_path": path + ".id"})
            if "_delete" in item:
                if doc.get("default"):
                    raise errors.item_not_allowed("default pipeline cannot be deleted", {"id": target})
                if self._deals_in(doc):
                    raise errors.item_not_allowed("pipeline has deals; transfer them first", {"id": target})
                self.state.del_doc(kind, target)
                return errors.success("Pipeline deleted", {"id": target})
            self._pipeline_fields(kind, doc, item, path)
            self.state.put_doc(kind, target, doc)
            return errors.success("Pipeline updated", {"id": target})
        return run_entries(self.state.tx, items, "pipeline", update)

    def transfer(self, kind: str, items: List[Any]) -> List[dict]:
        def work(index: int, item: dict, path: str) -> dict:
            moves = item.get("pipeline") if isinstance(item.get("pipeline"), dict) else None
            if moves is None:
                raise errors.item_mandatory("pipeline", path + ".pipeline")
            source = self.state.get_doc(kind, str(moves.get("from")))
            target = self.state.get_doc(kind, str(moves.get("to")))
            if source is None:
                raise errors.item_field_invalid("from", path + ".pipeline.from", errors.INVALID_ID)
            if target is None or target["id"] == source["id"]:
                raise errors.item_field_invalid("to", path + ".pipeline.to", errors.INVALID_ID)
            if source.get("default"):
                raise errors.item_not_allowed("default pipeline cannot be deleted", {"id": source["id"]})
            stage_map = {}
            for position, pair in enumerate(item.get("stages") or []):
                frm = next((m for m in source["maps"] if m["id"] == str((pair or {}).get("from"))), None)
                to = next((m for m in target["maps"] if m["id"] == str((pair or {}).get("to"))), None)
                if frm is None or to is None:
                    raise errors.item_field_invalid("stages", f"{path}.stages[{position}]")
                stage_map[frm["display_value"]] = to["display_value"]
            deals = self._deals_in(source)
            unmapped = {d.get("Stage") for d in deals} - set(stage_map)
            if unmapped:
                raise errors.item_mandatory("stages", path + ".stages")
            for deal in deals:
                deal["Stage"] = stage_map[deal["Stage"]]
                if "Pipeline" in deal:
                    deal["Pipeline"] = target["display_value"]
                self.app.records.save("Deals", deal)
            self.state.del_doc(kind, source["id"])
            return errors.success("transfer pipeline scheduled successfully",
                                  {"job_id": str(self.state.next_id())})
        return run_entries(self.state.tx, items, "transfer_pipeline", work)
