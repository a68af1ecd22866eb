"""Every operation of the inventory (345), called through our SDK against a running emulator.

One parametrised test per operation. Arguments are resolved from the operation's own path template:
module placeholders get a module name, every other placeholder the id (or api_name) of something
that exists, found by listing the collection in front of it (and creating one there if it is empty).
Request bodies are built through the public setters from the inventory's model declarations, with a
small table of hand-written bodies where the emulator checks content (records, notes, COQL, ...).
Each call must return the operation's success class, never an APIException or an exception; list
reads with a create operation on the same path must return what that create stored.
"""
from __future__ import annotations

import datetime
import importlib
import json
import os
import re
import sys
import uuid
from typing import Any, Dict, List, Optional

import pytest
import requests

from zohocrmsdk.emulator.testing import Emulator

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
with open(os.path.join(ROOT, "tests", "data", "api_surface.json"), encoding="utf-8") as _handle:
    SURFACE = json.load(_handle)
PACKAGES = SURFACE["packages"]
sys.path.insert(0, os.path.join(ROOT, "tools"))
import gen_emulator_surface as emulator_surface  # noqa: E402  (its success-class rule is the one we test against)
API = "zohocrmsdk.src.com.zoho.crm.api"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                    "0000000d4944415478da63f8cfc0f01f0005000201a5f3a8a10000000049454e44ae426082")

# operations that must run before the rest of their package (enabling multi-currency first)
FIRST = {("currencies", "enable_base_currency")}
OPERATIONS = [(pkg, ops, method) for pkg, package in PACKAGES.items()
              for ops in package["operations"]
              for method in sorted(ops["methods"], key=lambda m: (pkg, m["name"]) not in FIRST)]
assert len(OPERATIONS) == 345


# modules for module placeholders / constructor arguments, where Leads is not the natural one
MODULE_FOR = {"cancel_meetings": "Events", "mass_convert": "Leads", "deal_contact_roles": "Deals",
              "related_records": "Accounts"}
EXTERNAL = {"Leads": "External_Lead_ID", "Accounts": "External_Account_ID", "Contacts": "External_Contact_ID"}
RECORD_BODIES = {
    "Leads": lambda: {"Last_Name": "Every " + uuid.uuid4().hex[:8], "Company": "Zylker"},
    "Contacts": lambda: {"Last_Name": "Contact " + uuid.uuid4().hex[:8]},
    "Accounts": lambda: {"Account_Name": "Account " + uuid.uuid4().hex[:8]},
    "Deals": lambda: {"Deal_Name": "Deal " + uuid.uuid4().hex[:8], "Stage": "Qualification"},
    "Events": lambda: {"Event_Title": "Meeting", "Start_DateTime": "2030-01-01T10:00:00+00:00",
                       "End_DateTime": "2030-01-01T11:00:00+00:00"},
}


def load(ref: str) -> Any:
    module, _, name = ref.rpartition(".")
    return getattr(importlib.import_module(module), name)


def success_class(pkg: str, method: dict) -> Any:
    """The class and model entry an operation answers with on success (one rule, shared with the
    generator of the emulator's long-tail table)."""
    package = PACKAGES[pkg]
    name = emulator_surface.success_class(package, pkg, method)
    return load(package["module_prefix"] + "." + name), package["models"][name]


