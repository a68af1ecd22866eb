"""Generic record engine: CRUD, mixed results, pagination, deleted records, search, count."""
from __future__ import annotations

import json

import pytest


def create(client, module, items):
    return client.post(f"/crm/v6/{module}", data=json.dumps({"data": items}))


def make_leads(client, n, prefix="L"):
    ids = []
    for start in range(0, n, 100):
        batch = [{"Last_Name": f"{prefix}{i}", "Company": "Co", "Annual_Revenue": float(i)}
                 for i in range(start, min(n, start + 100))]
        r = create(client, "Leads", batch)
        assert r.status_code == 201
        ids += [d["details"]["id"] for d in r.json()["data"]]
    return ids


def test_create_get_update_delete(client):
    r = create(client, "Leads", [{"Last_Name": "Boyle", "First_Name": "Pat", "Email": "p@z.com",
                                  "No_of_Employees": 5}])
    assert r.status_code == 201
    item = r.json()["data"][0]
    assert item["code"] == "SUCCESS" and item["message"] == "record added" and item["status"] == "success"
    rid = item["details"]["id"]
    assert isinstance(rid, str) and len(rid) == 19
    got = client.get(f"/crm/v6/Leads/{rid}").json()["data"][0]
    assert got["Full_Name"] == "Pat Boyle" and got["Owner"]["email"] and got["id"] == rid
    # the SDK sends ids as JSON numbers: accept them
    r = client.put("/crm/v6/Leads", data=json.dumps({"data": [{"id": int(rid), "Company": "Zylker"}]}))
    assert r.status_code == 200 and r.json()["data"][0]["message"] == "record updated"
    r = client.put(f"/crm/v6/Leads/{rid}", data=json.dumps({"data": [{"Phone": "123"}]}))
    assert r.json()["data"][0]["details"]["id"] == rid
    got = client.get(f"/crm/v6/Leads/{rid}", params={"fields": "Company,Phone"}).json()["data"][0]
    assert got == {"Company": "Zylker", "Phone": "123", "id": rid}
    r = client.delete("/crm/v6/Leads", params={"ids": f"{rid},5725767000000999999"})
    assert r.status_code == 207
    assert r.json()["data"] == [
        {"code": "SUCCESS", "details": {"id": rid}, "message": "record deleted", "status": "success"},
        {"code": "INVALID_DATA", "details": {"id": "5725767000000999999"}, "message": "record not deleted",
         "status": "error"}]
    assert client.get(f"/crm/v6/Leads/{rid}").status_code == 204


def test_mixed_results_and_validation(client):
    items = [{"Last_Name": "Ok", "Email": "dup@x.com"},
             {"First_Name": "NoLast"},
             {"Last_Name": "Dup", "Email": "DUP@x.com"},
             {"Last_Name": "BadType", "No_of_Employees": "many"},
             {"Last_Name": "BadEmail", "Email": "not-an-email"},
             "not an object"]
    r = create(client, "Leads", items)
    assert r.status_code == 207
    codes = [d["code"] for d in r.json()["data"]]
    assert codes == ["SUCCESS", "MANDATORY_NOT_FOUND", "DUPLICATE_DATA", "INVALID_DATA", "INVALID_DATA", "INVALID_DATA"]
    assert r.json()["data"][1]["details"] == {"api_name": "Last_Name", "json_path": "$.data[1].Last_Name"}
    assert r.json()["data"][3]["details"]["expected_data_type"] == "integer"
    dup = r.json()["data"][2]["details"]["duplicate_record"]
    assert dup["id"] == r.json()["data"][0]["details"]["id"] and dup["module"]["api_name"] == "Leads"
    r = create(client, "Leads", [{"First_Name": "x"}])
    assert r.status_code == 400 and r.json()["data"][0]["code"] == "MANDATORY_NOT_FOUND"
    r = create(client, "Deals", [{"Deal_Name": "D", "Stage": "Qualification", "Account_Name": {"id": "1234"}}])
    assert r.json()["data"][0]["details"]["json_path"] == "$.data[0].Account_Name.id"


