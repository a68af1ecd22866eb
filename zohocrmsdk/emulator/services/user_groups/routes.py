from ...core.routing import rows

G = "/crm/v6/settings/user_groups"
ROUTES = [
    *rows("user_groups", ("GET", G, "list"), ("POST", G, "create"), ("PUT", G, "update"),
          ("GET", G + "/{gid:digits}", "get"), ("PUT", G + "/{gid:digits}", "update"),
          ("DELETE", G + "/{gid:digits}", "delete")),
    *rows("user_groups", ("GET", G + "/actions/associated_users_count", "users_count"),
          name="user_groups_users_count"),
    *rows("user_groups", ("GET", G + "/{gid:digits}/sources", "sources"), name="user_groups_sources"),
    *rows("user_groups", ("GET", G + "/{gid:digits}/actions/sources_count", "sources_count"),
          ("GET", G + "/{gid:digits}/actions/associations", "associations"), name="user_groups_actions"),
]

# SDK packages this service answers in full (the generic table leaves them out)
PACKAGES = ("user_groups",)