# -- the world the operations run in ----------------------------------------------------------
class World:
    def __init__(self, emu: Emulator, work: str) -> None:
        self.emu = emu
        self.work = work
        self.http = requests.Session()
        self.http.headers["Authorization"] = "Zoho-oauthtoken " + emu.mint_tokens()["access_token"]
        self.png = os.path.join(work, "photo.png")
        with open(self.png, "wb") as handle:
            handle.write(PNG)

    def call(self, method: str, path: str, **kw: Any) -> requests.Response:
        return self.http.request(method, self.emu.base_url + path, timeout=30, **kw)

    def record(self, module: str, **values: Any) -> str:
        body = dict(RECORD_BODIES.get(module, lambda: {"Name": "Sample " + uuid.uuid4().hex[:8]})())
        if module == "Notes":
            body = {"Note_Title": "Call", "Note_Content": "Asked for a quote",
                    "Parent_Id": {"module": {"api_name": "Leads"}, "id": self.record("Leads")}}
        body.update(values)
        answer = self.call("POST", f"/crm/v6/{module}", json={"data": [body]})
        assert answer.status_code in (200, 201), answer.text
        return answer.json()["data"][0]["details"]["id"]

    def user(self) -> str:
        """The first (seeded, current) user."""
        return self.call("GET", "/crm/v6/users").json()["users"][0]["id"]

    def layout(self, module: str) -> str:
        return self.call("GET", "/crm/v6/settings/layouts", params={"module": module}).json()["layouts"][0]["id"]

    def custom_view(self, module: str = "Leads") -> str:
        return self.existing("/crm/v6/settings/custom_views", "id", False)

    def zgid(self) -> str:
        return str(self.call("GET", "/crm/v6/org").json()["org"][0]["zgid"])

    def leads_zip(self) -> str:
        """A bulk-write upload: a zip holding one CSV of leads."""
        import zipfile
        path = os.path.join(self.work, "leads-%s.zip" % uuid.uuid4().hex[:6])
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("leads.csv", "Last_Name,Company\nBulk One,Zylker\nBulk Two,Zylker\n")
        return path

    def bulk_write_job(self) -> str:
        with open(self.leads_zip(), "rb") as handle:
            upload = self.call("POST", "/crm/v6/upload", files={"file": ("leads.zip", handle.read())},
                               headers={"feature": "bulk-write", "X-CRM-ORG": self.zgid()})
        assert upload.status_code == 200, upload.text
        job = self.call("POST", "/crm/bulk/v6/write", json={"operation": "insert", "resource": [{
            "type": "data", "module": {"api_name": "Leads"}, "file_id": upload.json()["details"]["file_id"],
            "field_mappings": [{"api_name": "Last_Name", "index": 0}, {"api_name": "Company", "index": 1}]}]})
        assert job.status_code in (200, 201), job.text
        return job.json()["details"]["id"]

    def find(self, module: str, field: str, value: str) -> str:
        answer = self.call("GET", f"/crm/v6/{module}/{value}", headers={"X-EXTERNAL": f"{module}.{field}"})
        assert answer.status_code == 200, answer.text
        return answer.json()["data"][0]["id"]

    def bulk_read_job(self) -> str:
        answer = self.call("POST", "/crm/bulk/v6/read", json={"query": {"module": {"api_name": "Leads"}}})
        assert answer.status_code in (200, 201), answer.text
        job = answer.json()["data"][0]["details"]["id"]
        for _ in range(100):  # job_delay=0: completes on the first polls
            state = self.call("GET", f"/crm/bulk/v6/read/{job}").json()["data"][0]["state"]
            if state == "COMPLETED":
                break
        return job

    @staticmethod
    def _items(body: Any) -> List[dict]:
        if not isinstance(body, dict):
            return []
        for key, value in body.items():
            if key != "info" and isinstance(value, list):
                return [v for v in value if isinstance(v, dict)]
        return []

    def existing(self, prefix: str, name: str, as_str: bool) -> str:
        """The id (or api_name) of an item of the collection at `prefix`, creating one if it is empty."""
        query = {"module": "Leads"}
        if "/settings/pipeline" in prefix:
            query["layout_id"] = self.layout("Deals")
        if prefix.endswith("/Attachments"):  # a record's lists require `fields`
            query["fields"] = "id"
        answer = self.call("GET", prefix, params=query)
        items = self._items(answer.json()) if answer.status_code == 200 and answer.content else []
        if not items:
            key = prefix.rstrip("/").rsplit("/", 1)[-1]
            if key == "Attachments":
                created = self.call("POST", prefix, files={"file": ("note.txt", b"hello")})
            else:
                item = {"name": "Sample " + uuid.uuid4().hex[:6], "api_name": "sample_" + uuid.uuid4().hex[:6]}
                if key == "user_groups":
                    item["sources"] = [{"type": "users", "source": {"id": self.user()}}]
                created = self.call("POST", prefix, params=query, json={key: [item]})
            assert created.status_code in (200, 201), (prefix, created.text)
            entries = next(v for v in created.json().values() if isinstance(v, list))
            new_id = entries[0]["details"]["id"]
            listed = self.call("GET", prefix, params=query)
            assert listed.status_code == 200, f"{prefix} does not list what was created: HTTP {listed.status_code}"
            items = [i for i in self._items(listed.json()) if str(i.get("id")) == str(new_id)] or [{"id": new_id}]
        item = items[-1]  # the newest: created through the API, so updates and deletes are allowed
        if as_str and not name.endswith("id") and (item.get("api_name") or item.get("name")):
            return str(item.get("api_name") or item.get("name"))
        return str(item["id"])


@pytest.fixture(scope="module")
def world(tmp_path_factory: Any) -> Any:
    from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
    from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
    from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer

    work = str(tmp_path_factory.mktemp("every-operation"))
    with Emulator.running(job_delay=0) as emu:
        code = emu.grant_code("1000.EVERYOP", "every-op-secret", "https://example.com/cb")
        token = OAuthToken(client_id="1000.EVERYOP", client_secret="every-op-secret", grant_token=code,
                           redirect_url="https://example.com/cb")
        Initializer.initialize(environment=emu.environment(), token=token,
                               store=FileStore(os.path.join(work, "tokens.txt")), resource_path=work)
        yield World(emu, work)


# -- request bodies from the declarations -----------------------------------------------------
PRIMITIVES = {
    "String": lambda f: "sample",
    "Integer": lambda f: 1,
    "Long": lambda f: 1,
    "Boolean": lambda f: True,
    "Double": lambda f: 1.0,
    "Float": lambda f: 1.0,
    "Object": lambda f: "sample",
    "DateTime": lambda f: datetime.datetime(2030, 1, 1, 10, 0, tzinfo=datetime.timezone.utc),
    "Date": lambda f: datetime.date(2030, 1, 1),
}