def test_request_level_errors(client):
    r = create(client, "Leads", [{"Last_Name": str(i)} for i in range(101)])
    assert r.status_code == 400 and r.json()["code"] == "LIMIT_EXCEEDED"
    r = client.post("/crm/v6/Leads", data=b"{not json")
    assert r.status_code == 400 and r.json()["code"] == "INVALID_DATA"
    r = client.post("/crm/v6/Leads", data=json.dumps({"rows": []}))
    assert r.json()["code"] == "MANDATORY_NOT_FOUND"
    r = client.get("/crm/v6/Unicorns", params={"fields": "x"})
    assert r.status_code == 400 and r.json()["code"] == "INVALID_MODULE"
    r = client.get("/crm/v6/Leads")
    assert r.status_code == 400 and r.json() == {"code": "REQUIRED_PARAM_MISSING", "details": {"param_name": "fields"},
                                                 "message": "One of the expected parameter is missing", "status": "error"}
    r = client.get("/crm/v6/Leads", params={"fields": ",".join(f"F{i}" for i in range(51))})
    assert r.json()["code"] == "LIMIT_EXCEEDED"
    r = client.delete("/crm/v6/Leads")
    assert r.json()["code"] == "REQUIRED_PARAM_MISSING"
    r = client.call("PATCH", "/crm/v6/Leads")
    assert r.status_code == 400 and r.json()["code"] == "INVALID_REQUEST_METHOD"
    r = client.get("/crm/v7/whatever")
    assert r.status_code == 404 and r.json()["code"] == "INVALID_URL_PATTERN"


def test_upsert(client):
    create(client, "Leads", [{"Last_Name": "One", "Email": "one@x.com"}])
    body = {"data": [{"Last_Name": "One+", "Email": "one@x.com"}, {"Last_Name": "Two", "Email": "two@x.com"}]}
    r = client.post("/crm/v6/Leads/upsert", data=json.dumps(body))
    first, second = r.json()["data"]
    assert (first["action"], first["duplicate_field"], first["message"]) == ("update", "Email", "record updated")
    assert (second["action"], second["duplicate_field"], second["message"]) == ("insert", None, "record added")
    body = {"data": [{"Last_Name": "Two", "Company": "C2"}], "duplicate_check_fields": ["Last_Name"]}
    r = client.post("/crm/v6/Leads/upsert", data=json.dumps(body))
    assert r.json()["data"][0]["duplicate_field"] == "Last_Name"


def test_pagination_page_then_page_token(client):
    make_leads(client, 2300)
    seen = []
    for page in range(1, 11):
        r = client.get("/crm/v6/Leads", params={"fields": "Last_Name", "page": page, "per_page": 200})
        info = r.json()["info"]
        assert info["count"] == 200 and info["page"] == page and info["more_records"] is True
        assert info["next_page_token"] and info["page_token_expiry"]
        seen += [d["id"] for d in r.json()["data"]]
    r = client.get("/crm/v6/Leads", params={"fields": "Last_Name", "page": 11, "per_page": 200})
    assert r.status_code == 400 and r.json()["code"] == "DISCRETE_PAGINATION_LIMIT_EXCEEDED"
    token = info["next_page_token"]
    r = client.get("/crm/v6/Leads", params={"fields": "Last_Name", "page_token": token, "per_page": 200})
    info = r.json()["info"]
    assert info["count"] == 200 and info["more_records"] is True and info["previous_page_token"]
    seen += [d["id"] for d in r.json()["data"]]
    r = client.get("/crm/v6/Leads", params={"fields": "Last_Name", "page_token": info["next_page_token"],
                                            "per_page": 200})
    info = r.json()["info"]
    assert info["count"] == 100 and info["more_records"] is False and info["next_page_token"] is None
    seen += [d["id"] for d in r.json()["data"]]
    assert len(seen) == len(set(seen)) == 2300 and seen == sorted(seen, reverse=True)
    # tokens are bound to the query and must not be mixed with page
    r = client.get("/crm/v6/Leads", params={"fields": "Email", "page_token": token})
    assert r.json()["code"] == "TOKEN_BOUND_DATA_MISMATCH"
    r = client.get("/crm/v6/Leads", params={"fields": "Last_Name", "page_token": token, "page": 2})
    assert r.json()["code"] == "AMBIGUITY_DURING_PROCESSING"
    r = client.get("/crm/v6/Leads", params={"fields": "Last_Name", "page_token": "garbage"})
    assert r.json()["code"] == "INVALID_DATA"


def test_sort_ids_and_empty(client):
    assert client.get("/crm/v6/Leads", params={"fields": "Last_Name"}).status_code == 204
    ids = make_leads(client, 5)
    r = client.get("/crm/v6/Leads", params={"fields": "Last_Name", "sort_order": "asc", "sort_by": "Created_Time"})
    assert [d["id"] for d in r.json()["data"]] == ids
    r = client.get("/crm/v6/Leads", params={"fields": "Last_Name", "ids": ",".join(ids[:2])})
    assert sorted(d["id"] for d in r.json()["data"]) == sorted(ids[:2])
    assert r.json()["info"]["sort_by"] == "id" and r.json()["info"]["sort_order"] == "desc"


