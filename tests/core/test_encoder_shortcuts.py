"""Every encoder shortcut (``encoding._build_encoder``) gives exactly what the general path
(``Encoder._convert``: validation, then the declared type's conversion) gives: the same JSON for a
valid value, the same official error for an invalid one. Checked for the member specs of every
declared class and for record fields built from field metadata, over values of every shape."""
import datetime as dt
import importlib
import pkgutil
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import zohocrmsdk.src.com.zoho.crm.api as api
from zohocrmsdk.src.com.zoho.crm.api.exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.record import Record
from zohocrmsdk.src.com.zoho.crm.api.users import MinifiedUser
from zohocrmsdk.src.com.zoho.crm.api.util import Choice
from zohocrmsdk.src.com.zoho.crm.api.util.codec import NO_CONTEXT, Context, Encoder
from zohocrmsdk.src.com.zoho.crm.api.util.codec.encoding import _build_encoder
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model, RecordField, resolve

BOUNDED = settings(derandomize=True, max_examples=200, deadline=None, database=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _declared_specs():
    """One member spec per distinct (type, element, allowed values, structure) of all declared classes."""
    found = {}
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        for value in vars(importlib.import_module(info.name)).values():
            if isinstance(value, type) and issubclass(value, Model):
                for f in value.__dict__.get("_fields_", ()):
                    found.setdefault((f.type, f.of, f.values, f.structure), f)
    return list(found.values())


RECORD_SPECS = [
    RecordField("Status", "Choice", values=("Open", "Closed"), picklist=True),
    RecordField("Tags", "List", of="Choice"),
    RecordField("Owner", "users.MinifiedUser"),
    RecordField("Account", "record.Record", module="Accounts", lookup=True),
    RecordField("Amount", "Double"),
    RecordField("Closing", "Date"),
]
SPECS = [f for f in _declared_specs() + RECORD_SPECS if _build_encoder(f)]


class Text(str):
    """A subclass: shortcuts test classes exactly, the general path decides."""


class Number(int):
    pass


def _user():
    user = MinifiedUser()
    user.set_id(5725767000000411001)
    user.set_name("Ann")
    return user


def _record():
    record = Record()
    record.add_key_value("id", 5725767000000411002)
    record.add_key_value("Last_Name", "Lee")
    return record


aware = st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2060, 1, 1),
                     timezones=st.sampled_from([dt.timezone.utc, dt.timezone(dt.timedelta(hours=5, minutes=30))]))
scalars = st.one_of(
    st.booleans(), st.integers(-2 ** 70, 2 ** 70), st.floats(allow_nan=False), st.text(max_size=6),
    st.sampled_from(["Open", "Closed", "a", "", "null"]), st.builds(Text, st.text(max_size=3)),
    st.builds(Number, st.integers(-5, 5)), st.datetimes(min_value=dt.datetime(1990, 1, 1)), aware,
    st.dates(), st.times(), st.just(Decimal("2.50")),
    st.builds(Choice, st.sampled_from(["Open", "Closed", "other", 3, None])),
    st.builds(_user), st.builds(_record))
values = st.one_of(scalars, st.lists(scalars, max_size=3),
                   st.dictionaries(st.sampled_from(["id", "name", "x"]), scalars, max_size=2))


def shape(value):
    """The JSON with the class of every leaf, so 1, 1.0 and True differ."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shape(v) for v in value]
    return type(value).__name__, value


def outcome(run):
    try:
        return "ok", shape(run())
    except SDKException as error:
        return "error", error.code, error.message, repr(error.details)


@pytest.mark.parametrize("pick_list_validation", [True, False])
def test_every_shortcut_equals_the_general_path(pick_list_validation):
    ctx = Context(pick_list_validation=pick_list_validation)
    assert len(SPECS) > 50  # every shortcut kind, from the declarations and from field metadata
    seen = set()

    @BOUNDED
    @given(st.sampled_from(KINDS).flatmap(lambda kind: st.sampled_from([f for f in SPECS if _kind(f) == kind])),
           st.data(), st.one_of(st.none(), st.integers(0, 3)))
    def check(f, data, index):
        fast = _build_encoder(f)
        for value in (data.draw(valid(f)), data.draw(values)):  # one the member accepts, one of any shape
            shortcut = outcome(lambda: fast(Encoder(ctx), value, "Owner", index))
            general = outcome(lambda: Encoder(ctx)._convert(f, value, "Owner", index))
            assert shortcut == general, (f, value)
            seen.add((_kind(f), shortcut[0]))
    check()
    # valid and invalid values both reached every kind of shortcut
    assert {(kind, result) for kind in KINDS for result in ("ok", "error")} <= seen, seen


def valid(f):
    """Values a member of spec ``f`` accepts (most of them; the general path has the last word)."""
    kind = _kind(f)
    choices = st.builds(Choice, st.sampled_from(f.values) if f.values else st.text(max_size=3))
    if kind == "object":
        cls = resolve(f.type)
        return st.builds(_user) if cls is MinifiedUser else st.builds(_record) if cls is Record else st.builds(cls)
    return {"str": st.text(max_size=4), "int": st.integers(-2 ** 63, 2 ** 63), "float": st.floats(allow_nan=False),
            "bool": st.booleans(), "DateTime": st.one_of(st.datetimes(), aware), "Date": st.dates(),
            "Choice": choices, "List": st.lists(choices, max_size=3)}[kind]


KINDS = ("str", "int", "float", "bool", "DateTime", "Date", "Choice", "List", "object")


def _kind(f):
    if f.type == "List" or f.type.endswith("Choice"):
        return f.type.rpartition(".")[2]
    if f.type in ("String", "Integer", "Long", "Float", "Double", "Boolean"):
        return {"String": "str", "Integer": "int", "Long": "int", "Float": "float", "Double": "float",
                "Boolean": "bool"}[f.type]
    return f.type if f.type in ("DateTime", "Date") else "object"


def test_the_comparison_would_see_a_drifting_shortcut():
    spec = F("amount", "Double")
    general = outcome(lambda: Encoder(NO_CONTEXT)._convert(spec, 1, "Owner", 0))
    drifted = outcome(lambda: 1)  # a shortcut that let an int through a Double member
    assert general[0] == "error" and drifted != general
