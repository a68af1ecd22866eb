"""Update one field on many records at once: RecordOperations.mass_update_records.

    python samples/record/mass_update_records.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api.record import (APIException, Field, MassUpdateActionWrapper,
                                                     MassUpdateBodyWrapper, MassUpdateSuccessResponse, Record,
                                                     RecordOperations)


class MassUpdateRecords(object):

    @staticmethod
    def mass_update_records(module_api_name, record_ids):
        """Set City on every record in `record_ids`; print the per-record results."""
        record_operations = RecordOperations(module_api_name)
        request = MassUpdateBodyWrapper()
        record = Record()
        record.add_field_value(Field.Leads.city(), "Mass Updated City")
        request.set_data([record])
        request.set_ids([str(record_id) for record_id in record_ids])
        request.set_over_write(True)
        response = record_operations.mass_update_records(request)
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, MassUpdateActionWrapper):
            for action_response in response_object.get_data():
                if isinstance(action_response, (MassUpdateSuccessResponse, APIException)):
                    _setup.print_status(action_response)
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)


if __name__ == "__main__":
    with _setup.sdk() as demo:
        MassUpdateRecords.mass_update_records("Leads", demo.create_records("Leads", 3))
