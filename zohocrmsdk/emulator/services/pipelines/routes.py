from ...core.routing import rows

P = "/crm/v6/settings/pipeline"
ROUTES = [
    *rows("pipelines", ("GET", P, "list"), ("POST", P, "create"), ("PUT", P, "update"),
          ("GET", P + "/{pid:digits}", "list"), ("PATCH", P + "/{pid:digits}", "update"), name="pipeline"),
    *rows("pipelines", ("POST", P + "/actions/transfer", "transfer"), name="pipeline_transfer"),
]

# SDK packages this service answers in full (the generic table leaves them out)
PACKAGES = ("pipeline",)
