"""Delete one record by id: RecordOperations.delete_record.

    python samples/record/delete_record.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api import HeaderMap, ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.record import ActionWrapper, APIException, DeleteRecordParam, RecordOperations


class DeleteRecord(object):

    @staticmethod
    def delete_record(module_api_name, record_id):
        """Delete the record `record_id` (to the recycle bin) and print the outcome."""
        record_operations = RecordOperations(module_api_name)
        param_instance = ParameterMap()
        param_instance.add(DeleteRecordParam.wf_trigger, False)
        response = record_operations.delete_record(record_id, param_instance, HeaderMap())
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
        DeleteRecord.delete_record("Leads", demo.create_records("Leads")[0])
