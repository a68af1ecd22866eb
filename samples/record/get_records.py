"""List records of a module, one page: RecordOperations.get_records.

    python samples/record/get_records.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api import HeaderMap, ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.record import APIException, GetRecordsParam, RecordOperations, ResponseWrapper


class GetRecords(object):

    @staticmethod
    def get_records(module_api_name):
        """Print the first page of `module_api_name` records and the paging info."""
        record_operations = RecordOperations(module_api_name)
        param_instance = ParameterMap()
        param_instance.add(GetRecordsParam.fields, "First_Name,Last_Name,Email")
        param_instance.add(GetRecordsParam.page, 1)
        param_instance.add(GetRecordsParam.per_page, 200)
        param_instance.add(GetRecordsParam.sort_by, "Created_Time")
        param_instance.add(GetRecordsParam.sort_order, "desc")
        response = record_operations.get_records(param_instance, HeaderMap())
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
            info = response_object.get_info()
            if info is not None:
                print("Record Info PerPage: " + str(info.get_per_page()))
                print("Record Info Count: " + str(info.get_count()))
                print("Record Info Page: " + str(info.get_page()))
                print("Record Info MoreRecords: " + str(info.get_more_records()))
                print("Record Info NextPageToken: " + str(info.get_next_page_token()))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)


if __name__ == "__main__":
    with _setup.sdk() as demo:
        demo.create_records("Leads", 3)
        GetRecords.get_records("Leads")