def test_if_modified_since(client):
    ids = make_leads(client, 2)
    later = "2999-01-01T00:00:00+00:00"
    r = client.get("/crm/v6/Leads", params={"fields": "Last_Name"}, headers={"If-Modified-Since": later})
    assert r.status_code == 304 and r.content == b""
    r = client.get(f"/crm/v6/Leads/{ids[0]}", headers={"If-Modified-Since": "Fri, 01 Jan 2999 00:00:00 GMT"})
    assert r.status_code == 304
    r = client.get("/crm/v6/Leads", params={"fields": "Last_Name"},
                   headers={"If-Modified-Since": "2020-01-02T03:04:05+00:00"})
    assert r.status_code == 200 and r.json()["info"]["count"] == 2


def test_deleted_records(client):
    ids = make_leads(client, 3)
    client.delete("/crm/v6/Leads", params={"ids": ",".join(ids)})
    r = client.get("/crm/v6/Leads/deleted", params={"type": "recycle"})
    entries = r.json()["data"]
    assert len(entries) == 3 and r.json()["info"]["count"] == 3
    e = entries[0]
    assert set(e) == {"deleted_by", "deleted_time", "display_name", "id", "type", "created_by"}
    assert e["type"] == "recycle" and e["deleted_by"]["name"] == "Patricia Boyle" and e["display_name"]
    assert client.get("/crm/v6/Leads/deleted", params={"type": "permanent"}).status_code == 204
    client.post("/__emulator__/purge-recycle-bin", json={})
    r = client.get("/crm/v6/Leads/deleted", params={"type": "permanent", "per_page": 2})
    assert r.json()["info"]["more_records"] is True
    assert r.json()["data"][0]["display_name"] is None and r.json()["data"][0]["type"] == "permanent"
    assert client.get("/crm/v6/Leads/deleted", params={"type": "all"}).json()["info"]["count"] == 3
    assert client.get("/crm/v6/Leads/deleted", params={"type": "bogus"}).json()["code"] == "INVALID_DATA"


def test_search_and_count(client):
    create(client, "Leads", [{"Last_Name": "Burns, B", "First_Name": "Mike", "Email": "mb@x.com", "Phone": "+1 (555) 010-111"},
                             {"Last_Name": "Burns", "First_Name": "Anna", "No_of_Employees": 50},
                             {"Last_Name": "Smith", "First_Name": "Mo", "No_of_Employees": 10}])
    def search(**params):
        return client.get("/crm/v6/Leads/search", params=params)
    r = search(criteria="((Last_Name:equals:Burns\\, B)and(First_Name:starts_with:M))")
    assert [d["First_Name"] for d in r.json()["data"]] == ["Mike"]
    assert r.json()["info"]["count"] == 1 and r.json()["info"]["more_records"] is False
    r = search(criteria="(No_of_Employees:greater_than:20)or(First_Name:equals:Mo)")
    assert sorted(d["First_Name"] for d in r.json()["data"]) == ["Anna", "Mo"]
    r = search(criteria="(No_of_Employees:between:5,20)")
    assert [d["First_Name"] for d in r.json()["data"]] == ["Mo"]
    r = search(criteria="(Last_Name:in:Smith,Burns)")
    assert len(r.json()["data"]) == 2
    assert search(email="MB@x.com").json()["data"][0]["First_Name"] == "Mike"
    assert search(phone="555010111").json()["data"][0]["First_Name"] == "Mike"
    assert len(search(word="burns").json()["data"]) == 2
    assert search(word="zzz").status_code == 204
    assert search(criteria="(Last_Name:equals").json()["code"] == "INVALID_QUERY"
    assert search().json()["code"] == "EXPECTED_PARAM_MISSING"
    assert client.get("/crm/v6/Leads/actions/count").json() == {"count": 3}
    assert client.get("/crm/v6/Leads/actions/count", params={"criteria": "(Last_Name:starts_with:Burns)"}).json() == {"count": 2}


def test_mass_update_and_status(client):
    ids = make_leads(client, 3)
    body = {"data": [{"Lead_Status": "Contacted"}], "ids": ids[:2] + ["1"]}
    r = client.post("/crm/v6/Leads/actions/mass_update", data=json.dumps(body))
    assert r.status_code == 207 and [d["status"] for d in r.json()["data"]] == ["success", "success", "error"]
    r = client.post("/crm/v6/Leads/actions/mass_update", data=json.dumps({"data": [{"Rating": "Active"}], "cvid": "1"}))
    job = r.json()["data"][0]["details"]["job_id"]
    assert r.json()["data"][0]["message"] == "mass update scheduled successfully"
    status = client.get("/crm/v6/Leads/actions/mass_update", params={"job_id": job}).json()["data"][0]
    assert status == {"Status": "COMPLETED", "Total_Count": 3, "Updated_Count": 3, "Not_Updated_Count": 0,
                      "Failed_Count": 0}
    r = client.get("/crm/v6/Leads/actions/mass_update", params={"job_id": "42"})
    assert r.status_code == 404 and r.json()["code"] == "NOT_FOUND"


