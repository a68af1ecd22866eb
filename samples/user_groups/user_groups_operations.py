"""User groups: group users, roles, territories and other groups (UserGroupsOperations).

Besides ``ResponseWrapper`` and ``ActionWrapper``, this package answers ``SourcesWrapper`` (the
members of a group, with ``Info``), ``SourcesCountWrapper`` (members per kind),
``AssociationWrapper`` (what uses a group) and ``AssociatedUserCount`` (users per group).

    python samples/user_groups/user_groups_operations.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.user_groups import (ActionWrapper, APIException, AssociatedUserCount,
                                                         AssociationWrapper, BodyWrapper, GetGroupsParam,
                                                         GetSourcesParam, Groups, ResponseWrapper, Source, Sources,
                                                         SourcesCountWrapper, SourcesWrapper, SuccessResponse,
                                                         UserGroupsOperations)
from zohocrmsdk.src.com.zoho.crm.api.util import Choice


def member(kind, member_id, subordinates=None):
    source = Source()
    source.set_id(member_id)
    entry = Sources()
    entry.set_type(Choice(kind))
    entry.set_source(source)
    if subordinates is not None:
        entry.set_subordinates(subordinates)
    return entry


class UserGroups(object):

    @staticmethod
    def _print_action(response):
        ids = []
        if response is None:
            return ids
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, ActionWrapper):
            for action_response in response_object.get_user_groups():
                if isinstance(action_response, (SuccessResponse, APIException)):
                    _setup.print_status(action_response)
                if isinstance(action_response, SuccessResponse):
                    ids.append(int(action_response.get_details()["id"]))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)
        return ids

    @staticmethod
    def _print_groups(response):
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        if response.get_status_code() in [204, 304]:
            print("No Content" if response.get_status_code() == 204 else "Not Modified")
            return
        response_object = response.get_object()
        if isinstance(response_object, ResponseWrapper):
            for group in response_object.get_user_groups():
                print("Group: " + group.get_name() + " Description: " + str(group.get_description())
                      + " Sources: " + str(len(group.get_sources() or []))
                      + " CreatedBy: " + group.get_created_by().get_name())
            info = response_object.get_info()
            if info is not None:
                print("Group Info Count: " + str(info.get_count()) + " MoreRecords: " + str(info.get_more_records()))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def create_groups(groups):
        entries = []
        for name, description, sources in groups:
            group = Groups()
            group.set_name(name)
            group.set_description(description)
            group.set_sources(sources)
            entries.append(group)
        request = BodyWrapper()
        request.set_user_groups(entries)
        return UserGroups._print_action(UserGroupsOperations().create_groups(request))

    @staticmethod
    def get_groups():
        param_instance = ParameterMap()
        param_instance.add(GetGroupsParam.page, "1")
        param_instance.add(GetGroupsParam.per_page, "50")
        UserGroups._print_groups(UserGroupsOperations().get_groups(param_instance))

    @staticmethod
    def get_group(group_id):
        UserGroups._print_groups(UserGroupsOperations().get_group(group_id))

    @staticmethod
    def update_groups(descriptions):
        entries = []
        for group_id, description in descriptions:
            group = Groups()
            group.set_id(group_id)
            group.set_description(description)
            entries.append(group)
        request = BodyWrapper()
        request.set_user_groups(entries)
        UserGroups._print_action(UserGroupsOperations().update_groups(request))

    @staticmethod
    def update_group(group_id, new_sources):
        group = Groups()
        group.set_sources(new_sources)
        request = BodyWrapper()
        request.set_user_groups([group])
        UserGroups._print_action(UserGroupsOperations().update_group(group_id, request))

    @staticmethod
    def get_sources(group_id, kind=None):
        param_instance = ParameterMap()
        if kind is not None:
            param_instance.add(GetSourcesParam.type, kind)
        response = UserGroupsOperations().get_sources(group_id, param_instance)
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, SourcesWrapper):
            for entry in response_object.get_sources():
                print("Source: " + entry.get_type().get_value() + " " + entry.get_source().get_name())
            print("Sources Info Count: " + str(response_object.get_info().get_count()))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def get_sources_count(group_id):
        response = UserGroupsOperations().get_sources_count(group_id)
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, SourcesCountWrapper):
            for count in response_object.get_sources_count():
                users = count.get_users()
                print("Roles: " + str(count.get_roles()) + " Territories: " + str(count.get_territories())
                      + " Groups: " + str(count.get_groups()) + " Active Users: " + str(users.get_active())
                      + " Inactive Users: " + str(users.get_inactive()))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def get_associations(group_id):
        response = UserGroupsOperations().get_associations(group_id)
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        if response.get_status_code() == 204:
            print("No Content")
            return
        response_object = response.get_object()
        if isinstance(response_object, AssociationWrapper):
            for association in response_object.get_associations():
                print("Used by: " + association.get_type() + " " + association.get_resource().get_name())
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def get_associated_users_count():
        response = UserGroupsOperations().get_associated_users_count()
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, AssociatedUserCount):
            for entry in response_object.get_associated_users_count():
                print("Group: " + entry.get_user_group().get_name() + " Users: " + str(entry.get_count()))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def delete_group(group_id):
        UserGroups._print_action(UserGroupsOperations().delete_group(group_id))


def share_with_group(record_id, group_id):
    """Share a lead with a group, so that the group has something using it."""
    from zohocrmsdk.src.com.zoho.crm.api.share_records import (ActionWrapper as ShareActionWrapper,
                                                               BodyWrapper as ShareBodyWrapper, ShareRecord,
                                                               ShareRecordsOperations)
    from zohocrmsdk.src.com.zoho.crm.api.users import Users
    group = Users()
    group.set_id(group_id)
    group.add_key_value("type", "groups")
    share = ShareRecord()
    share.set_shared_with(group)
    share.set_permission("read_only")
    request = ShareBodyWrapper()
    request.set_share([share])
    outcome = ShareRecordsOperations(record_id, "Leads").share_record(request).get_object()
    if not isinstance(outcome, ShareActionWrapper):
        raise RuntimeError("could not share the sample lead: {!r}".format(outcome))


if __name__ == "__main__":
    with _setup.sdk() as demo:
        print("== create_groups")
        sales, managers = UserGroups.create_groups([
            ("Sales Team", "Everyone who sells", [member("users", _setup.ADMIN_USER_ID)]),
            ("Managers", "People managers", [member("roles", _setup.MANAGER_ROLE_ID, False)]),
        ])
        print("== get_groups")
        UserGroups.get_groups()
        print("== get_group")
        UserGroups.get_group(sales)
        print("== update_groups")
        UserGroups.update_groups([(sales, "Sales and presales"), (managers, "All managers")])
        print("== update_group")
        territory = demo.create_territory("Central")
        UserGroups.update_group(sales, [member("users", _setup.SECOND_USER_ID), member("territories", territory, False)])
        print("== get_sources")
        UserGroups.get_sources(sales)
        UserGroups.get_sources(sales, "users")
        print("== get_sources_count")
        UserGroups.get_sources_count(sales)
        print("== get_associations")
        share_with_group(demo.create_records("Leads", 1)[0], managers)
        UserGroups.get_associations(managers)
        print("== get_associated_users_count")
        UserGroups.get_associated_users_count()
        print("== delete_group")
        UserGroups.delete_group(sales)
        UserGroups.get_groups()