def _model(ref: str) -> Optional[dict]:
    prefix, _, name = ref.rpartition(".")
    pkg = prefix.rsplit(".", 1)[-1]
    return PACKAGES.get(pkg, {}).get("models", {}).get(name)


def _is_reference(model: dict) -> bool:
    """A nested model with an id points at another entity; a made-up one would be invalid."""
    return any(f["key"] == "id" for f in model["fields"])


def build(world: World, ref: str, depth: int) -> Any:
    """An instance of the model `ref` with its fields set through the public setters."""
    from zohocrmsdk.src.com.zoho.crm.api.util import Choice, StreamWrapper
    if ref.endswith(".StreamWrapper"):
        return StreamWrapper(file_path=world.png)
    if _model(ref) is None:  # an interface (e.g. holidays.BodyWrapper): build its first implementer
        package = PACKAGES[ref.rpartition(".")[0].rsplit(".", 1)[-1]]
        ref = next(package["module_prefix"] + "." + name for name, m in package["models"].items()
                   if ref in m.get("bases", []))
    cls = load(ref)
    obj = cls()
    if hasattr(obj, "add_key_value"):
        for key, value in RECORD_BODIES["Leads"]().items():
            obj.add_key_value(key, value)
        return obj
    model = _model(ref) or {"fields": []}
    for field in model["fields"]:
        if not field.get("setter") or field["attr"] == "id":
            continue
        value = _value(world, field, depth, Choice)
        if value is None:
            continue
        if field["key"] == "module":  # module references name a real module
            if isinstance(value, str):
                value = "Leads"
            elif hasattr(value, "set_api_name"):
                value.set_api_name("Leads")
        try:
            getattr(obj, "set_" + field["attr"])(value)
        except Exception:  # a type this generic builder guessed wrong: leave the field out
            continue
    return obj


def _value(world: World, field: dict, depth: int, choice: Any) -> Any:
    kind = field["type"]
    if kind == "List":
        sub = (field.get("sub_type") or {}).get("type", "String")
        if sub.endswith(".Choice"):
            return [choice(field["values"][0])] if field.get("values") else None
        if sub.startswith("zohocrmsdk"):
            model = _model(sub)
            if sub.endswith(".StreamWrapper"):
                return [build(world, sub, depth + 1)]
            if depth >= 2 or model is None or model.get("kind") == "interface" or not model.get("fields"):
                return None
            if depth >= 1 and _is_reference(model):
                return None
            return [build(world, sub, depth + 1)]
        maker = PRIMITIVES.get(sub)
        return [maker(field)] if maker else None
    if kind.endswith(".Choice"):
        return choice(field["values"][0]) if field.get("values") else choice("sample")
    if kind.startswith("zohocrmsdk"):
        if kind.endswith(".StreamWrapper"):
            return build(world, kind, depth + 1)
        model = _model(kind)
        if field.get("interface") or depth >= 2 or model is None or not model.get("fields"):
            return None
        if depth >= 1 and _is_reference(model):
            return None
        return build(world, kind, depth + 1)
    if kind == "Map":
        return None
    maker = PRIMITIVES.get(kind)
    return maker(field) if maker else None


# -- hand-written inputs where the emulator checks content ------------------------------------
def _records(*rows: Dict[str, Any], ids: Optional[List[str]] = None) -> Any:
    from zohocrmsdk.src.com.zoho.crm.api.record import BodyWrapper, Record
    records = []
    for index, row in enumerate(rows):
        record = Record()
        if ids:
            record.set_id(int(ids[index]))
        for key, value in row.items():
            record.add_key_value(key, value)
        records.append(record)
    body = BodyWrapper()
    body.set_data(records)
    return body


def _note_body(world: World, with_id: bool) -> Any:
    from zohocrmsdk.src.com.zoho.crm.api.notes import BodyWrapper, Note
    from zohocrmsdk.src.com.zoho.crm.api.record import Record
    from zohocrmsdk.src.com.zoho.crm.api.modules import MinifiedModule
    note = Note()
    note.set_note_title("Call back")
    note.set_note_content("Asked for a quote")
    if with_id:
        note.set_id(int(world.record("Notes")))
    else:
        parent = Record()
        parent.set_id(int(world.record("Leads")))
        module = MinifiedModule()
        module.set_api_name("Leads")
        parent.add_key_value("$se_module", "Leads")
        note.set_parent_id(parent)
        try:
            parent.set_module(module)
        except Exception:
            pass
    body = BodyWrapper()
    body.set_data([note])
    return body