def test_convert_lead(client):
    r = create(client, "Leads", [{"Last_Name": "Daly", "First_Name": "Paul", "Company": "Zylker", "Email": "pd@z.com"}])
    lead = r.json()["data"][0]["details"]["id"]
    body = {"data": [{"Deals": {"Deal_Name": "test", "Stage": "Qualification", "Closing_Date": "2025-01-01"}}]}
    r = client.post(f"/crm/v6/Leads/{lead}/actions/convert", data=json.dumps(body))
    item = r.json()["data"][0]
    assert item["message"] == "The record has been converted successfully"
    assert item["details"]["Contacts"]["name"] == "Paul Daly" and item["details"]["Accounts"]["name"] == "Zylker"
    assert item["details"]["Deals"]["name"] == "test"
    r = client.post(f"/crm/v6/Leads/{lead}/actions/convert", data=json.dumps({"data": [{}]}))
    assert r.json()["code"] == "ID_ALREADY_CONVERTED"
    # converted leads are hidden by default
    assert client.get("/crm/v6/Leads", params={"fields": "Last_Name"}).status_code == 204
    r = client.get("/crm/v6/Leads", params={"fields": "Converted__s", "converted": "true"})
    assert r.json()["data"][0]["Converted__s"] is True


def test_photo_attachments_notes_tags(client):
    rid = create(client, "Contacts", [{"Last_Name": "P"}]).json()["data"][0]["details"]["id"]
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 20
    r = client.post(f"/crm/v6/Contacts/{rid}/photo", files=[("file", ("me.png", png))])
    assert r.json() == {"code": "SUCCESS", "details": {}, "message": "photo uploaded successfully", "status": "success"}
    r = client.get(f"/crm/v6/Contacts/{rid}/photo")
    assert r.content == png and r.headers["Content-Type"] == "image/png"
    assert r.headers["Content-Disposition"] == "attachment;filename*=UTF-8''me.png"
    assert client.delete(f"/crm/v6/Contacts/{rid}/photo").json()["message"] == "Photo deleted"
    r = client.post(f"/crm/v6/Contacts/{rid}/Attachments", files=[("file", ("a.txt", b"hello"))])
    att = r.json()["data"][0]["details"]["id"]
    assert r.json()["data"][0]["message"] == "attachment uploaded successfully"
    listing = client.get(f"/crm/v6/Contacts/{rid}/Attachments", params={"fields": "id,File_Name,Size"}).json()
    assert listing["data"][0]["File_Name"] == "a.txt" and listing["data"][0]["Size"] == "5"
    assert client.get(f"/crm/v6/Contacts/{rid}/Attachments/{att}").content == b"hello"
    assert client.delete(f"/crm/v6/Contacts/{rid}/Attachments/{att}").json()["data"][0]["message"] == "record deleted"
    note = {"Note_Title": "t", "Note_Content": "c",
            "Parent_Id": {"module": {"api_name": "Contacts"}, "id": rid}}
    assert create(client, "Notes", [note]).status_code == 201
    r = client.post(f"/crm/v6/Contacts/{rid}/Notes", data=json.dumps({"data": [{"Note_Content": "second"}]}))
    assert r.status_code == 201
    notes = client.get(f"/crm/v6/Contacts/{rid}/Notes", params={"fields": "Note_Content"}).json()["data"]
    assert sorted(n["Note_Content"] for n in notes) == ["c", "second"]
    r = client.post(f"/crm/v6/Contacts/{rid}/actions/add_tags", data=json.dumps({"tags": [{"name": "VIP"}]}))
    assert r.json()["data"][0]["details"]["tags"][0]["name"] == "VIP" and r.json()["success_count"] == "1"
    tags = client.get("/crm/v6/settings/tags", params={"module": "Contacts"}).json()["tags"]
    assert [t["name"] for t in tags] == ["VIP"]
    client.post("/crm/v6/Contacts/actions/remove_tags", data=json.dumps({"tags": [{"name": "vip"}], "ids": [rid]}))
    assert client.get(f"/crm/v6/Contacts/{rid}").json()["data"][0]["Tag"] == []


def test_related_records(client):
    acc = create(client, "Accounts", [{"Account_Name": "A"}]).json()["data"][0]["details"]["id"]
    create(client, "Contacts", [{"Last_Name": "C1", "Account_Name": {"id": acc}}, {"Last_Name": "C2"}])
    r = client.get(f"/crm/v6/Accounts/{acc}/Contacts", params={"fields": "Last_Name,Account_Name"})
    assert [d["Last_Name"] for d in r.json()["data"]] == ["C1"]
    assert r.json()["data"][0]["Account_Name"] == {"name": "A", "id": acc}
