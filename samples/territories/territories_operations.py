"""Territories: build a territory hierarchy, read it, and retire territories (TerritoriesOperations).

Writes answer an ``ActionWrapper`` of ``SuccessResponse``; reads answer a ``ResponseWrapper`` (with
``Info``); the user counts answer an ``AssociatedUsersCountWrapper``.

    python samples/territories/territories_operations.py
"""
import json

import _setup
from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.territories import (ActionWrapper, APIException, AssociatedUsersCountWrapper,
                                                         BodyWrapper, Criteria, DeleteTerritoriesParam,
                                                         DeleteTerritoryParam, Field, GetChildTerritoryParam,
                                                         GetTerritoriesParam, Manager, ReportingTo, ResponseWrapper,
                                                         SuccessResponse, Territories, TerritoriesOperations,
                                                         TransferBodyWrapper, TransferTerritory)
from zohocrmsdk.src.com.zoho.crm.api.util import Choice


class TerritoriesSample(object):

    @staticmethod
    def _print_action(response):
        ids = []
        if response is None:
            return ids
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, ActionWrapper):
            for action_response in response_object.get_territories():
                if isinstance(action_response, (SuccessResponse, APIException)):
                    _setup.print_status(action_response)
                if isinstance(action_response, SuccessResponse):
                    ids.append(int(action_response.get_details()["id"]))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)
        return ids

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
                parent = territory.get_reporting_to()
                manager = territory.get_manager()
                print("Territory: " + territory.get_name()
                      + " ReportingTo: " + (parent.get_name() if parent is not None else "-")
                      + " Manager: " + (manager.get_name() if manager is not None else "-")
                      + " Permission: " + territory.get_permission_type().get_value())
            info = response_object.get_info()
            if info is not None:
                print("Territory Info Count: " + str(info.get_count()))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def create_territories(names, parent_id=None, manager_id=None):
        territories = []
        for name in names:
            territory = Territories()
            territory.set_name(name)
            territory.set_permission_type(Choice("read_write_delete"))
            if parent_id is not None:
                reporting_to = ReportingTo()
                reporting_to.set_id(parent_id)
                territory.set_reporting_to(reporting_to)
            if manager_id is not None:
                manager = Manager()
                manager.set_id(manager_id)
                territory.set_manager(manager)
            criteria = Criteria()
            field = Field()
            field.set_api_name("Billing_Country")
            criteria.set_field(field)
            criteria.set_comparator("equal")
            criteria.set_value(name)
            territory.set_account_rule_criteria(criteria)
            territories.append(territory)
        request = BodyWrapper()
        request.set_territories(territories)
        return TerritoriesSample._print_action(TerritoriesOperations().create_territories(request))

    @staticmethod
    def get_territories(name_filter=None):
        param_instance = ParameterMap()
        if name_filter is not None:
            param_instance.add(GetTerritoriesParam.filters, json.dumps(
                {"field": {"api_name": "name"}, "comparator": "starts_with", "value": name_filter}))
        TerritoriesSample._print_territories(TerritoriesOperations().get_territories(param_instance))

    @staticmethod
    def get_territory(territory_id):
        TerritoriesSample._print_territories(TerritoriesOperations().get_territory(territory_id))

    @staticmethod
    def get_child_territory(territory_id):
        TerritoriesSample._print_territories(TerritoriesOperations().get_child_territory(territory_id, ParameterMap()))

    @staticmethod
    def update_territories(territory_ids, description):
        territories = []
        for territory_id in territory_ids:
            territory = Territories()
            territory.set_id(territory_id)
            territory.set_description(description)
            territories.append(territory)
        request = BodyWrapper()
        request.set_territories(territories)
        TerritoriesSample._print_action(TerritoriesOperations().update_territories(request))

    @staticmethod
    def update_territory(territory_id, permission):
        territory = Territories()
        territory.set_permission_type(Choice(permission))
        request = BodyWrapper()
        request.set_territories([territory])
        TerritoriesSample._print_action(TerritoriesOperations().update_territory(territory_id, request))

    @staticmethod
    def get_associated_user_count():
        response = TerritoriesOperations().get_associated_user_count()
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, AssociatedUsersCountWrapper):
            for entry in response_object.get_associated_users_count():
                print("Territory: " + entry.get_territory().get_name() + " Users: " + str(entry.get_count()))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def transfer_and_delete_territory(territory_id, transfer_to_id):
        transfer = TransferTerritory()
        transfer.set_transfer_to_id(transfer_to_id)
        transfer.set_delete_previous_forecasts(False)
        request = TransferBodyWrapper()
        request.set_territories([transfer])
        TerritoriesSample._print_action(TerritoriesOperations().transfer_and_delete_territory(territory_id, request))

    @staticmethod
    def transfer_and_delete_territories(pairs):
        transfers = []
        for territory_id, transfer_to_id in pairs:
            transfer = TransferTerritory()
            transfer.set_id(territory_id)
            transfer.set_transfer_to_id(transfer_to_id)
            transfers.append(transfer)
        request = TransferBodyWrapper()
        request.set_territories(transfers)
        TerritoriesSample._print_action(TerritoriesOperations().transfer_and_delete_territories(request))

    @staticmethod
    def delete_territory(territory_id):
        param_instance = ParameterMap()
        param_instance.add(DeleteTerritoryParam.delete_previous_forecasts, False)
        TerritoriesSample._print_action(TerritoriesOperations().delete_territory(territory_id, param_instance))

    @staticmethod
    def delete_territories(territory_ids):
        param_instance = ParameterMap()
        param_instance.add(DeleteTerritoriesParam.ids, ",".join(str(i) for i in territory_ids))
        param_instance.add(DeleteTerritoriesParam.delete_previous_forecasts, False)
        TerritoriesSample._print_action(TerritoriesOperations().delete_territories(param_instance))


