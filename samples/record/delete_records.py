"""Delete several records by id: RecordOperations.delete_records.

    python samples/record/delete_records.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api import HeaderMap, ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.record import ActionWrapper, APIException, DeleteRecordsParam, RecordOperations


class DeleteRecords(object):

    @staticmethod
    def delete_records(module_api_name, record_ids):
        """Delete every record in `record_ids` and print one result per record."""
        record_operations = RecordOperations(module_api_name)
        param_instance = ParameterMap()
        param_instance.add(DeleteRecordsParam.ids, ",".join(str(record_id) for record_id in record_ids))
        param_instance.add(DeleteRecordsParam.wf_trigger, True)
        response = record_operations.delete_records(param_instance, HeaderMap())
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
        DeleteRecords.delete_records("Leads", demo.create_records("Leads", 2))
