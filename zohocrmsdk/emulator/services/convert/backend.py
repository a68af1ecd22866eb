"""Lead conversion: a lead becomes a contact (and an account, and optionally a deal)."""
from __future__ import annotations

from typing import Any, Dict, Optional

from ...core import errors
from ...core.backend import Backend, parse_id
from ...core.errors import ItemError
from ..records.backend import display_name


def _ref(module: str, record: Optional[dict]) -> Optional[dict]:
    return {"name": display_name(module, record), "id": record["id"]} if record else None


class ConvertBackend(Backend):
    def convert(self, module: str, rid: str, options: Dict[str, Any]) -> Dict[str, Any]:
        """Convert lead `rid`; the details of the success entry (the records made or reused)."""
        if module != "Leads":
            raise errors.invalid_url()
        records = self.app.records
        with self.state.tx():
            lead = records.record(module, rid)
            if lead.get("Converted__s"):
                raise errors.already_converted(rid)
            account = self._account(lead, options)
            contact = self._contact(lead, options, account)
            deal = None
            if isinstance(options.get("Deals"), dict):
                deal_in = dict(options["Deals"])
                if account:
                    deal_in["Account_Name"] = {"id": account["id"]}
                deal_in["Contact_Name"] = {"id": contact["id"]}
                try:
                    deal = records.insert("Deals", records.prepare("Deals", deal_in, 0, None))
                except ItemError as exc:
                    raise exc.whole()
            lead.update({"Converted__s": True, "Converted_Date_Time": self.now_iso(),
                         "Converted_Contact": _ref("Contacts", contact), "Converted_Account": _ref("Accounts", account),
                         "Converted_Deal": _ref("Deals", deal)})
            records.save(module, lead)
        return {"Contacts": _ref("Contacts", contact), "Deals": _ref("Deals", deal), "Accounts": _ref("Accounts", account)}

    def _account(self, lead: dict, options: dict) -> Optional[dict]:
        given = options.get("Accounts")
        if isinstance(given, dict) and parse_id(given.get("id")) is not None:
            return self.app.records.record("Accounts", str(given["id"]))
        company = lead.get("Company")
        if not company:
            return None
        found = self.state.find_by_field("Accounts", "Account_Name", company)
        if found:
            return self.state.get_record("Accounts", found[0])
        return self.app.records.insert("Accounts", {"Account_Name": company, "Phone": lead.get("Phone"),
                                                    "Website": lead.get("Website")})

    def _contact(self, lead: dict, options: dict, account: Optional[dict]) -> dict:
        given = options.get("Contacts")
        if isinstance(given, dict) and parse_id(given.get("id")) is not None:
            return self.app.records.record("Contacts", str(given["id"]))
        if lead.get("Email"):
            found = self.state.find_by_field("Contacts", "Email", lead["Email"])
            if found:
                return self.state.get_record("Contacts", found[0])
        data = {k: lead.get(k) for k in ("Salutation", "First_Name", "Last_Name", "Email", "Phone", "Mobile",
                                         "Lead_Source", "Description") if lead.get(k) is not None}
        data["Full_Name"] = lead.get("Full_Name")
        if account:
            data["Account_Name"] = {"name": display_name("Accounts", account), "id": account["id"]}
        return self.app.records.insert("Contacts", data)
