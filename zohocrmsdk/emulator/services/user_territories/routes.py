from ...core.routing import rows

U = "/crm/v6/users/{user:digits}/territories"
ROUTES = rows("user_territories",
              ("GET", U, "list"), ("PUT", U, "associate"), ("GET", U + "/{territory:digits}", "get"),
              ("GET", U + "/actions/validate_before_transfer", "validate_before_transfer"),
              ("GET", U + "/{territory:digits}/actions/validate_before_transfer", "validate_before_transfer"),
              ("PUT", U + "/actions/transfer_and_delink", "transfer_and_delink"),
              ("PUT", U + "/{territory:digits}/actions/transfer_and_delink", "transfer_and_delink"))

# SDK packages this service answers in full (the generic table leaves them out)
PACKAGES = ("users_territories",)
