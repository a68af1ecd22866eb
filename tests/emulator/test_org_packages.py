"""Wire-level behaviour of the emulator for tags, currencies, territories, users' territories, user
groups, business hours, pipelines, backup, mass delete, mail merge and record sharing: state that
persists across calls, Zoho's status codes, and the error bodies for bad input.
"""
import io
import time
import zipfile

V6 = "/crm/v6"
SECOND_USER = "5725767000000411013"
DISABLED_USER = "5725767000000411025"
OWNER = "5725767000000411001"


def lead(client, **values):
    body = {"Last_Name": "Wire", "Company": "Zylker"}
    body.update(values)
    answer = client.post(V6 + "/Leads", json={"data": [body]})
    assert answer.status_code == 201, answer.text
    return answer.json()["data"][0]["details"]["id"]


def territory(client, name, parent=None):
    item = {"name": name}
    if parent:
        item["reporting_to"] = {"id": parent}
    answer = client.post(V6 + "/settings/territories", json={"territories": [item]})
    assert answer.status_code == 201, answer.text
    return answer.json()["territories"][0]["details"]["id"]


def test_tags_validate_rename_and_follow_records(client):
    assert client.get(V6 + "/settings/tags").json()["code"] == "REQUIRED_PARAM_MISSING"
    made = client.post(V6 + "/settings/tags?module=Leads", json={"tags": [{"name": "VIP", "color_code": "#F17574"}]})
    assert made.status_code == 201
    tag_id = made.json()["tags"][0]["details"]["id"]
    clash = client.post(V6 + "/settings/tags?module=Leads", json={"tags": [{"name": "vip"}, {"name": "a,b"},
                                                                           {"name": "ok", "color_code": "#000000"}]})
    assert clash.status_code == 400
    assert [t["code"] for t in clash.json()["tags"]] == ["DUPLICATE_DATA", "INVALID_DATA", "INVALID_DATA"]
    record = lead(client)
    tagged = client.post(V6 + "/Leads/" + record + "/actions/add_tags", json={"tags": [{"name": "VIP"}]})
    assert tagged.json()["data"][0]["details"]["tags"][0]["id"] == tag_id
    renamed = client.put(V6 + "/settings/tags/" + tag_id + "?module=Leads", json={"tags": [{"name": "Gold"}]})
    assert renamed.status_code == 200
    assert client.get(V6 + "/Leads/" + record).json()["data"][0]["Tag"][0]["name"] == "Gold"
    count = client.get(V6 + "/settings/tags/" + tag_id + "/actions/records_count?module=Leads")
    assert count.json() == {"count": "1"}
    assert client.delete(V6 + "/settings/tags").json()["code"] == "INVALID_REQUEST_METHOD"
    assert client.delete(V6 + "/settings/tags/" + tag_id).json()["tags"][0]["message"] == "tags deleted successfully"
    assert client.get(V6 + "/Leads/" + record).json()["data"][0]["Tag"] == []
    assert client.delete(V6 + "/settings/tags/" + tag_id).json()["code"] == "INVALID_DATA"


def test_currencies_need_multi_currency_first(client):
    before = client.get(V6 + "/org/currencies")
    assert before.status_code == 403 and before.json()["code"] == "CURRENCIES_NOT_ENABLED"
    enabled = client.post(V6 + "/org/currencies/actions/enable", json={"base_currency": {"iso_code": "USD"}})
    assert enabled.status_code == 200 and enabled.json()["base_currency"]["status"] == "success"
    again = client.post(V6 + "/org/currencies/actions/enable", json={"base_currency": {"iso_code": "EUR"}})
    assert again.status_code == 400 and again.json()["base_currency"]["code"] == "ALREADY_ENABLED"
    added = client.post(V6 + "/org/currencies", json={"currencies": [
        {"iso_code": "EUR", "exchange_rate": "0.9"}, {"iso_code": "USD", "exchange_rate": "1"}, {"iso_code": "GBP"}]})
    assert added.status_code == 207
    assert [c["code"] for c in added.json()["currencies"]] == ["SUCCESS", "DUPLICATE_DATA", "MANDATORY_NOT_FOUND"]
    listed = client.get(V6 + "/org/currencies").json()["currencies"]
    assert [(c["iso_code"], c["is_base"], c["exchange_rate"]) for c in listed] == [
        ("USD", True, "1.000000000"), ("EUR", False, "0.900000000")]
    base_id = listed[0]["id"]
    refused = client.put(V6 + "/org/currencies/" + base_id, json={"currencies": [{"is_active": False}]})
    assert refused.json()["currencies"][0]["code"] == "NOT_ALLOWED"


