from ...core.routing import rows

T = "/crm/v6/settings/territories"
MODULE = "/crm/v6/{module:module}"
ROUTES = [
    *rows("territories", ("GET", T, "list"), ("POST", T, "create"), ("PUT", T, "update"), ("DELETE", T, "delete"),
          ("GET", T + "/{tid:digits}", "get"), ("PUT", T + "/{tid:digits}", "update"),
          ("DELETE", T + "/{tid:digits}", "delete"), name="territories_settings"),
    *rows("territories", ("GET", T + "/{tid:digits}/__child_territories", "children"), name="territories_children"),
    *rows("territories", ("GET", T + "/actions/associated_users_count", "users_count"),
          name="territories_users_count"),
    *rows("territories", ("POST", T + "/actions/transfer_and_delete", "transfer_and_delete"),
          ("POST", T + "/{tid:digits}/actions/transfer_and_delete", "transfer_and_delete"),
          name="territories_transfer"),
    *rows("territories", ("POST", MODULE + "/actions/assign_territories", "assign"),
          ("POST", MODULE + "/actions/remove_territories", "remove"), name="territories_bulk"),
    *rows("territories", ("POST", MODULE + "/{rid}/actions/assign_territories", "assign"),
          ("POST", MODULE + "/{rid}/actions/remove_territories", "remove"), name="territories_record"),
]

# SDK packages this service answers in full (the generic table leaves them out)
PACKAGES = ("territories",)
