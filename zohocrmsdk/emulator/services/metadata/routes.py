from ...core.routing import rows

V6 = "/crm/v6"
ROUTES = [
    *rows("metadata", ("GET", V6 + "/settings/modules", "modules"), ("GET", V6 + "/settings/modules/{name}", "module"),
          ("PUT", V6 + "/settings/modules/{name}", "update_module"), name="modules"),
    *rows("metadata", ("GET", V6 + "/settings/fields", "fields"), ("GET", V6 + "/settings/fields/{field_id}", "fields"),
          name="fields"),
    *rows("metadata", ("GET", V6 + "/settings/layouts", "layouts"),
          ("GET", V6 + "/settings/layouts/{layout_id}", "layouts"), name="layouts"),
    *rows("metadata", ("GET", V6 + "/settings/related_lists", "related_lists"),
          ("GET", V6 + "/settings/related_lists/{rl_id}", "related_lists"), name="related_lists"),
]

# SDK packages this service answers in full (the generic table leaves them out)
PACKAGES = ("modules",)
