"""Business hours: set, read and change the organisation's working hours (BusinessHoursOperations).

Writes answer an ``ActionWrapper`` whose ``business_hours`` is a single ``SuccessResponse`` (the
README's "business hours created" answer); reads answer a ``ResponseWrapper`` holding one
``BusinessHours``. The operations send the ``X-CRM-ORG`` header given to the constructor.

    python samples/business_hours/business_hours_operations.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api.business_hours import (ActionWrapper, APIException, BodyWrapper,
                                                            BreakHoursCustomTiming, BusinessHours,
                                                            BusinessHoursOperations, ResponseWrapper,
                                                            SuccessResponse)
from zohocrmsdk.src.com.zoho.crm.api.util import Choice


class BusinessHoursSample(object):

    @staticmethod
    def _print_action(response):
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, ActionWrapper):
            action_response = response_object.get_business_hours()
            if isinstance(action_response, (SuccessResponse, APIException)):
                _setup.print_status(action_response)
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def create_business_hours(org_id):
        hours = BusinessHours()
        hours.set_type(Choice("custom"))
        hours.set_week_starts_on(Choice("Monday"))
        hours.set_business_days([Choice(day) for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")])
        hours.set_same_as_everyday(False)
        timings = []
        for day, start, end in (("Monday", "09:00", "18:00"), ("Tuesday", "09:00", "18:00"),
                                ("Wednesday", "09:00", "18:00"), ("Thursday", "09:00", "18:00"),
                                ("Friday", "09:00", "13:00")):
            timing = BreakHoursCustomTiming()
            timing.set_days(Choice(day))
            timing.set_business_timing([start, end])
            timings.append(timing)
        hours.set_custom_timing(timings)
        request = BodyWrapper()
        request.set_business_hours(hours)
        BusinessHoursSample._print_action(BusinessHoursOperations(org_id).create_business_hours(request))

    @staticmethod
    def update_business_hours(org_id):
        hours = BusinessHours()
        hours.set_type(Choice("custom"))
        hours.set_week_starts_on(Choice("Sunday"))
        hours.set_business_days([Choice(day) for day in ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday")])
        hours.set_same_as_everyday(True)
        hours.set_daily_timing(["08:30", "17:30"])
        request = BodyWrapper()
        request.set_business_hours(hours)
        BusinessHoursSample._print_action(BusinessHoursOperations(org_id).update_business_hours(request))

    @staticmethod
    def get_business_hours(org_id):
        response = BusinessHoursOperations(org_id).get_business_hours()
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        if response.get_status_code() in [204, 304]:
            print("No Content" if response.get_status_code() == 204 else "Not Modified")
            return
        response_object = response.get_object()
        if isinstance(response_object, ResponseWrapper):
            hours = response_object.get_business_hours()
            print("Type: " + hours.get_type().get_value())
            print("Week Starts On: " + hours.get_week_starts_on().get_value())
            days = [day.get_value() if isinstance(day, Choice) else day for day in hours.get_business_days()]
            print("Business Days: " + ", ".join(days))
            print("Same As Everyday: " + str(hours.get_same_as_everyday()))
            if hours.get_daily_timing() is not None:
                print("Daily Timing: " + " - ".join(hours.get_daily_timing()))
            for timing in hours.get_custom_timing() or []:
                day = timing.get_days()
                print("Custom Timing: " + (day.get_value() if isinstance(day, Choice) else day) + " "
                      + " - ".join(timing.get_business_timing()))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)


if __name__ == "__main__":
    with _setup.sdk() as demo:
        org_id = demo.org_id()
        print("== get_business_hours (not set yet)")
        BusinessHoursSample.get_business_hours(org_id)
        print("== create_business_hours")
        BusinessHoursSample.create_business_hours(org_id)
        BusinessHoursSample.get_business_hours(org_id)
        print("== update_business_hours")
        BusinessHoursSample.update_business_hours(org_id)
        BusinessHoursSample.get_business_hours(org_id)
