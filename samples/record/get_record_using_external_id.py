"""Get a record by the value of an external-id field: RecordOperations.get_record_using_external_id.

    python samples/record/get_record_using_external_id.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api import HeaderMap, ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.record import (APIException, GetRecordUsingExternalIDHeader,
                                                     GetRecordUsingExternalIDParam, RecordOperations,
                                                     ResponseWrapper)


class GetRecordUsingExternalID(object):

    @staticmethod
    def get_record_using_external_id(module_api_name, external_field, external_field_value):
        """Fetch the record whose `external_field` equals `external_field_value`."""
        record_operations = RecordOperations(module_api_name)
        param_instance = ParameterMap()
        param_instance.add(GetRecordUsingExternalIDParam.fields, "Last_Name,Company," + external_field)
        header_instance = HeaderMap()
        header_instance.add(GetRecordUsingExternalIDHeader.x_external, module_api_name + "." + external_field)
        response = record_operations.get_record_using_external_id(external_field_value, param_instance,
                                                                  header_instance)
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
                    print(key + " : " + str(value))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)


if __name__ == "__main__":
    with _setup.sdk() as demo:
        external_value = _setup.Demo.unique("ext")
        demo.create_records("Leads", 1, External_Lead_ID=external_value)
        GetRecordUsingExternalID.get_record_using_external_id("Leads", "External_Lead_ID", external_value)
