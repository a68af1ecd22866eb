"""Mass delete: delete records by id, or every record of a custom view (MassDeleteCvidOperations).

Deleting by ids answers an ``ActionWrapper`` with one ``SuccessResponse`` per record. Deleting a
custom view is scheduled: the ``SuccessResponse`` carries a ``job_id`` (the README's "mass delete
scheduled" answer), and the job's progress is a ``ResponseWrapper`` of ``Status`` entries.

    python samples/mass_delete_cvid/mass_delete_operations.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.mass_delete_cvid import (ActionWrapper, APIException, CvidBodyWrapper,
                                                              GetMassDeleteStatusParam, MassDeleteCvidOperations,
                                                              RecordIdBodyWrapper, ResponseWrapper, SuccessResponse,
                                                              Territory)


class MassDelete(object):

    @staticmethod
    def _print_action(response):
        """Print the answer; return the job id of a scheduled deletion (if any)."""
        job_id = None
        if response is None:
            return job_id
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, ActionWrapper):
            for action_response in response_object.get_data():
                if isinstance(action_response, (SuccessResponse, APIException)):
                    _setup.print_status(action_response)
                if isinstance(action_response, SuccessResponse):
                    job_id = action_response.get_details().get("job_id", job_id)
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)
        return job_id

    @staticmethod
    def mass_delete_by_record_id(module_api_name, record_ids):
        request = RecordIdBodyWrapper()
        request.set_ids(record_ids)
        MassDelete._print_action(MassDeleteCvidOperations(module_api_name).mass_delete_by_record_id(request))

    @staticmethod
    def mass_delete_by_cvid(module_api_name, cvid, territory_id=None):
        request = CvidBodyWrapper()
        request.set_cvid(cvid)
        if territory_id is not None:
            territory = Territory()
            territory.set_id(territory_id)
            territory.set_include_child(True)
            request.set_territory(territory)
        return MassDelete._print_action(MassDeleteCvidOperations(module_api_name).mass_delete_by_cvid(request))

    @staticmethod
    def get_mass_delete_status(module_api_name, job_id, quiet=False):
        """Print the job's progress; return its status (COMPLETED, RUNNING or FAILED)."""
        param_instance = ParameterMap()
        param_instance.add(GetMassDeleteStatusParam.job_id, int(job_id))
        response = MassDeleteCvidOperations(module_api_name).get_mass_delete_status(param_instance)
        if response is None:
            return None
        response_object = response.get_object()
        if isinstance(response_object, ResponseWrapper):
            status = response_object.get_data()[0]
            if not quiet:
                print("Status Code: " + str(response.get_status_code()))
                print("Job Status: " + status.get_status().get_value() + " Total: " + str(status.get_total_count())
                      + " Deleted: " + str(status.get_deleted_count()) + " Failed: " + str(status.get_failed_count()))
            return status.get_status().get_value()
        if isinstance(response_object, APIException):
            _setup.print_status(response_object)
        return None


def count_leads():
    from zohocrmsdk.src.com.zoho.crm.api.record import CountWrapper, RecordOperations
    wrapper = RecordOperations("Leads").record_count().get_object()
    if isinstance(wrapper, CountWrapper):
        print("Leads left: " + str(wrapper.get_count()))


if __name__ == "__main__":
    with _setup.sdk() as demo:
        leads = demo.create_records("Leads", 6)
        count_leads()
        print("== mass_delete_by_record_id")
        MassDelete.mass_delete_by_record_id("Leads", leads[:2])
        count_leads()
        print("== mass_delete_by_cvid")
        region = demo.create_territory("Region")
        district = demo.create_territory("District", parent_id=region)
        demo.assign_territory("Leads", leads[2:4], district)
        job_id = MassDelete.mass_delete_by_cvid("Leads", demo.all_records_view_id("Leads"), territory_id=region)
        print("== get_mass_delete_status")
        _setup.wait_for(lambda: MassDelete.get_mass_delete_status("Leads", job_id, quiet=True) == "COMPLETED")
        MassDelete.get_mass_delete_status("Leads", job_id)
        count_leads()