def print_lead_territories(record_ids):
    """Show which territories the leads are in (they follow a transferred territory)."""
    from zohocrmsdk.src.com.zoho.crm.api.record import RecordOperations, ResponseWrapper as RecordResponseWrapper
    for record_id in record_ids:
        wrapper = RecordOperations("Leads").get_record(record_id).get_object()
        if isinstance(wrapper, RecordResponseWrapper):
            territories = wrapper.get_data()[0].get_key_value("Territories") or []
            print("Lead Territories: " + ", ".join(str(t.get("Name")) for t in territories))


if __name__ == "__main__":
    with _setup.sdk() as demo:
        print("== create_territories")
        (world,) = TerritoriesSample.create_territories(["World"], manager_id=_setup.ADMIN_USER_ID)
        europe, asia, africa = TerritoriesSample.create_territories(["Europe", "Asia", "Africa"], parent_id=world)
        (france,) = TerritoriesSample.create_territories(["France"], parent_id=europe)
        print("== get_territories")
        TerritoriesSample.get_territories()
        TerritoriesSample.get_territories(name_filter="A")
        print("== get_territory")
        TerritoriesSample.get_territory(europe)
        print("== get_child_territory")
        TerritoriesSample.get_child_territory(world)
        print("== update_territories")
        TerritoriesSample.update_territories([asia, africa], "Emerging markets")
        print("== update_territory")
        TerritoriesSample.update_territory(france, "read_only")
        print("== get_associated_user_count")
        TerritoriesSample.get_associated_user_count()
        print("== transfer_and_delete_territory")
        leads = demo.create_records("Leads", 2)
        demo.assign_territory("Leads", leads, africa)
        print_lead_territories(leads)
        TerritoriesSample.transfer_and_delete_territory(africa, europe)
        print_lead_territories(leads)
        print("== transfer_and_delete_territories")
        TerritoriesSample.transfer_and_delete_territories([(asia, europe)])
        print("== delete_territory")
        TerritoriesSample.delete_territory(france)
        print("== delete_territories")
        TerritoriesSample.delete_territories([europe])
        TerritoriesSample.get_territories()