def test_territories_hierarchy_and_deletion(client):
    root = territory(client, "Root")
    child = territory(client, "Child", root)
    grandchild = territory(client, "Grandchild", child)
    dup = client.post(V6 + "/settings/territories", json={"territories": [{"name": "root"}]})
    assert dup.status_code == 400 and dup.json()["territories"][0]["code"] == "DUPLICATE_DATA"
    loop = client.put(V6 + "/settings/territories/" + root, json={"territories": [{"reporting_to": {"id": grandchild}}]})
    assert loop.json()["territories"][0]["code"] == "INVALID_DATA"
    children = client.get(V6 + "/settings/territories/" + root + "/__child_territories").json()["territories"]
    assert [t["name"] for t in children] == ["Child", "Grandchild"]
    assert client.delete(V6 + "/settings/territories/" + child).status_code == 200
    moved = client.get(V6 + "/settings/territories/" + grandchild).json()["territories"][0]
    assert moved["reporting_to"] == {"name": "Root", "id": root}
    assert client.get(V6 + "/settings/territories/" + child).json()["code"] == "INVALID_DATA"


def test_user_territories_transfer_moves_owned_records(client):
    north = territory(client, "North")
    user_path = V6 + "/users/" + OWNER + "/territories"
    assert client.get(user_path).status_code == 204
    assert client.put(user_path, json={"territories": [{"id": north}]}).status_code == 200
    again = client.put(user_path, json={"territories": [{"id": north}]})
    assert again.json()["territories"][0]["code"] == "DUPLICATE_DATA"
    record = lead(client)
    client.post(V6 + "/Leads/actions/assign_territories", json={"data": [{"id": record, "Territories": [{"id": north}]}]})
    check = client.get(user_path + "/" + north + "/actions/validate_before_transfer").json()
    assert check == {"validate_before_transfer": [{"records": True, "id": north, "Name": "North"}]}
    disabled = client.put(user_path + "/" + north + "/actions/transfer_and_delink",
                          json={"transfer_and_delink": [{"transfer_to_user": {"id": DISABLED_USER}}]})
    assert disabled.json()["transfer_and_delink"][0]["code"] == "INVALID_DATA"
    done = client.put(user_path + "/" + north + "/actions/transfer_and_delink",
                      json={"transfer_and_delink": [{"transfer_to_user": {"id": SECOND_USER}}]})
    assert done.status_code == 200
    assert client.get(V6 + "/Leads/" + record).json()["data"][0]["Owner"]["id"] == SECOND_USER
    assert client.get(user_path).status_code == 204
    assert client.get(V6 + "/users/123/territories").json()["code"] == "INVALID_DATA"


