"""Remove a record's photo: RecordOperations.delete_photo.

    python samples/record/delete_photo.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api.record import APIException, RecordOperations, SuccessResponse


class DeletePhoto(object):

    @staticmethod
    def delete_photo(module_api_name, record_id):
        """Delete the photo of `record_id` and print the outcome."""
        record_operations = RecordOperations(module_api_name)
        response = record_operations.delete_photo(record_id)
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, (SuccessResponse, APIException)):
            _setup.print_status(response_object)


if __name__ == "__main__":
    with _setup.sdk() as demo:
        lead_id = demo.create_records("Leads")[0]
        demo.give_photo("Leads", lead_id)
        DeletePhoto.delete_photo("Leads", lead_id)
