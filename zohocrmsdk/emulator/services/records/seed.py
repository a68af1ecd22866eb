"""Sample data for `--seed` / `emu.seed()`: a small, deterministic sales pipeline."""
from __future__ import annotations

from typing import Any, Dict

_ACCOUNTS = [("Zylker Inc", "Technology"), ("Acme Corp", "Manufacturing"), ("Globex", "Retail")]
_CONTACTS = [("Maria", "Garcia", "maria@zylker.example"), ("John", "Smith", "john@acme.example"),
             ("Wei", "Chen", "wei@globex.example")]
_LEADS = [("Anna", "Boyle", "anna@startup.example", "Startup Ltd", "Cold Call"),
          ("Peter", "Kane", "peter@kane.example", "Kane Media", "Advertisement"),
          ("Lisa", "Ray", "lisa@ray.example", "Ray Labs", "Trade Show"),
          ("Omar", "Haddad", "omar@haddad.example", "Haddad & Co", "Web Research"),
          ("Sofia", "Rossi", "sofia@rossi.example", "Rossi SpA", "Partner")]


def seed(engine: Any) -> Dict[str, int]:
    created = {"Accounts": 0, "Contacts": 0, "Leads": 0, "Deals": 0, "Products": 0}
    with engine.state.tx():
        accounts = []
        for name, industry in _ACCOUNTS:
            accounts.append(engine.insert("Accounts", engine.prepare(
                "Accounts", {"Account_Name": name, "Industry": "Large Enterprise", "Description": industry}, 0, None)))
            created["Accounts"] += 1
        for (first, last, email), account in zip(_CONTACTS, accounts):
            engine.insert("Contacts", engine.prepare("Contacts", {
                "First_Name": first, "Last_Name": last, "Email": email,
                "Account_Name": {"id": account["id"]}}, 0, None))
            created["Contacts"] += 1
        for first, last, email, company, source in _LEADS:
            engine.insert("Leads", engine.prepare("Leads", {
                "First_Name": first, "Last_Name": last, "Email": email, "Company": company,
                "Lead_Source": source, "Annual_Revenue": 100000.0}, 0, None))
            created["Leads"] += 1
        for index, account in enumerate(accounts):
            engine.insert("Deals", engine.prepare("Deals", {
                "Deal_Name": f"{account['Account_Name']} renewal", "Stage": "Qualification",
                "Amount": 5000.0 * (index + 1), "Closing_Date": "2025-12-31",
                "Account_Name": {"id": account["id"]}}, 0, None))
            created["Deals"] += 1
        for name, price in (("CRM Seat", 20.0), ("Support Plan", 99.0)):
            engine.insert("Products", engine.prepare("Products", {"Product_Name": name, "Unit_Price": price}, 0, None))
            created["Products"] += 1
    return created
