"""Assign a territory to one record: RecordOperations.assign_territory_to_record.

    python samples/record/assign_territory_to_record.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api.record import (ActionWrapper, APIException, BodyWrapper, Record,
                                                     RecordOperations, Territory)


class AssignTerritoryToRecord(object):

    @staticmethod
    def assign_territory_to_record(module_api_name, record_id, territory_id):
        """Assign the territory `territory_id` to the record `record_id`."""
        record_operations = RecordOperations(module_api_name)
        request = BodyWrapper()
        record = Record()
        territory = Territory()
        territory.set_id(territory_id)
        record.add_key_value("Territories", [territory])
        request.set_data([record])
        response = record_operations.assign_territory_to_record(record_id, request)
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
        AssignTerritoryToRecord.assign_territory_to_record("Leads", demo.create_records("Leads")[0],
                                                           demo.create_territory())
