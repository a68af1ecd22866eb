"""Tags: manage a module's tags and tag records (TagsOperations, all eleven methods).

Shows the three response families of the tags package: ``ResponseWrapper`` (tag lists),
``ActionWrapper`` of ``SuccessResponse`` (tag settings writes), ``RecordActionWrapper`` of
``RecordSuccessResponse`` (tagging records, with its success/locked counts) and
``CountResponseWrapper`` (records carrying a tag).

    python samples/tags/tags_operations.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.tags import (ActionWrapper, AddTagsParam, AddTagsToMultipleRecordsParam,
                                                  APIException, BodyWrapper, ConflictWrapper, CountResponseWrapper,
                                                  CreateTagsParam, ExistingTag, ExistingTagRequestWrapper,
                                                  GetRecordCountForTagParam, GetTagsParam, MergeWrapper,
                                                  NewTagRequestWrapper, RecordActionWrapper, RecordSuccessResponse,
                                                  RemoveTagsFromMultipleRecordsParam, ResponseWrapper,
                                                  SuccessResponse, Tag, TagsOperations, UpdateTagParam,
                                                  UpdateTagsParam)
from zohocrmsdk.src.com.zoho.crm.api.util import Choice


class Tags(object):

    @staticmethod
    def _print_action(response):
        """Print an ActionWrapper answer; return the ids it reports."""
        ids = []
        if response is None:
            return ids
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, ActionWrapper):
            for action_response in response_object.get_tags():
                if isinstance(action_response, SuccessResponse):
                    details = action_response.get_details()
                    print("Status: " + action_response.get_status().get_value())
                    print("Code: " + action_response.get_code().get_value())
                    print("Tag ID: " + str(details["id"]) + " Name: " + str(details.get("name", "-"))
                          + " Color: " + str(details.get("color_code", "-")))
                    print("Message: " + action_response.get_message().get_value())
                    ids.append(int(details["id"]))
                elif isinstance(action_response, APIException):
                    _setup.print_status(action_response)
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)
        return ids

    @staticmethod
    def _print_record_action(response):
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, RecordActionWrapper):
            for action_response in response_object.get_data():
                if isinstance(action_response, RecordSuccessResponse):
                    print("Status: " + action_response.get_status().get_value())
                    print("Code: " + action_response.get_code().get_value())
                    details = action_response.get_details()
                    names = sorted(tag.get_name() for tag in details.get("tags") or [])
                    print("Record " + str(details["id"]) + " tags: " + ", ".join(names))
                    print("Message: " + action_response.get_message())
                elif isinstance(action_response, APIException):
                    _setup.print_status(action_response)
            print("Success Count: " + str(response_object.get_success_count()))
            print("Locked Count: " + str(response_object.get_locked_count()))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def create_tags(module_api_name, names):
        tags = []
        for name, colour in names:
            tag = Tag()
            tag.set_name(name)
            tag.set_color_code(Choice(colour))
            tags.append(tag)
        request = BodyWrapper()
        request.set_tags(tags)
        param_instance = ParameterMap()
        param_instance.add(CreateTagsParam.module, module_api_name)
        return Tags._print_action(TagsOperations().create_tags(request, param_instance))

    @staticmethod
    def get_tags(module_api_name):
        param_instance = ParameterMap()
        param_instance.add(GetTagsParam.module, module_api_name)
        response = TagsOperations().get_tags(param_instance)
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        if response.get_status_code() in [204, 304]:
            print("No Content" if response.get_status_code() == 204 else "Not Modified")
            return
        response_object = response.get_object()
        if isinstance(response_object, ResponseWrapper):
            for tag in response_object.get_tags():
                print("Tag Name: " + tag.get_name() + " Color: " + tag.get_color_code().get_value()
                      + " CreatedBy: " + tag.get_created_by().get_name())
            info = response_object.get_info()
            print("Tag Info Count: " + str(info.get_count()) + " AllowedCount: " + str(info.get_allowed_count()))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def update_tags(module_api_name, tag_ids):
        tags = []
        for tag_id in tag_ids:
            tag = Tag()
            tag.set_id(tag_id)
            tag.set_color_code(Choice("#63C57E"))
            tags.append(tag)
        request = BodyWrapper()
        request.set_tags(tags)
        param_instance = ParameterMap()
        param_instance.add(UpdateTagsParam.module, module_api_name)
        Tags._print_action(TagsOperations().update_tags(request, param_instance))

    @staticmethod
    def update_tag(module_api_name, tag_id, new_name):
        tag = Tag()
        tag.set_name(new_name)
        request = BodyWrapper()
        request.set_tags([tag])
        param_instance = ParameterMap()
        param_instance.add(UpdateTagParam.module, module_api_name)
        Tags._print_action(TagsOperations().update_tag(tag_id, request, param_instance))

    @staticmethod
    def add_tags(module_api_name, record_id, names):
        tags = []
        for name in names:
            tag = Tag()
            tag.set_name(name)
            tags.append(tag)
        request = NewTagRequestWrapper()
        request.set_tags(tags)
        param_instance = ParameterMap()
        param_instance.add(AddTagsParam.over_write, "false")
        Tags._print_record_action(TagsOperations().add_tags(record_id, module_api_name, request, param_instance))

    @staticmethod
    def add_tags_to_multiple_records(module_api_name, record_ids, names):
        tags = []
        for name in names:
            tag = Tag()
            tag.set_name(name)
            tags.append(tag)
        request = NewTagRequestWrapper()
        request.set_tags(tags)
        request.set_ids(record_ids)
        param_instance = ParameterMap()
        param_instance.add(AddTagsToMultipleRecordsParam.over_write, "false")
        Tags._print_record_action(TagsOperations().add_tags_to_multiple_records(module_api_name, request,
                                                                                param_instance))

    @staticmethod
    def remove_tags(module_api_name, record_id, names):
        tags = []
        for name in names:
            tag = ExistingTag()
            tag.set_name(name)
            tags.append(tag)
        request = ExistingTagRequestWrapper()
        request.set_tags(tags)
        Tags._print_record_action(TagsOperations().remove_tags(record_id, module_api_name, request))

    @staticmethod
    def remove_tags_from_multiple_records(module_api_name, record_ids, names):
        tags = []
        for name in names:
            tag = ExistingTag()
            tag.set_name(name)
            tags.append(tag)
        request = ExistingTagRequestWrapper()
        request.set_tags(tags)
        request.set_ids(record_ids)
        param_instance = ParameterMap()
        for record_id in record_ids:
            param_instance.add(RemoveTagsFromMultipleRecordsParam.ids, record_id)
        Tags._print_record_action(TagsOperations().remove_tags_from_multiple_records(module_api_name, request,
                                                                                     param_instance))

    @staticmethod
    def get_record_count_for_tag(module_api_name, tag_id):
        param_instance = ParameterMap()
        param_instance.add(GetRecordCountForTagParam.module, module_api_name)
        response = TagsOperations().get_record_count_for_tag(tag_id, param_instance)
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, CountResponseWrapper):
            print("Tag " + str(tag_id) + " Record Count: " + str(response_object.get_count()))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def merge_tags(tag_id, conflict_id):
        conflict = ConflictWrapper()
        conflict.set_conflict_id(str(conflict_id))
        request = MergeWrapper()
        request.set_tags([conflict])
        Tags._print_action(TagsOperations().merge_tags(tag_id, request))

    @staticmethod
    def delete_tag(tag_id):
        Tags._print_action(TagsOperations().delete_tag(tag_id))


if __name__ == "__main__":
    with _setup.sdk() as demo:
        lead_ids = demo.create_records("Leads", 3)
        print("== create_tags")
        hot, cold = Tags.create_tags("Leads", [("Hot", "#F17574"), ("Cold", "#57B1FD")])
        print("== get_tags")
        Tags.get_tags("Leads")
        print("== update_tags")
        Tags.update_tags("Leads", [hot, cold])
        print("== update_tag")
        Tags.update_tag("Leads", cold, "Frozen")
        print("== add_tags")
        Tags.add_tags("Leads", lead_ids[0], ["Hot", "Webinar"])
        print("== add_tags_to_multiple_records")
        Tags.add_tags_to_multiple_records("Leads", lead_ids, ["Frozen"])
        print("== remove_tags")
        Tags.remove_tags("Leads", lead_ids[0], ["Webinar"])
        print("== remove_tags_from_multiple_records")
        Tags.remove_tags_from_multiple_records("Leads", lead_ids[1:], ["Frozen"])
        print("== get_record_count_for_tag")
        Tags.get_record_count_for_tag("Leads", hot)
        print("== merge_tags")
        Tags.merge_tags(hot, cold)
        Tags.get_record_count_for_tag("Leads", hot)
        print("== delete_tag")
        Tags.delete_tag(hot)
        Tags.get_tags("Leads")