def custom_body(world: World, pkg: str, name: str, values: Dict[str, str]) -> Any:
    """A request body for operations whose emulator handler checks the content, else None."""
    if pkg == "record":
        if name in ("create_records", "upsert_records"):
            return _records(RECORD_BODIES["Leads"]())
        if name == "update_records":
            return _records({"Company": "Updated"}, ids=[world.record("Leads")])
        if name in ("update_record", "update_record_using_external_id"):
            return _records({"Company": "Updated"})
        if name in ("assign_territories_to_multiple_records", "remove_territories_from_multiple_records",
                    "assign_territory_to_record", "remove_territories_from_record"):
            from zohocrmsdk.src.com.zoho.crm.api.record import Territory
            territory = Territory()
            territory.set_id(int(world.existing("/crm/v6/settings/territories", "id", False)))
            rid = values.get("id") or world.record("Leads")
            return _records({"Territories": [territory]}, ids=[rid])
        if name == "mass_update_records":
            from zohocrmsdk.src.com.zoho.crm.api.record import MassUpdateBodyWrapper, Record
            record = Record()
            record.add_key_value("Company", "Mass")
            body = MassUpdateBodyWrapper()
            body.set_data([record])
            body.set_ids([int(world.record("Leads"))])
            return body
    if pkg == "notes" and name in ("create_notes", "update_notes", "update_note"):
        return _note_body(world, name == "update_notes")
    if pkg == "related_records" and name.startswith("update_related_record"):
        from zohocrmsdk.src.com.zoho.crm.api.record import Record
        from zohocrmsdk.src.com.zoho.crm.api.related_records import BodyWrapper
        record = Record()
        record.add_key_value("Description", "linked")
        if "related_record_id" not in values and "external_field_value" not in values:
            record.set_id(int(world.record("Contacts")))
        body = BodyWrapper()
        body.set_data([record])
        return body
    if pkg == "bulk_write" and name == "upload_file":
        from zohocrmsdk.src.com.zoho.crm.api.bulk_write import FileBodyWrapper
        from zohocrmsdk.src.com.zoho.crm.api.util import StreamWrapper
        body = FileBodyWrapper()
        body.set_file(StreamWrapper(file_path=world.leads_zip()))
        return body
    if pkg == "bulk_write" and name == "create_bulk_write_job":
        from zohocrmsdk.src.com.zoho.crm.api import bulk_write as bw
        from zohocrmsdk.src.com.zoho.crm.api.modules import MinifiedModule
        from zohocrmsdk.src.com.zoho.crm.api.util import Choice
        with open(world.leads_zip(), "rb") as handle:
            upload = world.call("POST", "/crm/v6/upload", files={"file": ("leads.zip", handle.read())},
                                headers={"feature": "bulk-write", "X-CRM-ORG": world.zgid()})
        module = MinifiedModule()
        module.set_api_name("Leads")
        mappings = []
        for index, api_name in enumerate(("Last_Name", "Company")):
            mapping = bw.FieldMapping()
            mapping.set_api_name(api_name)
            mapping.set_index(index)
            mappings.append(mapping)
        resource = bw.Resource()
        resource.set_type(Choice("data"))
        resource.set_module(module)
        resource.set_file_id(upload.json()["details"]["file_id"])
        resource.set_field_mappings(mappings)
        body = bw.RequestWrapper()
        body.set_operation(Choice("insert"))
        body.set_resource([resource])
        return body
    if pkg == "mass_delete_cvid":
        from zohocrmsdk.src.com.zoho.crm.api.mass_delete_cvid import CvidBodyWrapper, RecordIdBodyWrapper
        if name == "mass_delete_by_cvid":
            body = CvidBodyWrapper()
            body.set_cvid(int(world.custom_view()))
        else:
            body = RecordIdBodyWrapper()
            body.set_ids([int(world.record("Leads")), int(world.record("Leads"))])
        return body
    if pkg == "backup" and name == "schedule":
        from zohocrmsdk.src.com.zoho.crm.api.backup import Backup, BodyWrapper
        backup = Backup()
        backup.set_rrule("RRULE:FREQ=DAILY;INTERVAL=1")
        body = BodyWrapper()
        body.set_backup(backup)
        return body
    if pkg == "currencies":
        from zohocrmsdk.src.com.zoho.crm.api import currencies as cur
        if name in ("enable_base_currency", "update_base_currency"):
            base = cur.BaseCurrency()
            if name == "enable_base_currency":
                base.set_name("US Dollar - USD")
                base.set_iso_code("USD")
                base.set_symbol("$")
            base.set_exchange_rate("1.0000000")
            body = cur.BaseCurrencyWrapper()
            body.set_base_currency(base)
            return body
        currency = cur.Currency()
        if name == "add_currencies":
            code = "EUR" if not world.call("GET", "/crm/v6/org/currencies").text.count('"EUR"') else "GBP"
            currency.set_name(code)
            currency.set_iso_code(code)
        elif name == "update_currencies":
            currency.set_id(int(world.existing("/crm/v6/org/currencies", "id", False)))
        currency.set_exchange_rate("1.2000000")
        body = cur.BodyWrapper()
        body.set_currencies([currency])
        return body
    if pkg == "user_groups" and name == "create_groups":
        from zohocrmsdk.src.com.zoho.crm.api import user_groups as ug
        from zohocrmsdk.src.com.zoho.crm.api.util import Choice
        source = ug.Source()
        source.set_id(int(world.user()))
        entry = ug.Sources()
        entry.set_type(Choice("users"))
        entry.set_source(source)
        group = ug.Groups()
        group.set_name("Sales " + uuid.uuid4().hex[:6])
        group.set_description("the sales team")
        group.set_sources([entry])
        body = ug.BodyWrapper()
        body.set_user_groups([group])
        return body
    if pkg == "pipeline" and name == "create_pipeline":
        from zohocrmsdk.src.com.zoho.crm.api import pipeline as pl
        standard = world.call("GET", "/crm/v6/settings/pipeline",
                              params={"layout_id": world.layout("Deals")}).json()["pipeline"][0]
        stage = pl.Maps()
        stage.set_id(int(standard["maps"][0]["id"]))
        stage.set_sequence_number(1)
        pipeline = pl.Pipeline()
        pipeline.set_display_value("Pipeline " + uuid.uuid4().hex[:6])
        pipeline.set_default(False)
        pipeline.set_maps([stage])
        body = pl.BodyWrapper()
        body.set_pipeline([pipeline])
        return body
    if pkg == "mail_merge" and name == "download_mail_merge":
        from zohocrmsdk.src.com.zoho.crm.api import mail_merge as mm
        from zohocrmsdk.src.com.zoho.crm.api.util import Choice
        template = mm.MailMergeTemplate()
        template.set_name("Quote template")
        entry = mm.DownloadMailMerge()
        entry.set_mail_merge_template(template)
        entry.set_output_format(Choice("pdf"))
        entry.set_file_name("quote")
        body = mm.DownloadMailMergeWrapper()
        body.set_download_mail_merge([entry])
        return body
    if pkg == "mass_convert":
        from zohocrmsdk.src.com.zoho.crm.api.mass_convert import BodyWrapper
        from zohocrmsdk.src.com.zoho.crm.api.record import Record
        from zohocrmsdk.src.com.zoho.crm.api.util import Choice
        deal = Record()
        deal.add_key_value("Deal_Name", "Converted deal")
        deal.add_key_value("Stage", Choice("Qualification"))
        body = BodyWrapper()
        body.set_deals(deal)
        body.set_ids([int(world.record("Leads"))])
        return body
    if pkg == "convert_lead":
        from zohocrmsdk.src.com.zoho.crm.api.convert_lead import BodyWrapper, LeadConverter
        converter = LeadConverter()
        converter.set_overwrite(True)
        body = BodyWrapper()
        body.set_data([converter])
        return body
    if pkg == "coql":
        from zohocrmsdk.src.com.zoho.crm.api.coql import BodyWrapper
        body = BodyWrapper()
        body.set_select_query("select Last_Name from Leads where Last_Name is not null limit 5")
        return body
    if pkg == "bulk_read":
        from zohocrmsdk.src.com.zoho.crm.api.bulk_read import BodyWrapper, Query
        from zohocrmsdk.src.com.zoho.crm.api.modules import MinifiedModule
        module = MinifiedModule()
        module.set_api_name("Leads")
        query = Query()
        query.set_module(module)
        body = BodyWrapper()
        body.set_query(query)
        return body
    return None


