"""The generated per-class decoders give exactly what the plain per-member loop gives, and the
shared "nothing modified" map of decoded objects never leaks between objects."""
import datetime as dt
import importlib
import json
import pkgutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import zohocrmsdk.src.com.zoho.crm.api as api
from zohocrmsdk.src.com.zoho.crm.api.record import DeletedRecord, Record
from zohocrmsdk.src.com.zoho.crm.api.users import MinifiedUser
from zohocrmsdk.src.com.zoho.crm.api.util import Choice, codec
from zohocrmsdk.src.com.zoho.crm.api.util.model import KeyValueModel, Model


def _model_classes():
    found = {}
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (isinstance(value, type) and issubclass(value, Model) and not issubclass(value, KeyValueModel)
                    and value.__dict__.get("_fields_")):
                found[value.__module__ + "." + value.__name__] = value
    return [found[k] for k in sorted(found)]


CLASSES = _model_classes()

# Values of every shape a member may meet, the awkward ones included.
leaf = st.one_of(
    st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=False),
    st.sampled_from(["null", "12", " 7 ", "1_000", "x", "", "true", "false", "2024-03-04T05:06:07+05:30",
                     "2024-03-04T05:06:07", "2024-03-04", "10:30", "not a date", "5725767000001000090"]),
    st.text(max_size=5))
value = st.recursive(leaf, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.sampled_from(["id", "name", "email", "status", "code", "value", "other"]), inner, max_size=4), max_leaves=6)


def shape(obj):
    """A comparable picture of a decoded value: classes, members, tz-aware datetimes and all."""
    if isinstance(obj, Model):
        return (type(obj).__qualname__, {k: shape(v) for k, v in obj._v.items()}, dict(obj._km))
    if isinstance(obj, Choice):
        return ("Choice", shape(obj.get_value()))
    if isinstance(obj, dt.datetime):
        return ("datetime", obj.isoformat(), repr(obj.tzinfo))
    if isinstance(obj, list):
        return [shape(v) for v in obj]
    if isinstance(obj, dict):
        return {k: shape(v) for k, v in obj.items()}
    return (type(obj).__name__, obj)


def test_every_model_class_is_found():
    assert len(CLASSES) > 900  # the plain (non key/value) model classes of all 91 packages


AWKWARD = [None, True, False, 0, 12, -3, 2**70, 1.5, "null", "12", " 7 ", "1_000", "x", "", "true", "false",
           "2024-03-04T05:06:07+05:30", "2024-03-04T05:06:07", "2024-03-04", "10:30", "5725767000001000090",
           [], ["a", 1], [{"id": "1"}], {}, {"id": "5", "name": "n"}, {"value": "v", "status": "s"}]


def outcome(decode):
    try:
        return "ok", shape(decode())
    except Exception as error:  # both paths must fail alike, if at all
        return "error", type(error).__name__


def test_every_class_and_member_decodes_every_awkward_value_like_the_member_loop():
    checked = 0
    for cls in CLASSES:
        ref = cls.__module__.rpartition(".")[0] + "." + cls.__name__
        for v in AWKWARD:
            body = {f.key: v for f in cls._fields_}
            generated = outcome(lambda: codec.decode(body, ref))
            looped = outcome(lambda: codec.decode_model(body, cls, codec.NO_CONTEXT))
            assert generated == looped, (cls, v)
            checked += 1
    assert checked == len(CLASSES) * len(AWKWARD)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_generated_decoder_matches_the_member_loop(data):
    cls = data.draw(st.sampled_from(CLASSES))
    keys = [f.key for f in cls._fields_] + ["unknown_key"]
    body = data.draw(st.dictionaries(st.sampled_from(keys), value, max_size=len(keys)))
    ref = cls.__module__.rpartition(".")[0] + "." + cls.__name__
    generated = outcome(lambda: codec.decode(body, ref))
    looped = outcome(lambda: codec.decode_model(body, cls, codec.NO_CONTEXT))
    assert generated == looped, (cls, json.dumps(body, default=str))


def test_decoded_objects_get_their_own_flags_on_first_write():
    page = {"id": "1", "deleted_by": {"id": "7", "name": "A"}, "created_by": {"id": "8", "name": "B"}}
    first, second = (codec.decode(page, "record.DeletedRecord") for _ in range(2))
    assert first.is_key_modified("id") is None and second.is_key_modified("id") is None
    first.set_display_name("renamed")
    assert first.is_key_modified("display_name") == 1
    assert second.is_key_modified("display_name") is None
    assert first.get_deleted_by().is_key_modified("name") is None
    user = first.get_deleted_by()
    user.set_key_modified("name", 1)
    assert codec.encode_model(user) == {"name": "A"}
    assert second.get_deleted_by().is_key_modified("name") is None
    assert isinstance(first, DeletedRecord) and isinstance(user, MinifiedUser)


def test_decoded_records_can_be_changed_and_sent_back():
    record = codec.decode({"id": "12", "Last_Name": "Doe"}, "record.Record")
    other = codec.decode({"id": "13"}, "record.Record")
    record.add_key_value("First_Name", "Jo")
    record.set_key_modified("id", 1)
    assert codec.encode_model(record) == {"First_Name": "Jo", "id": 12}
    assert codec.encode_model(other) == {}
    assert isinstance(record, Record) and other.is_key_modified("First_Name") is None


def test_decoded_objects_copy_and_pickle_and_stay_independent():
    import copy
    import pickle
    original = codec.decode({"id": "1", "deleted_by": {"id": "7", "name": "A"}}, "record.DeletedRecord")
    record = codec.decode({"id": "12", "Last_Name": "Doe"}, "record.Record")
    for duplicate in (copy.copy, copy.deepcopy, lambda o: pickle.loads(pickle.dumps(o))):
        twin = duplicate(original)
        assert shape(twin) == shape(original)
        twin.set_display_name("changed")
        assert twin.is_key_modified("display_name") == 1
        assert original.is_key_modified("display_name") is None
        other = duplicate(record)
        other.add_key_value("First_Name", "Jo")
        assert codec.encode_model(other) == {"First_Name": "Jo"} and codec.encode_model(record) == {}
        assert record.is_key_modified("First_Name") is None
