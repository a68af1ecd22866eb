"""Count the records of a module: RecordOperations.record_count.

    python samples/record/record_count.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.record import APIException, CountWrapper, RecordCountParam, RecordOperations


class RecordCount(object):

    @staticmethod
    def record_count(module_api_name, company=None):
        """Print how many records `module_api_name` holds (with Company = `company` if given)."""
        record_operations = RecordOperations(module_api_name)
        param_instance = ParameterMap()
        if company is not None:
            param_instance.add(RecordCountParam.criteria, "(Company:equals:{})".format(company))
        response = record_operations.record_count(param_instance)
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        if response.get_status_code() in [204, 304]:
            print("No Content" if response.get_status_code() == 204 else "Not Modified")
            return
        response_object = response.get_object()
        if isinstance(response_object, CountWrapper):
            print("Record Count: " + str(response_object.get_count()))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)


if __name__ == "__main__":
    with _setup.sdk() as demo:
        company = _setup.Demo.unique("Counted")
        demo.create_records("Leads", 4, Company=company)
        RecordCount.record_count("Leads", company)
