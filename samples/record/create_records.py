"""Create records: RecordOperations.create_records.

    python samples/record/create_records.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api import HeaderMap
from zohocrmsdk.src.com.zoho.crm.api.record import (ActionWrapper, APIException, BodyWrapper, Field, Record,
                                                     RecordOperations)
from zohocrmsdk.src.com.zoho.crm.api.util import Choice


class CreateRecords(object):

    @staticmethod
    def create_records(module_api_name):
        """Create two leads in one request and print one result per record."""
        record_operations = RecordOperations(module_api_name)
        request = BodyWrapper()
        records_list = []
        for first_name, last_name in (("Ada", "Lovelace"), ("Grace", "Hopper")):
            record = Record()
            record.add_field_value(Field.Leads.first_name(), first_name)
            record.add_field_value(Field.Leads.last_name(), last_name)
            record.add_field_value(Field.Leads.company(), "Zylker")
            record.add_field_value(Field.Leads.email(), _setup.Demo.unique(first_name.lower()) + "@example.com")
            record.add_field_value(Field.Leads.annual_revenue(), 1231.1)
            record.add_field_value(Field.Leads.lead_source(), Choice("Cold Call"))
            record.add_key_value("Custom_Field__c", "custom value")
            records_list.append(record)
        request.set_data(records_list)
        request.set_trigger(["approval", "workflow", "blueprint"])
        response = record_operations.create_records(request, HeaderMap())
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, ActionWrapper):
            _setup.print_action_wrapper(response_object)
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)


if __name__ == "__main__":
    with _setup.sdk():
        CreateRecords.create_records("Leads")
