"""Get one record by id: RecordOperations.get_record.

    python samples/record/get_record.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api import HeaderMap, ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.record import (APIException, FileDetails, GetRecordParam, Record,
                                                     RecordOperations, ResponseWrapper)


class GetRecord(object):

    @staticmethod
    def get_record(module_api_name, record_id):
        """Fetch the record `record_id` of `module_api_name` and print its fields."""
        record_operations = RecordOperations(module_api_name)
        param_instance = ParameterMap()
        param_instance.add(GetRecordParam.fields, "First_Name,Last_Name,Company,Email")
        header_instance = HeaderMap()
        response = record_operations.get_record(record_id, param_instance, header_instance)
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        if response.get_status_code() in [204, 304]:
            print("No Content" if response.get_status_code() == 204 else "Not Modified")
            return
        response_object = response.get_object()
        if isinstance(response_object, ResponseWrapper):
            for record in response_object.get_data():
                print("Record ID: " + str(record.get_id()))
                for key, value in record.get_key_values().items():
                    if isinstance(value, FileDetails):
                        value = value.get_file_name()
                    elif isinstance(value, Record):
                        value = value.get_id()
                    print(key + " : " + str(value))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)


if __name__ == "__main__":
    with _setup.sdk() as demo:
        GetRecord.get_record("Leads", demo.create_records("Leads")[0])
