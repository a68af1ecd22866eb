"""List deleted records: RecordOperations.get_deleted_records.

    python samples/record/get_deleted_records.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api import HeaderMap, ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.record import (APIException, DeletedRecordsWrapper, GetDeletedRecordsParam,
                                                     RecordOperations)


class GetDeletedRecords(object):

    @staticmethod
    def get_deleted_records(module_api_name):
        """Print the records of `module_api_name` sitting in the recycle bin."""
        record_operations = RecordOperations(module_api_name)
        param_instance = ParameterMap()
        param_instance.add(GetDeletedRecordsParam.type, "recycle")  # all, recycle or permanent
        param_instance.add(GetDeletedRecordsParam.page, 1)
        param_instance.add(GetDeletedRecordsParam.per_page, 200)
        response = record_operations.get_deleted_records(param_instance, HeaderMap())
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        if response.get_status_code() in [204, 304]:
            print("No Content" if response.get_status_code() == 204 else "Not Modified")
            return
        response_object = response.get_object()
        if isinstance(response_object, DeletedRecordsWrapper):
            for deleted_record in response_object.get_data():
                print("DeletedRecord ID: " + str(deleted_record.get_id()))
                print("DeletedRecord DisplayName: " + str(deleted_record.get_display_name()))
                print("DeletedRecord Type: " + str(deleted_record.get_type()))
                if deleted_record.get_deleted_by() is not None:
                    print("DeletedRecord DeletedBy: " + str(deleted_record.get_deleted_by().get_name()))
                print("DeletedRecord DeletedTime: " + str(deleted_record.get_deleted_time()))
            info = response_object.get_info()
            if info is not None:
                print("DeletedRecord Info Count: " + str(info.get_count()))
                print("DeletedRecord Info MoreRecords: " + str(info.get_more_records()))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)


if __name__ == "__main__":
    with _setup.sdk() as demo:
        record_ids = demo.create_records("Leads", 2)
        for record_id in record_ids:
            RecordOperations("Leads").delete_record(record_id)
        GetDeletedRecords.get_deleted_records("Leads")
