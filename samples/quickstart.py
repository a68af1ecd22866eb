"""Quickstart: the SDK against the embedded Zoho CRM emulator, no Zoho account needed.

    python samples/quickstart.py

Starts the emulator in this process, initialises the SDK with the grant-token flow and a
FileStore, creates leads, lists them, updates one, deletes one, lists deleted records and prints
a short report. Its token file and field cache live in a temporary directory that is removed on
exit. Swap ``emu.environment()`` for ``USDataCenter.PRODUCTION()`` and a real grant
token to run the same code against Zoho.
"""
import os
import tempfile

from zohocrmsdk.emulator.testing import Emulator
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.record import (APIException, BodyWrapper, Field, GetDeletedRecordsParam,
                                                     GetRecordsParam, Record, RecordOperations)
from zohocrmsdk.src.com.zoho.crm.api.util import Choice


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="zoho-quickstart-") as work, Emulator.running() as emu:
        print("Emulator running at", emu.base_url)
        code = emu.grant_code("1000.QUICKSTART", "quickstart-secret", "https://example.com/callback")
        token = OAuthToken(client_id="1000.QUICKSTART", client_secret="quickstart-secret", grant_token=code,
                           redirect_url="https://example.com/callback")
        Initializer.initialize(emu.environment(), token, store=FileStore(os.path.join(work, "tokens.txt")),
                               resource_path=work)
        leads = RecordOperations("Leads")

        body = BodyWrapper()
        people = [("Ada", "Lovelace", "Analytical Engines"), ("Grace", "Hopper", "COBOL Inc"),
                  ("Alan", "Turing", "Bletchley Park")]
        records = []
        for first, last, company in people:
            record = Record()
            record.add_field_value(Field.Leads.first_name(), first)
            record.add_field_value(Field.Leads.last_name(), last)
            record.add_field_value(Field.Leads.company(), company)
            record.add_field_value(Field.Leads.email(), "{}@example.com".format(first.lower()))
            records.append(record)
        body.set_data(records)
        created = leads.create_records(body).get_object().get_data()
        ids = [int(item.get_details()["id"]) for item in created]
        print("Created {} leads: {}".format(len(ids), ", ".join(item.get_status().get_value() for item in created)))

        params = ParameterMap()
        params.add(GetRecordsParam.fields, "First_Name,Last_Name,Company")
        listing = leads.get_records(params).get_object()
        print("Listed {} leads:".format(len(listing.get_data())))
        for record in listing.get_data():
            print("  {:>20}  {} {} ({})".format(record.get_id(), record.get_key_value("First_Name"),
                                                record.get_key_value("Last_Name"), record.get_key_value("Company")))

        change = Record()
        change.add_field_value(Field.Leads.lead_status(), Choice("Contacted"))
        update = BodyWrapper()
        update.set_data([change])
        outcome = leads.update_record(ids[0], update).get_object()
        if isinstance(outcome, APIException):
            print("Update failed:", outcome.get_message().get_value())
        else:
            print("Updated lead {}: {}".format(ids[0], outcome.get_data()[0].get_message().get_value()))

        removed = leads.delete_record(ids[1]).get_object().get_data()[0]
        print("Deleted lead {}: {}".format(ids[1], removed.get_status().get_value()))

        deleted_params = ParameterMap()
        deleted_params.add(GetDeletedRecordsParam.type, "recycle")
        deleted = leads.get_deleted_records(deleted_params).get_object()
        print("Deleted records in the recycle bin:")
        for entry in deleted.get_data():
            print("  {:>20}  {}  deleted {:%Y-%m-%d %H:%M} by {}".format(
                entry.get_id(), entry.get_display_name(), entry.get_deleted_time(), entry.get_deleted_by().get_name()))
        print("Done. The temporary token file and field cache are removed now.")


if __name__ == "__main__":
    main()
