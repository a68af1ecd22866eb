"""Upload a record's photo: RecordOperations.upload_photo.

    python samples/record/upload_photo.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.record import (APIException, FileBodyWrapper, RecordOperations, SuccessResponse,
                                                     UploadPhotoParam)
from zohocrmsdk.src.com.zoho.crm.api.util import StreamWrapper


class UploadPhoto(object):

    @staticmethod
    def upload_photo(module_api_name, record_id, absolute_file_path):
        """Set the image at `absolute_file_path` as the photo of `record_id`."""
        record_operations = RecordOperations(module_api_name)
        request = FileBodyWrapper()
        request.set_file(StreamWrapper(file_path=absolute_file_path))
        param_instance = ParameterMap()
        param_instance.add(UploadPhotoParam.restrict_triggers, "workflow")
        response = record_operations.upload_photo(record_id, request, param_instance)
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, (SuccessResponse, APIException)):
            _setup.print_status(response_object)


if __name__ == "__main__":
    with _setup.sdk() as demo:
        UploadPhoto.upload_photo("Leads", demo.create_records("Leads")[0], demo.image())