def params_for(world: World, pkg: str, method: dict, values: Dict[str, str]) -> Any:
    from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
    holder_name = method.get("param_holder")
    if not method.get("param") or not holder_name:
        return None
    package = PACKAGES[pkg]
    holder = load(package["module_prefix"] + "." + holder_name)
    items = {i["name"]: i for i in package["params"][holder_name]["items"]}
    given: Dict[str, Any] = {}
    name = method["name"]
    if "module" in items:
        given["module"] = "Leads"
    for key, item in items.items():
        if item.get("required_for") == "true" and key not in given:
            known = {"attachmentUrl": "https://example.com/brochure.pdf", "fields": "id", "user_id": "1",
                     "message_id": "1", "id": "1"}
            if key in known:
                given[key] = known[key]
    if pkg == "record":
        if name in ("delete_records",):
            given["ids"] = world.record("Leads")
        if name == "search_records":
            given["criteria"] = "(Company:equals:Zylker)"
        if name == "get_mass_update_status":
            answer = world.call("POST", "/crm/v6/Leads/actions/mass_update",
                                json={"data": [{"Company": "Mass"}], "cvid": "1"})
            given["job_id"] = answer.json()["data"][0]["details"]["job_id"]
        if name in ("get_records", "get_record", "get_record_using_external_id"):
            given["fields"] = "Last_Name,Company"
    if pkg == "attachments" and name in ("get_attachments",):
        given["fields"] = "id,File_Name"
    if pkg == "related_records" and name in ("get_related_records", "get_related_records_using_external_id"):
        given["fields"] = "id"  # Zoho requires it on every related list; the SDK marks it optional
    if pkg == "attachments" and name == "delete_attachments":
        answer = world.call("POST", f"/crm/v6/Leads/{values['record_id']}/Attachments",
                            files={"file": ("a.txt", b"hello")})
        given["ids"] = answer.json()["data"][0]["details"]["id"]
    if pkg == "notes" and name == "delete_notes":
        given["ids"] = world.record("Notes")
    if pkg == "contact_roles" and name == "delete_contact_roles":
        given["ids"] = world.existing("/crm/v6/Contacts/roles", "id", False)
    if pkg == "related_records" and name.startswith("del") and "ids" in items:
        parent = values.get("record_id") or world.find("Accounts", EXTERNAL["Accounts"], values["external_value"])
        given["ids"] = world.record("Contacts", Account_Name={"id": parent})
    if pkg == "territories" and name == "delete_territories":
        created = world.call("POST", "/crm/v6/settings/territories",
                             json={"territories": [{"name": "Doomed " + uuid.uuid4().hex[:6]}]})
        given["ids"] = created.json()["territories"][0]["details"]["id"]
    if pkg == "mass_delete_cvid" and name == "get_mass_delete_status":
        answer = world.call("POST", "/crm/v6/Leads/actions/mass_delete", json={"cvid": world.custom_view()})
        given["job_id"] = answer.json()["data"][0]["details"]["job_id"]
    if pkg in ("mass_change_owner", "mass_convert", "users_transfer_delete") and "job_id" in items:
        lead = world.record("Leads")
        path, body = {
            "mass_change_owner": ("/crm/v6/Leads/actions/mass_change_owner",
                                  {"ids": [lead], "owner": {"id": world.user()}}),
            "mass_convert": ("/crm/v6/Leads/actions/mass_convert", {"ids": [lead]}),
            "users_transfer_delete": ("/crm/v6/users/actions/transfer_and_delete",
                                      {"transfer_and_delete": [{"id": world.user(), "delete": False}]}),
        }[pkg]
        answer = world.call("POST", path, json=body)
        assert answer.status_code == 202, answer.text
        entry = answer.json()
        entry = next((v[0] for v in entry.values() if isinstance(v, list)), entry)
        given["job_id"] = entry["details"]["job_id"]
    if pkg == "files" and name == "get_file":
        answer = world.call("POST", "/crm/v6/files", files={"file": ("notes.txt", b"hello")})
        given["id"] = answer.json()["data"][0]["details"]["id"]
    if not given:
        return None
    param_map = ParameterMap()
    for key, value in given.items():
        item = items.get(key)
        if item is None:
            continue
        if item["spec_type"] in ("TLong", "TInteger") or item.get("type") in ("Long", "Integer"):
            value = int(value) if str(value).isdigit() else 1
        elif item.get("type") == "Boolean":
            value = True
        param_map.add(getattr(holder, item["attr"]), value)
    return param_map