def test_user_groups_members_and_counts(client):
    created = client.post(V6 + "/settings/user_groups", json={"user_groups": [
        {"name": "Everyone", "sources": [{"type": "users", "source": {"id": OWNER}},
                                         {"type": "users", "source": {"id": DISABLED_USER}},
                                         {"type": "roles", "source": {"id": "5725767000000026008"}}]},
        {"name": "Nobody", "sources": []},
        {"name": "Ghosts", "sources": [{"type": "users", "source": {"id": "42"}}]}]})
    assert created.status_code == 207
    assert [g["code"] for g in created.json()["user_groups"]] == ["SUCCESS", "MANDATORY_NOT_FOUND", "INVALID_DATA"]
    group = created.json()["user_groups"][0]["details"]["id"]
    counts = client.get(V6 + "/settings/user_groups/" + group + "/actions/sources_count").json()
    assert counts == {"sources_count": [{"territories": 0, "roles": 1, "groups": 0,
                                         "users": {"inactive": 1, "deleted": 0, "active": 1}}]}
    users = client.get(V6 + "/settings/user_groups/actions/associated_users_count").json()
    assert users["associated_users_count"][0]["count"] == 3  # owner + the two managers
    removed = client.put(V6 + "/settings/user_groups/" + group, json={"user_groups": [
        {"sources": [{"type": "users", "source": {"id": DISABLED_USER}, "_delete": True}]}]})
    assert removed.status_code == 200
    sources = client.get(V6 + "/settings/user_groups/" + group + "/sources?type=users").json()["sources"]
    assert [s["source"]["id"] for s in sources] == [OWNER]
    assert client.get(V6 + "/settings/user_groups/" + group + "/actions/associations").status_code == 204
    assert client.delete(V6 + "/settings/user_groups/" + group).json()["user_groups"][0]["message"] == "Group deleted"
    assert client.get(V6 + "/settings/user_groups").status_code == 204


def test_business_hours_rules(client):
    path = V6 + "/settings/business_hours"
    assert client.get(path).status_code == 204
    missing = client.post(path, json={"business_hours": {"week_starts_on": "Monday"}})
    assert missing.status_code == 400
    assert missing.json()["business_hours"]["details"] == {"api_name": "type", "json_path": "$.business_hours.type"}
    short = client.post(path, json={"business_hours": {"type": "24_by_5", "week_starts_on": "Monday",
                                                       "business_days": ["Monday"]}})
    assert short.json()["business_hours"]["code"] == "INVALID_DATA"
    ok = client.post(path, json={"business_hours": {"type": "24_by_7", "week_starts_on": "Sunday"}})
    assert ok.status_code == 200 and ok.json()["business_hours"]["message"] == "Business Hours saved successfully"
    stored = client.get(path).json()["business_hours"]
    assert stored["type"] == "24_by_7" and len(stored["business_days"]) == 7
    backwards = client.put(path, json={"business_hours": {"type": "custom", "same_as_everyday": True,
                                                          "business_days": ["Monday"], "daily_timing": ["18:00", "09:00"]}})
    assert backwards.json()["business_hours"]["details"]["api_name"] == "daily_timing"


def test_pipeline_needs_the_deals_layout_and_protects_the_default(client):
    path = V6 + "/settings/pipeline"
    assert client.get(path).json()["code"] == "REQUIRED_PARAM_MISSING"
    assert client.get(path + "?layout_id=1").json()["code"] == "INVALID_DATA"
    layout = client.get(V6 + "/settings/layouts?module=Deals").json()["layouts"][0]["id"]
    standard = client.get(path + "?layout_id=" + layout).json()["pipeline"][0]
    assert standard["default"] is True and standard["maps"][0]["display_value"] == "Qualification"
    refused = client.call("PATCH", path + "/" + standard["id"] + "?layout_id=" + layout,
                          json={"pipeline": [{"_delete": {"permanent": True}}]})
    assert refused.status_code == 400 and refused.json()["pipeline"][0]["code"] == "NOT_ALLOWED"
    bad_stage = client.post(path + "?layout_id=" + layout, json={"pipeline": [
        {"display_value": "X", "maps": [{"id": "1", "sequence_number": 1}]}]})
    assert bad_stage.json()["pipeline"][0]["code"] == "INVALID_DATA"


def test_backup_lifecycle_and_download(client):
    path = "/crm/bulk/v6/backup"
    assert client.get(path).status_code == 204 and client.get(path + "/urls").status_code == 204
    lead(client)
    made = client.post(path, json={"backup": {}})
    assert made.status_code == 201
    backup_id = made.json()["backup"]["details"]["id"]
    twice = client.post(path, json={"backup": {}})
    assert twice.status_code == 400 and twice.json()["backup"]["code"] == "BACKUP_ALREADY_SCHEDULED"
    deadline = time.time() + 10
    while client.get(path + "/urls").status_code == 204 and time.time() < deadline:
        time.sleep(0.1)
    link = client.get(path + "/urls").json()["urls"]["data_links"][0]
    assert link.startswith(client.base + "/v2/crm/")
    archive = zipfile.ZipFile(io.BytesIO(client.session.get(link, headers=client.headers()).content))
    rows = archive.read("Leads_001.csv").decode().splitlines()
    assert len(rows) == 2 and rows[0].startswith("Company,") and ",Wire," in rows[1]
    assert client.get(path).json()["backup"]["status"] == "COMPLETED"  # one-off backups finish
    late = client.put(path + "/" + backup_id + "/actions/cancel")
    assert late.status_code == 400 and late.json()["backup"]["code"] == "INPROGRESS"
    assert client.put(path + "/1/actions/cancel").status_code == 404
    assert client.session.get(link).status_code == 401  # downloads need the token too


