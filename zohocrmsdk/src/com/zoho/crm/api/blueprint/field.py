# Declarations of the official blueprint surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Field(Model):
    _fields_ = (
        F("system_mandatory", "Boolean"),
        F("private", "fields.Private"),
        F("webhook", "Boolean"),
        F("json_type", "String"),
        F("crypt", "blueprint.Crypt"),
        F("field_label", "String"),
        F("tooltip", "blueprint.ToolTip"),
        F("created_source", "String"),
        F("type", "String", key="_type"),
        F("layouts", "blueprint.Layout"),
        F("mandatory", "Boolean"),
        F("field_read_only", "Boolean"),
        F("content", "String"),
        F("display_type", "Choice", values=(-1, 2)),
        F("display_label", "String"),
        F("ui_type", "Integer"),
        F("validation_rule", "String"),
        F("read_only", "Boolean"),
        F("association_details", "blueprint.AssociationDetails"),
        F("quick_sequence_number", "Long"),
        F("multi_module_lookup", "fields.MultiModuleLookup"),
        F("currency", "blueprint.Currency"),
        F("id", "String"),
        F("filterable", "Boolean"),
        F("custom_field", "Boolean"),
        F("lookup", "blueprint.Module"),
        F("convert_mapping", "blueprint.ConvertMapping"),
        F("visible", "Boolean"),
        F("length", "Integer"),
        F("column_name", "String"),
        F("profiles", "List", of="blueprint.Profile"),
        F("view_type", "blueprint.ViewType"),
        F("pick_list_values_sorted_lexically", "Boolean"),
        F("personality_name", "String"),
        F("sortable", "Boolean"),
        F("transition_sequence", "Integer"),
        F("external", "fields.External"),
        F("api_name", "String"),
        F("unique", "fields.Unique"),
        F("history_tracking", "Boolean"),
        F("data_type", "String"),
        F("formula", "blueprint.Formula"),
        F("decimal_place", "String"),
        F("multiselectlookup", "blueprint.MultiSelectLookup"),
        F("pick_list_values", "List", of="fields.PickListValue"),
        F("auto_number", "blueprint.AutoNumber"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