def headers_for(world: World, pkg: str, method: dict, values: Dict[str, str]) -> Any:
    from zohocrmsdk.src.com.zoho.crm.api import HeaderMap
    holder_name = method.get("header_holder")
    if not method.get("header") or not holder_name:
        return None
    package = PACKAGES[pkg]
    holder = load(package["module_prefix"] + "." + holder_name)
    items = {i["name"]: i for i in package["headers"][holder_name]["items"]}
    header_map = HeaderMap()
    if "X-CRM-ORG" in items:  # bulk-write uploads name the org and the feature
        header_map.add(getattr(holder, items["X-CRM-ORG"]["attr"]), world.zgid())
        header_map.add(getattr(holder, items["feature"]["attr"]), "bulk-write")
    if "X-EXTERNAL" in items:
        names = []
        if "external_value" in values:
            names.append(MODULE_FOR.get(pkg, "Leads"))
        if "external_field_value" in values:
            names.append("Contacts" if pkg == "related_records" else MODULE_FOR.get(pkg, "Leads"))
        external = ",".join(f"{module}.{EXTERNAL[module]}" for module in names)
        if external:
            header_map.add(getattr(holder, items["X-EXTERNAL"]["attr"]), external)
    return header_map


# -- arguments from the path template ----------------------------------------------------------
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
DAILY_BACKUP = {"backup": {"rrule": "RRULE:FREQ=DAILY;INTERVAL=1"}}


