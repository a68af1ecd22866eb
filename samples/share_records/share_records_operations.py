"""Record sharing: share a record, change the permission, read and revoke it (ShareRecordsOperations).

Sharing and updating answer an ``ActionWrapper`` of ``SuccessResponse``; revoking answers a
``DeleteActionWrapper`` whose ``share`` is one ``SuccessResponse``; reading answers a
``ResponseWrapper`` with the shares and the users the record can still be shared with.

    python samples/share_records/share_records_operations.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.share_records import (ActionWrapper, APIException, BodyWrapper,
                                                           DeleteActionWrapper, GetSharedRecordDetailsParam,
                                                           ResponseWrapper, ShareRecord, ShareRecordsOperations,
                                                           SuccessResponse)
from zohocrmsdk.src.com.zoho.crm.api.users import Users
from zohocrmsdk.src.com.zoho.crm.api.util import Choice


def share_entry(user_id, permission, related=False):
    user = Users()
    user.set_id(user_id)
    user.add_key_value("type", "users")
    share = ShareRecord()
    share.set_shared_with(user)
    share.set_permission(permission)
    share.set_share_related_records(related)
    share.set_type(Choice("private"))
    return share


class ShareRecords(object):

    @staticmethod
    def _print_action(response):
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, ActionWrapper):
            for action_response in response_object.get_share():
                if isinstance(action_response, (SuccessResponse, APIException)):
                    _setup.print_status(action_response)
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def share_record(module_api_name, record_id, user_id):
        request = BodyWrapper()
        request.set_share([share_entry(user_id, "read_only")])
        request.set_notify(True)
        ShareRecords._print_action(ShareRecordsOperations(record_id, module_api_name).share_record(request))

    @staticmethod
    def update_share_permissions(module_api_name, record_id, user_id):
        request = BodyWrapper()
        request.set_share([share_entry(user_id, "read_write", related=True)])
        ShareRecords._print_action(ShareRecordsOperations(record_id, module_api_name).update_share_permissions(request))

    @staticmethod
    def get_shared_record_details(module_api_name, record_id):
        param_instance = ParameterMap()
        param_instance.add(GetSharedRecordDetailsParam.view, "manage")
        response = ShareRecordsOperations(record_id, module_api_name).get_shared_record_details(param_instance)
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, ResponseWrapper):
            for share in response_object.get_share():
                print("Shared With: " + share.get_shared_with().get_name() + " Permission: " + share.get_permission()
                      + " Related: " + str(share.get_share_related_records())
                      + " By: " + share.get_shared_by().get_name())
            shareable = response_object.get_shareable_user() or []
            print("Shareable Users: " + ", ".join(user.get_name() for user in shareable))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def revoke_shared_record(module_api_name, record_id):
        response = ShareRecordsOperations(record_id, module_api_name).revoke_shared_record()
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, DeleteActionWrapper):
            action_response = response_object.get_share()
            if isinstance(action_response, (SuccessResponse, APIException)):
                _setup.print_status(action_response)
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)


if __name__ == "__main__":
    with _setup.sdk() as demo:
        (lead_id,) = demo.create_records("Leads", 1)
        print("== share_record")
        ShareRecords.share_record("Leads", lead_id, _setup.SECOND_USER_ID)
        print("== get_shared_record_details")
        ShareRecords.get_shared_record_details("Leads", lead_id)
        print("== update_share_permissions")
        ShareRecords.update_share_permissions("Leads", lead_id, _setup.SECOND_USER_ID)
        ShareRecords.get_shared_record_details("Leads", lead_id)
        print("== revoke_shared_record")
        ShareRecords.revoke_shared_record("Leads", lead_id)
        ShareRecords.get_shared_record_details("Leads", lead_id)
