"""COQL operators, ordering, limits and errors."""
from __future__ import annotations

import json

import pytest


@pytest.fixture
def data(client):
    acc = client.post("/crm/v6/Accounts", data=json.dumps({"data": [{"Account_Name": "Zylker"}]})).json()
    acc_id = acc["data"][0]["details"]["id"]
    leads = [{"Last_Name": "Boyle", "Company": "Zylker", "No_of_Employees": 10, "Email": "b@z.com"},
             {"Last_Name": "Burns", "Company": "Acme", "No_of_Employees": 50},
             {"Last_Name": "Smith", "Company": "Zylker Labs", "No_of_Employees": 5, "Email_Opt_Out": True},
             {"Last_Name": "Adams", "Company": None, "No_of_Employees": 100}]
    client.post("/crm/v6/Leads", data=json.dumps({"data": leads}))
    client.post("/crm/v6/Contacts", data=json.dumps({"data": [{"Last_Name": "C", "Account_Name": {"id": acc_id}}]}))
    return acc_id


def coql(client, query):
    return client.post("/crm/v6/coql", data=json.dumps({"select_query": query}))


def names(r):
    return [d["Last_Name"] for d in r.json()["data"]]


@pytest.mark.parametrize("where, expected", [
    ("Last_Name = 'Boyle'", ["Boyle"]),
    ("Last_Name != 'Boyle'", ["Adams", "Burns", "Smith"]),
    ("No_of_Employees > 10", ["Adams", "Burns"]),
    ("No_of_Employees < 10", ["Smith"]),
    ("No_of_Employees >= 10", ["Adams", "Boyle", "Burns"]),
    ("No_of_Employees <= 10", ["Boyle", "Smith"]),
    ("Company like 'Zyl%'", ["Boyle", "Smith"]),
    ("Company not like '%Labs'", ["Boyle", "Burns"]),
    ("Last_Name in ('Boyle', 'Smith')", ["Boyle", "Smith"]),
    ("Last_Name not in ('Boyle', 'Smith')", ["Adams", "Burns"]),
    ("Company is null", ["Adams"]),
    ("Company is not null", ["Boyle", "Burns", "Smith"]),
    ("No_of_Employees between 5 and 10", ["Boyle", "Smith"]),
    ("No_of_Employees not between 5 and 10", ["Adams", "Burns"]),
    ("(Company like 'Zyl%' and No_of_Employees > 5) or Last_Name = 'Adams'", ["Adams", "Boyle"]),
    ("((Company = 'Acme' or Company = 'Zylker') and (No_of_Employees < 20))", ["Boyle"]),
    ("Email_Opt_Out = true", ["Smith"]),
])
def test_operators(client, data, where, expected):
    r = coql(client, f"select Last_Name, Company from Leads where {where} order by Last_Name")
    assert r.status_code == 200, r.text
    assert names(r) == expected


def test_order_limit_offset_and_info(client, data):
    r = coql(client, "select Last_Name from Leads where Last_Name is not null order by No_of_Employees desc limit 2")
    assert names(r) == ["Adams", "Burns"] and r.json()["info"] == {"count": 2, "more_records": True}
    assert names(coql(client, "select Last_Name from Leads where Last_Name is not null order by Last_Name limit 1, 2")) == ["Boyle", "Burns"]
    assert names(coql(client, "select Last_Name from Leads where Last_Name is not null order by Last_Name limit 2 offset 2")) == ["Burns", "Smith"]
    r = coql(client, "select Last_Name from Leads where Last_Name is not null order by Last_Name limit 2 offset 2")
    assert r.json()["info"]["more_records"] is False
    assert set(r.json()["data"][0]) == {"Last_Name", "id"}


def test_lookups(client, data):
    r = coql(client, f"select Last_Name, Account_Name, Account_Name.Account_Name from Contacts where Account_Name = {data}")
    row = r.json()["data"][0]
    assert row["Account_Name"] == {"id": data} and row["Account_Name.Account_Name"] == "Zylker"
    r = coql(client, "select Last_Name from Contacts where Account_Name.Account_Name = 'Zylker'")
    assert names(r) == ["C"]


def test_errors(client, data):
    r = coql(client, "select from Leads")
    assert r.status_code == 400 and r.json()["code"] == "SYNTAX_ERROR" and r.json()["details"]["near"] == "from"
    assert coql(client, "select Last_Name Leads").json()["code"] == "SYNTAX_ERROR"
    assert coql(client, "select Last_Name from Leads where Last_Name ~ 'x'").json()["code"] == "SYNTAX_ERROR"
    assert coql(client, "select Nope from Leads where Last_Name is not null").json()["code"] == "INVALID_QUERY"
    assert coql(client, "select Last_Name from Unicorns where Last_Name is not null").json()["code"] == "INVALID_QUERY"
    assert coql(client, "select Last_Name from Leads where Last_Name is not null limit 5000").json()["code"] == "LIMIT_EXCEEDED"
    assert coql(client, "select Last_Name, Last_Name from Leads where Last_Name is not null").json()["code"] == "DUPLICATE_DATA"
    assert client.post("/crm/v6/coql", data="{}").json()["code"] == "REQUIRED_PARAM_MISSING"
    no_where = coql(client, "select Last_Name from Leads limit 5").json()
    assert no_where["code"] == "SYNTAX_ERROR" and no_where["details"]["near"] == "limit"
    chain = coql(client, "select id from Leads where Last_Name = 'a' or Last_Name = 'b' or Last_Name = 'c'").json()
    assert chain["code"] == "SYNTAX_ERROR" and chain["details"]["near"] == "or"
    assert coql(client, "select Last_Name from Leads where Last_Name = 'nobody'").status_code == 204
