"""Update one record by id: RecordOperations.update_record.

    python samples/record/update_record.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api import HeaderMap
from zohocrmsdk.src.com.zoho.crm.api.record import (ActionWrapper, APIException, BodyWrapper, Field, Record,
                                                     RecordOperations)
from zohocrmsdk.src.com.zoho.crm.api.util import Choice


class UpdateRecord(object):

    @staticmethod
    def update_record(module_api_name, record_id):
        """Change a few fields of the record `record_id` and print the outcome."""
        record_operations = RecordOperations(module_api_name)
        request = BodyWrapper()
        record = Record()
        record.add_field_value(Field.Leads.city(), "Chennai")
        record.add_field_value(Field.Leads.lead_status(), Choice("Contacted"))
        record.add_key_value("Custom_Note__c", "updated by the sample")
        request.set_data([record])
        request.set_trigger(["approval", "workflow", "blueprint"])
        response = record_operations.update_record(record_id, request, HeaderMap())
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
        UpdateRecord.update_record("Leads", demo.create_records("Leads")[0])
