"""Metadata shapes the SDK relies on (§4): modules, fields, layouts, related lists, users, org."""
from __future__ import annotations

STANDARD = ["Leads", "Contacts", "Accounts", "Deals", "Tasks", "Events", "Calls", "Products", "Quotes",
            "Sales_Orders", "Purchase_Orders", "Invoices", "Vendors", "Price_Books", "Cases", "Solutions",
            "Campaigns", "Notes"]


def test_modules(client):
    modules = client.get("/crm/v6/settings/modules").json()["modules"]
    by_name = {m["api_name"]: m for m in modules}
    for name in STANDARD:
        assert by_name[name]["api_supported"] is True and by_name[name]["generated_type"] == "default"
    assert by_name["Home"]["api_supported"] is False
    one = client.get("/crm/v6/settings/modules/leads").json()["modules"][0]
    assert one["api_name"] == "Leads" and one["fields"] and one["related_lists"]
    r = client.get("/crm/v6/settings/modules", headers={"If-Modified-Since": "2030-01-01T00:00:00+00:00"})
    assert r.status_code == 304


def test_fields_for_every_referenced_module(client):
    pending, seen = list(STANDARD), set()
    while pending:
        module = pending.pop()
        if module in seen:
            continue
        seen.add(module)
        r = client.get("/crm/v6/settings/fields", params={"module": module})
        assert r.status_code == 200, module
        for f in r.json()["fields"]:
            assert {"api_name", "data_type", "json_type", "system_mandatory", "custom_field", "id"} <= set(f)
            if f["data_type"] == "lookup":
                pending.append(f["lookup"]["module"]["api_name"])
            if f["data_type"] == "subform":
                pending.append(f["associated_module"]["module"])
    assert "Quoted_Items" in seen and "Vendors" in seen
    fields = {f["api_name"]: f for f in client.get("/crm/v6/settings/fields", params={"module": "Leads"}).json()["fields"]}
    assert fields["Last_Name"]["system_mandatory"] is True
    assert fields["Lead_Source"]["pick_list_values"][0]["display_value"] == "-None-"
    assert {"display_value", "actual_value"} <= set(fields["Lead_Source"]["pick_list_values"][1])
    deals = {f["api_name"]: f for f in client.get("/crm/v6/settings/fields", params={"module": "Deals"}).json()["fields"]}
    assert deals["Account_Name"]["lookup"]["module"]["api_name"] == "Accounts"
    assert client.get("/crm/v6/settings/fields").json()["code"] == "REQUIRED_PARAM_MISSING"
    assert client.get("/crm/v6/settings/fields", params={"module": "Nope"}).json()["code"] == "INVALID_MODULE"


def test_layouts_and_related_lists(client):
    layout = client.get("/crm/v6/settings/layouts", params={"module": "Contacts"}).json()["layouts"][0]
    assert layout["name"] == "Standard" and layout["sections"][0]["fields"]
    lists = client.get("/crm/v6/settings/related_lists", params={"module": "Accounts"}).json()["related_lists"]
    notes = next(r for r in lists if r["api_name"] == "Notes")
    assert notes["module"]["api_name"] == "Notes" and notes["href"] == "Accounts/{ENTITYID}/Notes"


def test_users_and_org(client):
    users = client.get("/crm/v6/users", params={"type": "CurrentUser"}).json()
    assert len(users["users"]) == 1 and users["users"][0]["email"] == "patricia.boyle@zylker.com"
    assert users["info"]["count"] == 1
    all_users = client.get("/crm/v6/users", params={"type": "AllUsers"}).json()["users"]
    assert len(all_users) == 3 and all(u["full_name"] for u in all_users)
    assert len(client.get("/crm/v6/users", params={"type": "ActiveUsers"}).json()["users"]) == 2
    uid = all_users[1]["id"]
    assert client.get(f"/crm/v6/users/{uid}").json()["users"][0]["id"] == uid
    org = client.get("/crm/v6/org").json()["org"][0]
    assert isinstance(org["zgid"], str) and org["id"] and org["company_name"]


def test_generic_settings_store(client):
    r = client.post("/crm/v6/settings/custom_views", json={"custom_views": [{"name": "Mine"}, {"name": "Yours"}]})
    assert r.status_code == 201
    ids = [e["details"]["id"] for e in r.json()["custom_views"]]
    assert r.json()["custom_views"][0]["status"] == "success"
    r = client.put(f"/crm/v6/settings/custom_views/{ids[0]}", json={"custom_views": [{"name": "Renamed"}]})
    assert r.json()["custom_views"][0]["code"] == "SUCCESS"
    got = client.get("/crm/v6/settings/custom_views").json()["custom_views"]
    assert [g["name"] for g in got] == ["Renamed", "Yours"]
    assert client.delete(f"/crm/v6/settings/custom_views/{ids[1]}").json()["custom_views"][0]["status"] == "success"
    assert client.get(f"/crm/v6/settings/custom_views/{ids[0]}").json()["custom_views"][0]["name"] == "Renamed"
    assert client.get("/crm/v6/settings/nothing_here").status_code == 204
