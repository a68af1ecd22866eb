"""Bulk write: import a CSV of leads as an asynchronous job (BulkWriteOperations, all four methods).

Uploading and creating the job answer a bare ``SuccessResponse``; the job's progress is a
``BulkWriteResponse`` (resources, per-file counts, and a result ``download_url`` once done); the
result download is a ``FileBodyWrapper`` holding a zip with one status row per CSV row.

    python samples/bulk_write/bulk_write_operations.py
"""
import io
import os
import zipfile

import _setup
from zohocrmsdk.src.com.zoho.crm.api import HeaderMap
from zohocrmsdk.src.com.zoho.crm.api.bulk_write import (APIException, BulkWriteOperations, BulkWriteResponse,
                                                        FieldMapping, FileBodyWrapper, RequestWrapper, Resource,
                                                        SuccessResponse, UploadFileHeader)
from zohocrmsdk.src.com.zoho.crm.api.modules import MinifiedModule
from zohocrmsdk.src.com.zoho.crm.api.util import Choice, StreamWrapper

CSV_ROWS = [
    "Last_Name,Company,Email",
    "Lovelace,Analytical Engines,ada@example.com",
    "Hopper,Navy Labs,grace@example.com",
    "Turing,Bletchley,alan@example.com",
    ",Missing Name Ltd,nobody@example.com",
]


def write_zip(folder):
    """Zoho takes a zip holding exactly one CSV."""
    path = os.path.join(folder, "leads.zip")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("leads.csv", "\n".join(CSV_ROWS) + "\n")
    return path


class BulkWrite(object):

    @staticmethod
    def upload_file(org_id, zip_path):
        request = FileBodyWrapper()
        request.set_file(StreamWrapper(file_path=zip_path))
        header_instance = HeaderMap()
        header_instance.add(UploadFileHeader.feature, "bulk-write")
        header_instance.add(UploadFileHeader.x_crm_org, org_id)
        response = BulkWriteOperations().upload_file(request, header_instance)
        if response is None:
            return None
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, SuccessResponse):
            print("Status: " + response_object.get_status().get_value())
            print("Code: " + response_object.get_code().get_value())
            print("Message: " + response_object.get_message().get_value())
            return str(response_object.get_details()["file_id"])
        if isinstance(response_object, APIException):
            _setup.print_status(response_object)
        return None

    @staticmethod
    def create_bulk_write_job(module_api_name, file_id):
        module = MinifiedModule()
        module.set_api_name(module_api_name)
        mappings = []
        for index, api_name in enumerate(["Last_Name", "Company", "Email"]):
            mapping = FieldMapping()
            mapping.set_api_name(api_name)
            mapping.set_index(index)
            mappings.append(mapping)
        resource = Resource()
        resource.set_type(Choice("data"))
        resource.set_module(module)
        resource.set_file_id(file_id)
        resource.set_ignore_empty(True)
        resource.set_field_mappings(mappings)
        request = RequestWrapper()
        request.set_operation(Choice("insert"))
        request.set_character_encoding("UTF-8")
        request.set_resource([resource])
        response = BulkWriteOperations().create_bulk_write_job(request)
        if response is None:
            return None
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, SuccessResponse):
            print("Status: " + response_object.get_status().get_value())
            print("Code: " + response_object.get_code().get_value())
            print("Message: " + response_object.get_message().get_value())
            print("Created By: " + response_object.get_details()["created_by"].get_name())
            return str(response_object.get_details()["id"])
        if isinstance(response_object, APIException):
            _setup.print_status(response_object)
        return None

    @staticmethod
    def get_bulk_write_job_details(job_id, quiet=False):
        """Print the job; return its result download URL once it has completed."""
        response = BulkWriteOperations().get_bulk_write_job_details(job_id)
        if response is None:
            return None
        response_object = response.get_object()
        if isinstance(response_object, BulkWriteResponse):
            if response_object.get_status() != "COMPLETED":
                return None
            if not quiet:
                print("Status Code: " + str(response.get_status_code()))
                print("Job Status: " + response_object.get_status() + " Operation: " + response_object.get_operation())
                for resource in response_object.get_resource():
                    counts = resource.get_file()
                    print("Resource: " + resource.get_module().get_api_name() + " " + resource.get_status().get_value()
                          + " File: " + counts.get_name() + " Added: " + str(counts.get_added_count())
                          + " Skipped: " + str(counts.get_skipped_count()) + " Total: " + str(counts.get_total_count()))
            return response_object.get_result().get_download_url()
        if isinstance(response_object, APIException):
            _setup.print_status(response_object)
        return None

    @staticmethod
    def download_bulk_write_result(download_url):
        response = BulkWriteOperations().download_bulk_write_result(download_url)
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, FileBodyWrapper):
            data = b"".join(response_object.get_file().get_stream())
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for line in archive.read(archive.namelist()[0]).decode().strip().splitlines()[1:]:
                    cells = line.split(",")
                    print("Row: " + (cells[0] or "<empty>") + " -> " + cells[3] + (" " + cells[5] if cells[5] else ""))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)


if __name__ == "__main__":
    with _setup.sdk() as demo:
        print("== upload_file")
        file_id = BulkWrite.upload_file(demo.org_id(), write_zip(demo.work_dir))
        print("== create_bulk_write_job")
        job_id = BulkWrite.create_bulk_write_job("Leads", file_id)
        print("== get_bulk_write_job_details")
        download_url = _setup.wait_for(lambda: BulkWrite.get_bulk_write_job_details(job_id, quiet=True))
        BulkWrite.get_bulk_write_job_details(job_id)
        print("== download_bulk_write_result")
        BulkWrite.download_bulk_write_result(download_url)