def resolve_path(world: World, pkg: str, ops: dict, method: dict) -> Dict[str, str]:
    """Values for every placeholder of the template, left to right, each naming something that exists."""
    values: Dict[str, str] = {}
    template = method["path"]
    str_args = {a["name"] for a in method["args"] + ops["init"]["args"] if a.get("type") == "str"}
    parts = [p for p in template.split("/") if p]
    prefix = ""
    module = MODULE_FOR.get(pkg, "Leads")
    for part in parts:
        found = PLACEHOLDER.fullmatch(part)
        if not found:
            prefix += "/" + part
            continue
        name = found.group(1)
        if "module" in name:
            value = module
        elif name in ("related_list_api_name",):
            value = "Contacts"
        elif name == "external_value" or (name == "external_field_value" and pkg != "related_records"):
            value = "ext-" + uuid.uuid4().hex[:10]
            world.record(module, **{EXTERNAL[module]: value})
            if pkg == "related_records":  # the parent gets a linked contact to read / update / delink
                world.record("Contacts", Account_Name={"id": world.find(module, EXTERNAL[module], value)})
        elif name == "external_field_value":
            value = "ext-" + uuid.uuid4().hex[:10]
            world.record("Contacts", Account_Name={"id": values["record_id"]} if "record_id" in values
                         else {"id": world.find(module, EXTERNAL[module], values["external_value"])},
                         **{EXTERNAL["Contacts"]: value})
        elif name == "related_record_id":
            value = world.record("Contacts", Account_Name={"id": values["record_id"]})
        elif name == "record_id" and prefix.endswith("/deleted"):
            value = world.record(module)  # a deleted parent that still has a related contact
            world.record("Contacts", Account_Name={"id": value})
            world.call("DELETE", f"/crm/v6/{module}/{value}")
        elif name == "record_id" and pkg == "related_records":
            value = world.record(module)
            world.record("Contacts", Account_Name={"id": value})
        elif name == "job_id" and pkg == "bulk_write":
            value = world.bulk_write_job()
        elif name == "download_url" and pkg == "bulk_write":
            job = world.bulk_write_job()
            for _ in range(100):
                details = world.call("GET", f"/crm/bulk/v6/write/{job}").json()
                if details.get("status") == "COMPLETED" and details.get("result"):
                    break
            value = details["result"]["download_url"]
        elif name == "download_url" and pkg == "backup":
            world.call("POST", "/crm/bulk/v6/backup", json=DAILY_BACKUP)
            answer = world.call("GET", "/crm/bulk/v6/backup/urls")
            assert answer.status_code == 200, f"no backup has run yet: HTTP {answer.status_code}"
            value = answer.json()["urls"]["data_links"][0]
        elif name == "job_id" and pkg == "bulk_read":
            value = world.bulk_read_job()
        elif name == "event":
            value = world.record("Events")
        elif name == "deal":
            value = world.record("Deals")
        elif name == "contact":
            value = world.record("Contacts")
        elif name == "id" and pkg == "backup":
            answer = world.call("POST", "/crm/bulk/v6/backup", json=DAILY_BACKUP)
            value = answer.json()["backup"]["details"]["id"] if answer.status_code == 201 else \
                world.call("GET", "/crm/bulk/v6/backup").json()["backup"]["id"]
        elif name == "territory" and pkg == "users_territories":
            answer = world.call("POST", "/crm/v6/settings/territories",
                                json={"territories": [{"name": "Region " + uuid.uuid4().hex[:6]}]})
            value = answer.json()["territories"][0]["details"]["id"]
            world.call("PUT", f"/crm/v6/users/{values['user']}/territories", json={"territories": [{"id": value}]})
        elif name == "user" and pkg != "users":
            value = world.user()
        elif name == "feature_api_name":
            value = "data_enrichment"
        elif name == "lead_id":
            value = world.record("Leads")
        elif prefix.startswith("/crm/v6/") and prefix.count("/") == 3 and not prefix.startswith(
                ("/crm/v6/settings", "/crm/v6/org", "/crm/v6/users", "/crm/v6/__", "/crm/v6/files")):
            try:  # /crm/v6/<Module>/{id}: a record of that module, else an item of the collection
                value = world.record(prefix.rsplit("/", 1)[-1])
            except AssertionError:
                value = world.existing(prefix, name, name in str_args)
        else:
            value = world.existing(prefix, name, name in str_args)
        values[name] = value
        prefix += "/" + value
    return values


def arguments(args: List[dict], values: Dict[str, str], method: dict, world: World, pkg: str) -> List[Any]:
    out = []
    for arg in args:
        name = arg["name"]
        if name in values:
            value = values[name]
            out.append(int(value) if arg.get("type") == "int" else value)
        elif name == method.get("request"):
            out.append(None)  # filled in by the caller
        elif name == method.get("param"):
            out.append(params_for(world, pkg, method, values))
        elif name == method.get("header"):
            out.append(headers_for(world, pkg, method, values))
        elif name == "layout_id":
            out.append(int(world.layout("Deals" if pkg == "pipeline" else "Leads")))
        elif "default" in arg:
            out.append(arg["default"])
        elif "module" in name:
            out.append(MODULE_FOR.get(pkg, "Leads"))
        else:
            raise AssertionError(f"no value for argument {name}")
    return out


