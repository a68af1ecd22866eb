"""Search records by criteria: RecordOperations.search_records.

    python samples/record/search_records.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api import HeaderMap, ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.record import (APIException, RecordOperations, ResponseWrapper,
                                                     SearchRecordsParam)


class SearchRecords(object):

    @staticmethod
    def search_records(module_api_name, company):
        """Print the records whose Company equals `company`."""
        record_operations = RecordOperations(module_api_name)
        param_instance = ParameterMap()
        param_instance.add(SearchRecordsParam.criteria, "((Company:equals:{}))".format(company))
        param_instance.add(SearchRecordsParam.fields, "Last_Name,Company,Email")
        param_instance.add(SearchRecordsParam.page, 1)
        param_instance.add(SearchRecordsParam.per_page, 10)
        response = record_operations.search_records(param_instance, HeaderMap())
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
                print("Record Info Count: " + str(info.get_count()))
                print("Record Info MoreRecords: " + str(info.get_more_records()))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)


if __name__ == "__main__":
    with _setup.sdk() as demo:
        company = _setup.Demo.unique("Searchable")
        demo.create_records("Leads", 2, Company=company)
        SearchRecords.search_records("Leads", company)
