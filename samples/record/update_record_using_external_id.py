"""Update a record found by an external-id value: RecordOperations.update_record_using_external_id.

    python samples/record/update_record_using_external_id.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api import HeaderMap
from zohocrmsdk.src.com.zoho.crm.api.record import (ActionWrapper, APIException, BodyWrapper, Field, Record,
                                                     RecordOperations, UpdateRecordUsingExternalIDHeader)


class UpdateRecordUsingExternalID(object):

    @staticmethod
    def update_record_using_external_id(module_api_name, external_field, external_field_value):
        """Change City on the record whose `external_field` equals `external_field_value`."""
        record_operations = RecordOperations(module_api_name)
        request = BodyWrapper()
        record = Record()
        record.add_field_value(Field.Leads.city(), "Updated through the external id")
        request.set_data([record])
        header_instance = HeaderMap()
        header_instance.add(UpdateRecordUsingExternalIDHeader.x_external, module_api_name + "." + external_field)
        response = record_operations.update_record_using_external_id(external_field_value, request, header_instance)
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
        external_value = _setup.Demo.unique("ext")
        demo.create_records("Leads", 1, External_Lead_ID=external_value)
        UpdateRecordUsingExternalID.update_record_using_external_id("Leads", "External_Lead_ID", external_value)
