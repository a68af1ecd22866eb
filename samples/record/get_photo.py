"""Download a record's photo: RecordOperations.get_photo.

    python samples/record/get_photo.py
"""
import os

import _setup
from zohocrmsdk.src.com.zoho.crm.api.record import APIException, FileBodyWrapper, RecordOperations


class GetPhoto(object):

    @staticmethod
    def get_photo(module_api_name, record_id, destination_folder):
        """Save the photo of `record_id` into `destination_folder`."""
        record_operations = RecordOperations(module_api_name)
        response = record_operations.get_photo(record_id)
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        if response.get_status_code() in [204, 304]:
            print("No Content" if response.get_status_code() == 204 else "Not Modified")
            return
        response_object = response.get_object()
        if isinstance(response_object, FileBodyWrapper):
            stream_wrapper = response_object.get_file()
            # get_name() is a bare file name (never a path), so the file stays in the folder.
            name = stream_wrapper.get_name() or "download"
            path = os.path.join(destination_folder, name)
            with open(path, "wb") as handle:
                for chunk in stream_wrapper.get_stream():
                    handle.write(chunk)
            print("File Name: " + name)
            print("File saved: {} ({} bytes)".format(path, os.path.getsize(path)))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)


if __name__ == "__main__":
    with _setup.sdk() as demo:
        lead_id = demo.create_records("Leads")[0]
        demo.give_photo("Leads", lead_id)
        GetPhoto.get_photo("Leads", lead_id, demo.work_dir)
