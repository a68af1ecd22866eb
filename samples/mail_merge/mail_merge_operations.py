"""Mail merge: mail, download and send for signature a document merged with a record (MailMergeOperations).

Sending answers an ``ActionWrapper`` of ``SuccessResponse``; downloading answers a
``FileBodyWrapper``; sending for signature answers a ``SignActionWrapper`` of ``SuccessResponse``
(each success carries a ``report_link`` to follow the job).

    python samples/mail_merge/mail_merge_operations.py
"""
import os

import _setup
from zohocrmsdk.src.com.zoho.crm.api.mail_merge import (ActionWrapper, Address, APIException, DownloadMailMerge,
                                                        DownloadMailMergeWrapper, FileBodyWrapper, MailMerge,
                                                        MailMergeOperations, MailMergeTemplate, MailMergeWrapper,
                                                        SignActionWrapper, Signers, SignMailMerge,
                                                        SignMailMergeWrapper, SuccessResponse)
from zohocrmsdk.src.com.zoho.crm.api.util import Choice


def address(value, kind="email"):
    entry = Address()
    entry.set_type(kind)
    entry.set_value(value)
    return entry


def template(name):
    entry = MailMergeTemplate()
    entry.set_name(name)
    return entry


def print_success(action_response):
    """Print a success, hiding the host part of its report link."""
    print("Status: " + action_response.get_status().get_value())
    print("Code: " + action_response.get_code().get_value())
    print("Report Link: .../" + "/".join(action_response.get_details()["report_link"].split("/")[-3:-1]) + "/<job>")
    print("Message: " + action_response.get_message())


class MailMergeSample(object):

    @staticmethod
    def send_mail_merge(module_api_name, record_id, template_name, recipients):
        mail = MailMerge()
        mail.set_mail_merge_template(template(template_name))
        mail.set_from_address(address("patricia.boyle@zylker.com"))
        mail.set_to_address([address(recipient) for recipient in recipients])
        mail.set_cc_email([address("sales@zylker.com")])
        mail.set_subject("Your quotation")
        mail.set_message("Please find your quotation attached.")
        mail.set_type("attachment")
        mail.set_attachment_name("Quotation")
        request = MailMergeWrapper()
        request.set_send_mail_merge([mail])
        response = MailMergeOperations(module_api_name, str(record_id)).send_mail_merge(request)
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, ActionWrapper):
            for action_response in response_object.get_send_mail_merge():
                if isinstance(action_response, SuccessResponse):
                    print_success(action_response)
                elif isinstance(action_response, APIException):
                    _setup.print_status(action_response)
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def download_mail_merge(module_api_name, record_id, template_name, output_format, destination_folder):
        download = DownloadMailMerge()
        download.set_mail_merge_template(template(template_name))
        download.set_output_format(Choice(output_format))
        download.set_file_name("quotation")
        request = DownloadMailMergeWrapper()
        request.set_download_mail_merge([download])
        response = MailMergeOperations(module_api_name, str(record_id)).download_mail_merge(request)
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
            with open(path, "rb") as handle:
                head = handle.read(8)
            print("File Name: " + name + " Starts With: " + repr(head))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def sign_mail_merge(module_api_name, record_id, template_name, signer_names):
        signers = []
        for name, email in signer_names:
            signer = Signers()
            signer.set_recipient_name(name)
            signer.set_action_type(Choice("sign"))
            signer.set_recipient(address(email))
            signers.append(signer)
        sign = SignMailMerge()
        sign.set_mail_merge_template(template(template_name))
        sign.set_file_name("contract")
        sign.set_sign_in_order(True)
        sign.set_signers(signers)
        request = SignMailMergeWrapper()
        request.set_sign_mail_merge([sign])
        response = MailMergeOperations(module_api_name, str(record_id)).sign_mail_merge(request)
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, SignActionWrapper):
            for action_response in response_object.get_sign_mail_merge():
                if isinstance(action_response, SuccessResponse):
                    print_success(action_response)
                elif isinstance(action_response, APIException):
                    _setup.print_status(action_response)
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)


if __name__ == "__main__":
    with _setup.sdk() as demo:
        (lead_id,) = demo.create_records("Leads", 1)
        print("== send_mail_merge")
        MailMergeSample.send_mail_merge("Leads", lead_id, "Quotation Template", ["buyer@example.com"])
        print("== download_mail_merge")
        MailMergeSample.download_mail_merge("Leads", lead_id, "Quotation Template", "pdf", demo.work_dir)
        MailMergeSample.download_mail_merge("Leads", lead_id, "Quotation Template", "html", demo.work_dir)
        print("== sign_mail_merge")
        MailMergeSample.sign_mail_merge("Leads", lead_id, "Contract Template",
                                        [("Ann Buyer", "buyer@example.com"), ("Patricia Boyle", "patricia.boyle@zylker.com")])