def test_mass_delete_ids_and_views(client, emu):
    ids = [lead(client) for _ in range(3)]
    path = V6 + "/Leads/actions/mass_delete"
    assert client.post(path, json={}).json()["code"] == "MANDATORY_NOT_FOUND"
    mixed = client.post(path, json={"ids": [ids[0], "999"]})
    assert mixed.status_code == 207
    assert [r["status"] for r in mixed.json()["data"]] == ["success", "error"]
    assert client.post(path, json={"cvid": "1"}).json()["code"] == "INVALID_DATA"
    from zohocrmsdk.emulator.record_services import default_view_id
    cvid = default_view_id(emu.app, "Leads")
    scheduled = client.post(path, json={"cvid": cvid})
    assert scheduled.status_code == 202
    job = scheduled.json()["data"][0]["details"]["job_id"]
    assert client.post(path, json={"cvid": cvid}).json()["code"] == "ALREADY_SCHEDULED"
    status = client.get(path + "?job_id=" + job).json()["data"][0]
    assert status["Status"] == "RUNNING" and status["Total_Count"] == 2
    time.sleep(0.3)
    assert client.get(path + "?job_id=" + job).json()["data"][0] == {
        "Status": "COMPLETED", "Total_Count": 2, "Deleted_Count": 2, "Failed_Count": 0}
    assert client.get(V6 + "/Leads/actions/count").json()["count"] == 0
    deleted = client.get(V6 + "/Leads/deleted?type=recycle").json()["data"]
    assert sorted(d["id"] for d in deleted) == sorted(ids)


def test_mail_merge_and_sharing(client):
    record = lead(client)
    merge = V6 + "/Leads/" + record + "/actions/"
    no_to = client.post(merge + "send_mail_merge", json={"send_mail_merge": [
        {"mail_merge_template": {"name": "T"}, "from_address": {"type": "email", "value": "a@b.c"}}]})
    assert no_to.status_code == 400 and no_to.json()["send_mail_merge"][0]["code"] == "MANDATORY_NOT_FOUND"
    doc = client.post(merge + "download_mail_merge", json={"download_mail_merge": [
        {"mail_merge_template": {"name": "T"}, "output_format": "docx", "file_name": "out"}]})
    assert doc.status_code == 200 and doc.content[:2] == b"PK" and "out.docx" in doc.headers["Content-Disposition"]
    assert client.post(V6 + "/Leads/999/actions/sign_mail_merge", json={"sign_mail_merge": [{}]}).json()["code"] == "INVALID_DATA"
    share = merge + "share"
    to_owner = client.post(share, json={"share": [{"shared_with": {"id": OWNER, "type": "users"}, "permission": "read_only"}]})
    assert to_owner.json()["share"][0]["code"] == "INVALID_DATA"
    body = {"share": [{"shared_with": {"id": SECOND_USER, "type": "users"}, "permission": "full_access"}]}
    assert client.post(share, json=body).status_code == 200
    assert client.post(share, json=body).json()["share"][0]["code"] == "ALREADY_SHARED"
    assert client.get(share).json()["share"][0]["permission"] == "full_access"
    revoked = client.delete(share).json()
    assert revoked == {"share": {"code": "SUCCESS", "details": {"id": record}, "message": "Sharing Revoked",
                                 "status": "success"}}
    assert client.put(share, json=body).json()["share"][0]["code"] == "INVALID_DATA"
