"""Update several records in one request: RecordOperations.update_records.

    python samples/record/update_records.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api import HeaderMap
from zohocrmsdk.src.com.zoho.crm.api.record import (ActionWrapper, APIException, BodyWrapper, Field, Record,
                                                     RecordOperations)


class UpdateRecords(object):

    @staticmethod
    def update_records(module_api_name, record_ids):
        """Give each record in `record_ids` a new City and print one result per record."""
        record_operations = RecordOperations(module_api_name)
        request = BodyWrapper()
        records_list = []
        for record_id in record_ids:
            record = Record()
            record.set_id(record_id)
            record.add_field_value(Field.Leads.city(), "City of " + str(record_id))
            records_list.append(record)
        request.set_data(records_list)
        response = record_operations.update_records(request, HeaderMap())
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
        UpdateRecords.update_records("Leads", demo.create_records("Leads", 2))
