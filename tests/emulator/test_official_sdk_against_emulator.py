"""The official SDK (in its own venv) speaks to our standalone emulator: proof the emulator speaks
Zoho's protocol, not just our dialect. Also the official README's CreateRecords flow in intercept mode."""
import os
import subprocess
import sys
import textwrap

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from tests.official_venv import official_python  # noqa: E402

SCRIPT = textwrap.dedent('''
    import sys, tempfile, os
    from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
    from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
    from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
    from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
    from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
    from zohocrmsdk.src.com.zoho.crm.api.record import *
    from zohocrmsdk.src.com.zoho.crm.api.coql import CoqlOperations, BodyWrapper as CoqlBody
    from zohocrmsdk.src.com.zoho.crm.api.util import Choice
    base, code = sys.argv[1], sys.argv[2]
    work = tempfile.mkdtemp()
    Initializer.initialize(DataCenter.Environment(base, base + "/oauth/v2/token", base),
                           OAuthToken(client_id="cid", client_secret="csec", grant_token=code, redirect_url="https://r"),
                           store=FileStore(os.path.join(work, "t.txt")), resource_path=work)
    ops = RecordOperations("Leads")
    body = BodyWrapper(); recs = []
    for name in ("Alpha", "Beta"):
        r = Record(); r.add_field_value(Field.Leads.last_name(), name); r.add_field_value(Field.Leads.company(), "Acme"); recs.append(r)
    body.set_data(recs)
    created = ops.create_records(body).get_object()
    assert isinstance(created, ActionWrapper), created
    ids = [int(x.get_details()["id"]) for x in created.get_data()]
    print("created", [x.get_status().get_value() for x in created.get_data()])
    got = ops.get_record(ids[0]).get_object()
    print("get", got.get_data()[0].get_key_value("Last_Name"))
    upd = Record(); upd.add_key_value("Company", "Globex"); ub = BodyWrapper(); ub.set_data([upd])
    print("update", ops.update_record(ids[0], ub).get_object().get_data()[0].get_status().get_value())
    lp = ParameterMap(); lp.add(GetRecordsParam.fields, "Last_Name,Company")  # v6 requires fields
    print("list", len(ops.get_records(lp).get_object().get_data()))
    pm = ParameterMap(); pm.add(SearchRecordsParam.criteria, "(Company:equals:Globex)")
    print("search", [r.get_id() == ids[0] for r in ops.search_records(pm).get_object().get_data()])
    print("delete", ops.delete_record(ids[1]).get_object().get_data()[0].get_status().get_value())
    deleted = ops.get_deleted_records().get_object()
    print("deleted", type(deleted).__name__, [d.get_display_name() for d in deleted.get_data()])
    q = CoqlBody(); q.set_select_query("select Last_Name, Company from Leads where Company = 'Globex' limit 10")
    rows = CoqlOperations().get_records(q).get_object()
    print("coql", type(rows).__name__, [r.get_key_value("Last_Name") for r in rows.get_data()])
''')


@pytest.mark.official
def test_official_sdk_runs_against_the_standalone_emulator(tmp_path):
    try:
        python = official_python()
    except RuntimeError as error:
        pytest.skip(str(error))
    server = subprocess.Popen([sys.executable, "-m", "zohocrmsdk.emulator", "--port", "0", "--quiet"],
                              stdout=subprocess.PIPE, text=True)
    try:
        base = server.stdout.readline().strip()
        import requests
        code = requests.post(base + "/__emulator__/grant-codes", json={"client_id": "cid", "client_secret": "csec",
                             "redirect_uri": "https://r"}, timeout=10).json()["code"]
        script = tmp_path / "official_client.py"
        script.write_text(SCRIPT)
        done = subprocess.run([str(python), str(script), base, code], capture_output=True, text=True, timeout=120,
                              cwd=str(tmp_path))
    finally:
        server.terminate()
        server.wait(10)
    assert done.returncode == 0, done.stderr[-3000:]
    out = done.stdout
    assert "created ['success', 'success']" in out
    assert "get Alpha" in out and "update success" in out and "list 2" in out
    assert "search [True]" in out and "delete success" in out
    assert "deleted DeletedRecordsWrapper ['Beta']" in out
    assert "coql ResponseWrapper ['Alpha']" in out
