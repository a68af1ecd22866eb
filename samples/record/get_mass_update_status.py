"""Poll a scheduled mass update job: RecordOperations.get_mass_update_status.

    python samples/record/get_mass_update_status.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.record import (APIException, Criteria, Field, GetMassUpdateStatusParam, MassUpdate,
                                                     MassUpdateBodyWrapper, MassUpdateResponseWrapper, Record,
                                                     RecordOperations)
from zohocrmsdk.src.com.zoho.crm.api.util import Choice


class GetMassUpdateStatus(object):

    @staticmethod
    def get_mass_update_status(module_api_name, job_id):
        """Print the progress of the mass update job `job_id`."""
        record_operations = RecordOperations(module_api_name)
        param_instance = ParameterMap()
        param_instance.add(GetMassUpdateStatusParam.job_id, job_id)
        response = record_operations.get_mass_update_status(param_instance)
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        if response.get_status_code() in [204, 304]:
            print("No Content" if response.get_status_code() == 204 else "Not Modified")
            return
        response_object = response.get_object()
        if isinstance(response_object, MassUpdateResponseWrapper):
            for mass_update_response in response_object.get_data():
                if isinstance(mass_update_response, MassUpdate):
                    print("MassUpdate Status: " + mass_update_response.get_status().get_value())
                    print("MassUpdate FailedCount: " + str(mass_update_response.get_failed_count()))
                    print("MassUpdate UpdatedCount: " + str(mass_update_response.get_updated_count()))
                    print("MassUpdate NotUpdatedCount: " + str(mass_update_response.get_not_updated_count()))
                    print("MassUpdate TotalCount: " + str(mass_update_response.get_total_count()))
                elif isinstance(mass_update_response, APIException):
                    _setup.print_status(mass_update_response)
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)


def schedule_mass_update(module_api_name, company):
    """Schedule a criteria-based mass update (the kind that runs as a job) and return its job id."""
    request = MassUpdateBodyWrapper()
    record = Record()
    record.add_field_value(Field.Leads.city(), "Scheduled City")
    request.set_data([record])
    criteria = Criteria()
    criteria.set_field("Company")
    criteria.set_value(company)
    criteria.set_comparator(Choice("equal"))
    request.set_criteria([criteria])
    scheduled = RecordOperations(module_api_name).mass_update_records(request).get_object()
    return scheduled.get_data()[0].get_details()["job_id"]


if __name__ == "__main__":
    with _setup.sdk() as demo:
        company = _setup.Demo.unique("MassUpdate")
        demo.create_records("Leads", 3, Company=company)
        GetMassUpdateStatus.get_mass_update_status("Leads", schedule_mass_update("Leads", company))
