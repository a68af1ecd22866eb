"""Remove a territory from one record: RecordOperations.remove_territories_from_record.

    python samples/record/remove_territories_from_record.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api.record import (ActionWrapper, APIException, BodyWrapper, Record,
                                                     RecordOperations, Territory)


class RemoveTerritoriesFromRecord(object):

    @staticmethod
    def remove_territories_from_record(module_api_name, record_id, territory_id):
        """Take the territory `territory_id` off the record `record_id`."""
        record_operations = RecordOperations(module_api_name)
        request = BodyWrapper()
        record = Record()
        territory = Territory()
        territory.set_id(territory_id)
        record.add_key_value("Territories", [territory])
        request.set_data([record])
        response = record_operations.remove_territories_from_record(record_id, request)
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
        record_id = demo.create_records("Leads")[0]
        demo.assign_territory("Leads", [record_id], territory_id)
        RemoveTerritoriesFromRecord.remove_territories_from_record("Leads", record_id, territory_id)
