"""Data backup: schedule a backup, follow it, download it and stop it (BackupOperations).

Reads answer three different wrappers: ``ResponseWrapper`` (the scheduled backup),
``UrlsWrapper`` (download links of the latest backup) and ``HistoryWrapper`` (the backup log, with
``Info``); the download answers a ``FileBodyWrapper``; scheduling and cancelling answer an
``ActionWrapper`` whose ``backup`` is one ``SuccessResponse``.

    python samples/backup/backup_operations.py
"""
import os
import zipfile

import _setup
from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.backup import (ActionWrapper, APIException, Backup, BackupOperations,
                                                    BodyWrapper, FileBodyWrapper, HISTORYParam, HistoryWrapper,
                                                    ResponseWrapper, SuccessResponse, UrlsWrapper)


class BackupSample(object):

    @staticmethod
    def _print_action(response):
        if response is None:
            return None
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, ActionWrapper):
            action_response = response_object.get_backup()
            if isinstance(action_response, (SuccessResponse, APIException)):
                _setup.print_status(action_response)
            if isinstance(action_response, SuccessResponse):
                return int(action_response.get_details()["id"])
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)
        return None

    @staticmethod
    def schedule(rrule):
        backup = Backup()
        backup.set_rrule(rrule)
        request = BodyWrapper()
        request.set_backup(backup)
        return BackupSample._print_action(BackupOperations().schedule(request))

    @staticmethod
    def get_details():
        response = BackupOperations().get_details()
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        if response.get_status_code() in [204, 304]:
            print("No Content" if response.get_status_code() == 204 else "Not Modified")
            return
        response_object = response.get_object()
        if isinstance(response_object, ResponseWrapper):
            backup = response_object.get_backup()
            print("Backup Status: " + backup.get_status())
            print("Backup Rrule: " + str(backup.get_rrule()))
            print("Backup Requester: " + backup.get_requester().get_name())
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def get_urls():
        """Print the latest backup's links and return the data links (None while none is ready)."""
        response = BackupOperations().get_urls()
        if response is None or response.get_status_code() == 204:
            return None
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, UrlsWrapper):
            urls = response_object.get_urls()
            for link in urls.get_data_links():
                print("Data Link: " + link.rsplit("/", 1)[-1])
            print("Attachment Links: " + str(len(urls.get_attachment_links())))
            print("Expires: " + urls.get_expiry_date().isoformat())
            return urls.get_data_links()
        if isinstance(response_object, APIException):
            _setup.print_status(response_object)
        return None

    @staticmethod
    def history():
        param_instance = ParameterMap()
        param_instance.add(HISTORYParam.page, "1")
        param_instance.add(HISTORYParam.per_page, "10")
        response = BackupOperations().history(param_instance)
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, HistoryWrapper):
            for entry in response_object.get_history():
                print("History: action=" + str(entry.get_action()) + " state=" + str(entry.get_state())
                      + " repeat=" + entry.get_repeat_type() + " file=" + str(entry.get_file_name())
                      + " by=" + entry.get_done_by().get_name())
            print("History Info Count: " + str(response_object.get_info().get_count()))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def download_backed_up_data(download_url, destination_folder):
        response = BackupOperations().download_backed_up_data(download_url)
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
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
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    rows = archive.read(name).decode().strip().splitlines()
                    print("  " + name + ": " + str(len(rows) - 1) + " record(s)")
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def cancel(backup_id):
        BackupSample._print_action(BackupOperations().cancel(backup_id))


if __name__ == "__main__":
    with _setup.sdk() as demo:
        demo.create_records("Leads", 3)
        demo.create_records("Deals", 2)
        print("== schedule")
        backup_id = BackupSample.schedule("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU")
        print("== get_details")
        BackupSample.get_details()
        print("== get_urls")
        links = _setup.wait_for(BackupSample.get_urls)
        print("== history")
        BackupSample.history()
        print("== download_backed_up_data")
        BackupSample.download_backed_up_data(links[0], demo.work_dir)
        print("== cancel")
        BackupSample.cancel(backup_id)
        BackupSample.get_details()