def before(world: World, pkg: str, ops: dict, method: dict, values: Dict[str, str]) -> None:
    """Make what the operation reads exist: an attachment, a photo, an association made by PUT."""
    name = method["name"]
    if pkg == "attachments" and name == "get_attachments":
        world.call("POST", f"/crm/v6/{values['module']}/{values['record_id']}/Attachments",
                   files={"file": ("note.txt", b"hello")})
    if pkg == "record" and name in ("get_photo", "delete_photo"):
        world.call("POST", f"/crm/v6/{values['module_api_name']}/{values['id']}/photo",
                   files={"file": ("photo.png", PNG)})
    if pkg == "org" and name in ("get_org_photo", "delete_organization_photo"):
        world.call("POST", "/crm/v6/org/photo", files={"file": ("logo.png", PNG)})
    if pkg == "territories" and name == "get_child_territory":
        world.call("POST", "/crm/v6/settings/territories",
                   json={"territories": [{"name": "Child " + uuid.uuid4().hex[:6],
                                          "reporting_to": {"id": values["id"]}}]})
    if pkg == "user_groups" and name == "get_associations":
        world.call("POST", "/crm/v6/settings/user_groups", json={"user_groups": [{
            "name": "Parent " + uuid.uuid4().hex[:6],
            "sources": [{"type": "groups", "source": {"id": values["group"]}}]}]})
    if pkg == "users_territories" and "territory" not in values and "user" in values:
        answer = world.call("POST", "/crm/v6/settings/territories",
                            json={"territories": [{"name": "Region " + uuid.uuid4().hex[:6]}]})
        world.call("PUT", f"/crm/v6/users/{values['user']}/territories",
                   json={"territories": [{"id": answer.json()["territories"][0]["details"]["id"]}]})
    if pkg == "backup" and name != "schedule" and not world.call("GET", "/crm/bulk/v6/backup").content:
        world.call("POST", "/crm/bulk/v6/backup", json=DAILY_BACKUP)
    if method["http_method"] in ("GET", "DELETE") and PLACEHOLDER.fullmatch(method["path"].rsplit("/", 1)[-1]):
        associate = [m for m in ops["methods"] if m["http_method"] == "PUT" and m["path"] == method["path"]]
        creatable = [m for m in ops["methods"] if m["http_method"] == "POST"
                     and m["path"] == method["path"].rsplit("/", 1)[0]]
        if associate and not creatable:  # e.g. a contact role on a deal, a user of a territory
            path = PLACEHOLDER.sub(lambda m: values[m.group(1)], method["path"])
            world.call("PUT", path, json={"data": [{"name": "associated"}]})


def run(world: World, pkg: str, ops: dict, method: dict, values: Optional[Dict[str, str]] = None) -> Any:
    package = PACKAGES[pkg]
    values = values if values is not None else resolve_path(world, pkg, ops, method)
    before(world, pkg, ops, method, values)
    init = arguments(ops["init"]["args"], values, method, world, pkg)
    instance = load(package["module_prefix"] + "." + ops["class"])(*init)
    args = arguments(method["args"], values, method, world, pkg)
    if method.get("request"):
        body = custom_body(world, pkg, method["name"], values)
        if body is None:
            arg = next(a for a in method["args"] if a["name"] == method["request"])
            body = build(world, arg["type_ref"], 0)
        args[[a["name"] for a in method["args"]].index(method["request"])] = body
    return getattr(instance, method["name"])(*args)


def describe(obj: Any) -> str:
    parts = [type(obj).__module__ + "." + type(obj).__name__]
    for getter in ("get_code", "get_message", "get_details", "get_status"):
        if hasattr(obj, getter):
            value = getattr(obj, getter)()
            parts.append(f"{getter[4:]}={getattr(value, 'get_value', lambda: value)()}")
    return " ".join(parts)


def main_list(model: dict) -> Optional[str]:
    lists = [f for f in model["fields"] if f["spec_type"] == "TCollections" and f.get("structure")]
    return lists[0]["attr"] if lists else None


def create_sibling(pkg: str, ops: dict, method: dict) -> Optional[dict]:
    """The package's create (POST) operation on the same collection path, if any."""
    if (method["http_method"] != "GET" or PLACEHOLDER.search(method["path"].rsplit("/", 1)[-1])
            or "actions" in method["path"].split("/")[4:]):  # an action, not a collection
        return None
    for other in ops["methods"]:
        if other["http_method"] == "POST" and other["path"] == method["path"] and other.get("request"):
            return other
    return None


@pytest.mark.parametrize("pkg,ops,method", OPERATIONS, ids=[f"{p}.{m['name']}" for p, _, m in OPERATIONS])
def test_operation_returns_its_success_class(world: World, pkg: str, ops: dict, method: dict) -> None:
    expected, model = success_class(pkg, method)
    created_id = None
    values = resolve_path(world, pkg, ops, method)
    sibling = create_sibling(pkg, ops, method)
    if sibling is not None:
        created = run(world, pkg, ops, sibling, dict(values)).get_object()
        key_attr = main_list(success_class(pkg, sibling)[1])
        if key_attr and main_list(model):
            entries = getattr(created, "get_" + key_attr)() if hasattr(created, "get_" + key_attr) else []
            ids = [e.get_details().get("id") for e in entries if hasattr(e, "get_details") and e.get_details()
                   and e.get_status().get_value() == "success"]
            outcome = [describe(e) for e in entries] or describe(created)
            assert ids, f"{pkg}.{sibling['name']} created nothing: {outcome}"
            created_id = str(ids[0])
    response = run(world, pkg, ops, method, values)
    assert response is not None, "no response"
    obj = response.get_object()
    assert isinstance(obj, expected), (
        f"{pkg}.{method['name']}: HTTP {response.get_status_code()} gave {describe(obj)}, "
        f"expected {expected.__name__}")
    attr = main_list(model)
    if created_id is not None and attr:
        items = getattr(obj, "get_" + attr)() or []
        assert items, f"{pkg}.{method['name']} lists nothing after a create"
        if all(hasattr(item, "get_id") for item in items):  # (portals are named, not numbered)
            listed = [str(item.get_id()) for item in items]
            assert created_id in listed, f"{pkg}.{method['name']} does not list the created {created_id}: {listed}"
