"""Remove a territory from several records: RecordOperations.remove_territories_from_multiple_records.

    python samples/record/remove_territories_from_multiple_records.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api.record import (ActionWrapper, APIException, BodyWrapper, Record,
                                                     RecordOperations, Territory)


class RemoveTerritoriesFromMultipleRecords(object):

    @staticmethod
    def remove_territories_from_multiple_records(module_api_name, record_ids, territory_id):
        """Take the territory `territory_id` off every record in `record_ids`."""
        record_operations = RecordOperations(module_api_name)
        request = BodyWrapper()
        records_list = []
        for record_id in record_ids:
            record = Record()
            record.set_id(record_id)
            territory = Territory()
            territory.set_id(territory_id)
            record.add_key_value("Territories", [territory])
            records_list.append(record)
        request.set_data(records_list)
        response = record_operations.remove_territories_from_multiple_records(request)
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
        territory_id = demo.create_territory()
        record_ids = demo.create_records("Leads", 2)
        demo.assign_territory("Leads", record_ids, territory_id)
        RemoveTerritoriesFromMultipleRecords.remove_territories_from_multiple_records("Leads", record_ids,
                                                                                     territory_id)
