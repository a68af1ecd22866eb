"""Territories of a user: associate, read, validate and hand over (UsersTerritoriesOperations).

Validation answers a ``ValidationWrapper`` of ``Validation`` entries (does the user still own open
records in the territory?); delinking answers a ``TransferActionWrapper`` of ``SuccessResponse``.

    python samples/users_territories/users_territories_operations.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api.users_territories import (ActionWrapper, APIException, BodyWrapper,
                                                                BulkValidation, ResponseWrapper, SuccessResponse,
                                                                Territory, TransferActionWrapper, TransferAndDelink,
                                                                TransferToUser, TransferWrapper,
                                                                UsersTerritoriesOperations, Validation,
                                                                ValidationWrapper)


class UsersTerritories(object):

    @staticmethod
    def associate_territories_to_user(user_id, territory_ids):
        territories = []
        for territory_id in territory_ids:
            territory = Territory()
            territory.set_id(territory_id)
            territories.append(territory)
        request = BodyWrapper()
        request.set_territories(territories)
        response = UsersTerritoriesOperations(user_id).associate_territories_to_user(request)
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, ActionWrapper):
            for action_response in response_object.get_territories():
                if isinstance(action_response, (SuccessResponse, APIException)):
                    _setup.print_status(action_response)
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def _print_territories(response):
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        if response.get_status_code() in [204, 304]:
            print("No Content" if response.get_status_code() == 204 else "Not Modified")
            return
        response_object = response.get_object()
        if isinstance(response_object, ResponseWrapper):
            for territory in response_object.get_territories():
                manager = territory.get_manager()
                parent = territory.get_reporting_to()
                print("Territory: " + territory.get_name()
                      + " Manager: " + (manager.get_name() if manager is not None else "-")
                      + " ReportingTo: " + (parent.get_name() if parent is not None else "-"))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def get_territories_of_user(user_id):
        UsersTerritories._print_territories(UsersTerritoriesOperations(user_id).get_territories_of_user())

    @staticmethod
    def get_territory_of_user(user_id, territory_id):
        UsersTerritories._print_territories(UsersTerritoriesOperations(user_id).get_territory_of_user(territory_id))

    @staticmethod
    def _print_validation(response):
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, ValidationWrapper):
            for validation in response_object.get_validate_before_transfer():
                if isinstance(validation, Validation):
                    print("Territory: " + validation.get_name() + " Open Records: " + str(validation.get_records()))
                elif isinstance(validation, BulkValidation):
                    print("Territory: " + validation.get_name() + " Assignment: " + str(validation.get_assignment()))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def validate_before_transfer_for_all_territories(user_id):
        UsersTerritories._print_validation(
            UsersTerritoriesOperations(user_id).validate_before_transfer_for_all_territories())

    @staticmethod
    def validate_before_transfer(user_id, territory_id):
        UsersTerritories._print_validation(UsersTerritoriesOperations(user_id).validate_before_transfer(territory_id))

    @staticmethod
    def _transfer_request(pairs):
        transfers = []
        for territory_id, new_user_id in pairs:
            new_user = TransferToUser()
            new_user.set_id(new_user_id)
            transfer = TransferAndDelink()
            if territory_id is not None:
                transfer.set_id(territory_id)
            transfer.set_transfer_to_user(new_user)
            transfers.append(transfer)
        request = TransferWrapper()
        request.set_transfer_and_delink(transfers)
        return request

    @staticmethod
    def _print_transfer(response):
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, TransferActionWrapper):
            for action_response in response_object.get_transfer_and_delink():
                if isinstance(action_response, SuccessResponse):
                    _setup.print_status(action_response)
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def delink_and_transfer_from_specific_territory(user_id, territory_id, new_user_id):
        request = UsersTerritories._transfer_request([(None, new_user_id)])
        UsersTerritories._print_transfer(
            UsersTerritoriesOperations(user_id).delink_and_transfer_from_specific_territory(territory_id, request))

    @staticmethod
    def delink_and_transfer_from_all_territories(user_id, pairs):
        request = UsersTerritories._transfer_request(pairs)
        UsersTerritories._print_transfer(
            UsersTerritoriesOperations(user_id).delink_and_transfer_from_all_territories(request))


def print_lead_owners(record_ids):
    from zohocrmsdk.src.com.zoho.crm.api.record import RecordOperations, ResponseWrapper as RecordResponseWrapper
    for record_id in record_ids:
        wrapper = RecordOperations("Leads").get_record(record_id).get_object()
        if isinstance(wrapper, RecordResponseWrapper):
            owner = wrapper.get_data()[0].get_key_value("Owner")
            print("Lead " + str(record_id) + " Owner: " + owner.get_name())


if __name__ == "__main__":
    with _setup.sdk() as demo:
        user = _setup.ADMIN_USER_ID
        north = demo.create_territory("North")
        south = demo.create_territory("South", parent_id=north)
        print("== associate_territories_to_user")
        UsersTerritories.associate_territories_to_user(user, [north, south])
        print("== get_territories_of_user")
        UsersTerritories.get_territories_of_user(user)
        print("== get_territory_of_user")
        UsersTerritories.get_territory_of_user(user, south)
        leads = demo.create_records("Leads", 2)
        demo.assign_territory("Leads", leads, north)
        print("== validate_before_transfer_for_all_territories")
        UsersTerritories.validate_before_transfer_for_all_territories(user)
        print("== validate_before_transfer")
        UsersTerritories.validate_before_transfer(user, north)
        print("== delink_and_transfer_from_specific_territory")
        UsersTerritories.delink_and_transfer_from_specific_territory(user, north, _setup.SECOND_USER_ID)
        print_lead_owners(leads)
        print("== delink_and_transfer_from_all_territories")
        UsersTerritories.delink_and_transfer_from_all_territories(user, [(south, _setup.SECOND_USER_ID)])
        UsersTerritories.get_territories_of_user(user)
