from ...core.routing import rows

TAGS = "/crm/v6/settings/tags"
MODULE = "/crm/v6/{module:module}"
ROUTES = [
    *rows("tags", ("GET", TAGS, "list"), ("POST", TAGS, "create"), ("PUT", TAGS, "update"),
          ("PUT", TAGS + "/{tid:digits}", "update"), ("DELETE", TAGS + "/{tid:digits}", "delete"), name="tags_settings"),
    *rows("tags", ("POST", TAGS + "/{tid:digits}/actions/merge", "merge"), name="tags_merge"),
    *rows("tags", ("GET", TAGS + "/{tid:digits}/actions/records_count", "records_count"), name="tags_records_count"),
    *rows("tags", ("POST", MODULE + "/actions/add_tags", "add_to_records"),
          ("POST", MODULE + "/actions/remove_tags", "remove_from_records"), name="tags_bulk"),
    *rows("tags", ("POST", MODULE + "/{rid}/actions/add_tags", "add_to_records"),
          ("POST", MODULE + "/{rid}/actions/remove_tags", "remove_from_records"), name="tags_record"),
]

# SDK packages this service answers in full (the generic table leaves them out)
PACKAGES = ("tags",)
