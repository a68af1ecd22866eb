# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.record.record import Record
from zohocrmsdk.src.com.zoho.crm.api.util.model import F


class Consent(Record):
    _fields_ = (
        F("owner", "users.MinifiedUser", key="Owner"),
        F("contact_through_email", "Boolean", key="Contact_Through_Email"),
        F("data_processing_basis", "String", key="Data_Processing_Basis"),
        F("created_time", "DateTime", key="Created_Time"),
        F("contact_through_social", "Boolean", key="Contact_Through_Social"),
        F("contact_through_phone", "Boolean", key="Contact_Through_Phone"),
        F("consent_remarks", "String", key="Consent_Remarks"),
        F("created_by", "users.MinifiedUser", key="Created_By"),
        F("modified_time", "DateTime", key="Modified_Time"),
        F("modified_by", "users.MinifiedUser", key="Modified_By"),
        F("name", "String"),
        F("contact_through_survey", "Boolean", key="Contact_Through_Survey"),
        F("consent_date", "Date", key="Consent_Date"),
        F("id", "Long"),
        F("tag", "List", key="Tag", of="tags.Tag"),
        F("mail_sent_time", "DateTime", key="Mail_Sent_Time"),
        F("consent_through", "String", key="Consent_Through"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
