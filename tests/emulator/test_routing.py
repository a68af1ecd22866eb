"""The emulator's one route table: precedence, method ownership, and the generated generic table."""
import importlib.util
import json
import os

from zohocrmsdk.emulator.core.routing import Route, Router
from zohocrmsdk.emulator.services import PACKAGES, ROUTES
from zohocrmsdk.emulator.services.generic.table import ROWS

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _router(*rows):
    return Router([Route(m, t, "svc", a) for m, t, a in rows])


def test_literal_segments_beat_parameters_whatever_the_order():
    router = _router(("GET", "/crm/v6/{module:module}/{rid}", "record"), ("GET", "/crm/v6/{module:module}/deleted", "deleted"),
                     ("GET", "/crm/v6/Contacts/roles", "roles"))
    assert router.match("GET", "/crm/v6/Leads/deleted")[0].route.action == "deleted"
    assert router.match("GET", "/crm/v6/Contacts/roles")[0].route.action == "roles"
    found = router.match("GET", "/crm/v6/Contacts/42")[0]  # backtracks from the literal branch
    assert found.route.action == "record" and found.params == {"module": "Contacts", "rid": "42"}
    assert found.modules == ("module",)


def test_constrained_parameters_beat_free_ones():
    router = _router(("GET", "/x/{id:digits}", "digits"), ("GET", "/x/{name:name}", "name"), ("GET", "/x/{any}", "any"))
    assert [router.match("GET", "/x/" + p)[0].route.action for p in ("12", "ab_1", "1-a")] == ["digits", "name", "any"]


def test_the_most_literal_template_owns_its_path():
    router = _router(("GET", "/crm/v6/settings/tags", "list"), ("DELETE", "/crm/v6/{module}/{rid}", "delete"))
    assert router.match("DELETE", "/crm/v6/settings/tags") == (None, True)  # INVALID_REQUEST_METHOD
    assert router.match("GET", "/crm/v6/nowhere/at/all") == (None, False)  # INVALID_URL_PATTERN


def test_every_route_names_an_existing_action():
    from zohocrmsdk.emulator.core.app import EmulatorApp
    app = EmulatorApp()
    for route in app.routes.routes:  # the services' rows, the admin API's and the console's
        assert callable(getattr(app.responses[route.service], route.action)), route
    assert {r.service for r in ROUTES} == set(app.responses) - {"admin", "console"}


def test_generic_table_is_what_the_generator_writes():
    spec = importlib.util.spec_from_file_location("gen", os.path.join(ROOT, "tools", "gen_emulator_surface.py"))
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    with open(os.path.join(ROOT, "tests", "data", "api_surface.json"), encoding="utf-8") as handle:
        assert gen.rows(json.load(handle)) == ROWS
    assert not {row[5].split(".")[0] for row in ROWS} & set(PACKAGES)  # packages a service answers stay out
