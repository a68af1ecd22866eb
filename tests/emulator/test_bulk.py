"""Bulk read and bulk write jobs."""
from __future__ import annotations

import io
import json
import time
import zipfile


def wait_completed(client, path, key):
    deadline = time.time() + 10
    while time.time() < deadline:
        body = client.get(path).json()
        state = key(body)
        if state == "COMPLETED":
            return body
        time.sleep(0.05)
    raise AssertionError("job never completed")


def unzip(content):
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        (name,) = archive.namelist()
        return archive.read(name).decode()


def test_bulk_read(client):
    client.post("/crm/v6/Leads", data=json.dumps({"data": [{"Last_Name": f"N{i}", "No_of_Employees": i} for i in range(5)]}))
    body = {"query": {"module": {"api_name": "Leads"}, "fields": ["Last_Name", "No_of_Employees"],
                      "criteria": {"group_operator": "or", "group": [
                          {"field": {"api_name": "No_of_Employees"}, "comparator": "greater_than", "value": "2"},
                          {"field": {"api_name": "Last_Name"}, "comparator": "equal", "value": "N0"}]}}}
    r = client.post("/crm/bulk/v6/read", json=body)
    assert r.status_code == 201
    created = r.json()["data"][0]
    assert (created["code"], created["message"], created["details"]["state"]) == ("ADDED_SUCCESSFULLY", "Added successfully.", "ADDED")
    job = created["details"]["id"]
    status = wait_completed(client, f"/crm/bulk/v6/read/{job}", lambda b: b["data"][0]["state"])
    result = status["data"][0]["result"]
    assert result["count"] == 3 and result["download_url"] == f"/crm/bulk/v6/read/{job}/result"
    r = client.get(f"/crm/bulk/v6/read/{job}/result")
    assert r.headers["Content-Type"] == "application/zip" and "attachment" in r.headers["Content-Disposition"]
    lines = unzip(r.content).splitlines()
    assert lines[0] == "id,Last_Name,No_of_Employees" and len(lines) == 4
    assert client.get("/crm/bulk/v6/read/123").status_code == 404


def make_zip(text):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("leads.csv", text)
    return buf.getvalue()


def test_bulk_write_insert_then_update(client, emu):
    headers = {"X-CRM-ORG": "808232144", "feature": "bulk-write"}
    r = client.post("/crm/v6/upload", files=[("file", ("leads.zip", make_zip("Last_Name,Email,Employees\nA,a@x.com,3\nB,b@x.com,4\n,c@x.com,5\n")))],
                    headers=headers)
    assert r.json()["code"] == "FILE_UPLOAD_SUCCESS", r.text
    file_id = r.json()["details"]["file_id"]
    job = {"operation": "insert", "resource": [{"type": "data", "module": {"api_name": "Leads"}, "file_id": file_id,
                                                "field_mappings": [{"api_name": "Last_Name", "index": 0},
                                                                   {"api_name": "Email", "index": 1},
                                                                   {"api_name": "No_of_Employees", "index": 2}]}]}
    r = client.post("/crm/bulk/v6/write", json=job)
    assert r.status_code == 201 and r.json()["code"] == "SUCCESS"
    job_id = r.json()["details"]["id"]
    status = wait_completed(client, f"/crm/bulk/v6/write/{job_id}", lambda b: b["status"])
    file = status["resource"][0]["file"]
    assert (file["added_count"], file["skipped_count"], file["total_count"]) == (2, 1, 3)
    url = status["result"]["download_url"]
    assert url.startswith("http")
    result = unzip(client.session.get(url, headers=client.headers(), timeout=10).content).splitlines()
    assert result[0] == "Last_Name,Email,No_of_Employees,STATUS,RECORD_ID,ERRORS"
    assert result[1].startswith("A,a@x.com,3,ADDED,") and "MANDATORY_NOT_FOUND-Last_Name" in result[3]
    # update by email
    r = client.post("/crm/v6/upload", files=[("file", ("u.zip", make_zip("Email,Company\na@x.com,NewCo\n")))], headers=headers)
    job = {"operation": "update", "resource": [{"type": "data", "module": {"api_name": "Leads"}, "find_by": "Email",
                                                "file_id": r.json()["details"]["file_id"],
                                                "field_mappings": [{"api_name": "Email", "index": 0},
                                                                   {"api_name": "Company", "index": 1}]}]}
    job_id = client.post("/crm/bulk/v6/write", json=job).json()["details"]["id"]
    status = wait_completed(client, f"/crm/bulk/v6/write/{job_id}", lambda b: b["status"])
    assert status["resource"][0]["file"]["updated_count"] == 1
    r = client.post("/crm/v6/coql", json={"select_query": "select Company from Leads where Email = 'a@x.com'"})
    assert r.json()["data"][0]["Company"] == "NewCo"


def test_bulk_errors(client):
    r = client.post("/crm/v6/upload", files=[("file", ("x.zip", b"not a zip"))], headers={"X-CRM-ORG": "808232144"})
    assert r.json()["code"] == "INVALID_FILE_FORMAT"
    r = client.post("/crm/v6/upload", files=[("file", ("x.zip", make_zip("a\n")))])
    assert r.status_code == 400 and "x-error" in r.json()
    r = client.post("/crm/bulk/v6/write", json={"operation": "insert", "resource": [
        {"type": "data", "module": {"api_name": "Leads"}, "file_id": "42"}]})
    assert r.json()["code"] == "INVALID_FILE_ID"
    r = client.post("/crm/bulk/v6/read", json={"query": {"module": {"api_name": "Nope"}}})
    assert r.status_code == 400
