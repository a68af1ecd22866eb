"""Talk to the local Zoho CRM emulator with plain `requests`, two ways.

    python samples/emulator/quickstart_requests.py

1. A real local server (`Emulator.running()`), as you would use from any language.
2. Intercept mode: code written against https://www.zohoapis.com runs offline unchanged.
"""
from __future__ import annotations

import requests

from zohocrmsdk.emulator import Emulator, intercept


def server_mode() -> None:
    with Emulator.running(seed=True) as emu:
        code = emu.grant_code("1000.DEMO", "demo-secret", "https://example.com/callback")
        tokens = requests.post(emu.token_url, data={
            "grant_type": "authorization_code", "client_id": "1000.DEMO", "client_secret": "demo-secret",
            "redirect_uri": "https://example.com/callback", "code": code}).json()
        headers = {"Authorization": "Zoho-oauthtoken " + tokens["access_token"]}
        leads = requests.get(emu.base_url + "/crm/v6/Leads", params={"fields": "Last_Name,Company"},
                             headers=headers).json()
        print("server mode:", [lead["Last_Name"] for lead in leads["data"]])


def intercept_mode() -> None:
    with intercept() as zoho:
        token = zoho.mint_tokens()["access_token"]
        headers = {"Authorization": "Zoho-oauthtoken " + token}
        requests.post("https://www.zohoapis.com/crm/v6/Contacts", json={"data": [{"Last_Name": "Offline"}]},
                      headers=headers)
        rows = requests.post("https://www.zohoapis.com/crm/v6/coql", headers=headers,
                             json={"select_query": "select Last_Name from Contacts where Last_Name is not null"}).json()
        print("intercept mode:", rows["data"])


if __name__ == "__main__":
    server_mode()
    intercept_mode()
