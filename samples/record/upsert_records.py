"""Insert or update by duplicate-check fields: RecordOperations.upsert_records.

    python samples/record/upsert_records.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api import HeaderMap
from zohocrmsdk.src.com.zoho.crm.api.record import (ActionWrapper, APIException, BodyWrapper, Field, Record,
                                                     RecordOperations)


class UpsertRecords(object):

    @staticmethod
    def upsert_records(module_api_name, existing_email):
        """Upsert two leads keyed on Email: the first matches `existing_email`, the second is new."""
        record_operations = RecordOperations(module_api_name)
        request = BodyWrapper()
        records_list = []
        for email, last_name in ((existing_email, "Updated by upsert"),
                                 (_setup.Demo.unique("new") + "@example.com", "Inserted by upsert")):
            record = Record()
            record.add_field_value(Field.Leads.email(), email)
            record.add_field_value(Field.Leads.last_name(), last_name)
            record.add_field_value(Field.Leads.company(), "Zylker")
            records_list.append(record)
        request.set_data(records_list)
        request.set_duplicate_check_fields(["Email"])
        response = record_operations.upsert_records(request, HeaderMap())
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, ActionWrapper):
            _setup.print_action_wrapper(response_object)
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)


if __name__ == "__main__":
    with _setup.sdk() as demo:
        email = _setup.Demo.unique("existing") + "@example.com"
        demo.create_records("Leads", 1, Email=email)
        UpsertRecords.upsert_records("Leads", email)
