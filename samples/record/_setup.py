"""Shared set-up for the record samples in this folder.

Every sample ends with::

    if __name__ == "__main__":
        with _setup.sdk() as demo:
            SomeSample.some_method("Leads", ...)

``_setup.sdk()`` initialises the SDK and yields a small ``Demo`` helper that creates the
records a sample needs (so each sample runs on its own). Where the SDK talks to:

* default: an emulator started in this process (no Zoho account, no network);
* ``ZOHO_EMULATOR_URL=http://127.0.0.1:8000``: an emulator already running
  (``python -m zohocrmsdk.emulator``), authorised through its admin API.

For real Zoho, replace the body of ``sdk()`` with the README's ``Initializer.initialize``
(``USDataCenter.PRODUCTION()`` and your own OAuth token).
"""
import contextlib
import json
import os
import tempfile
import urllib.request
import uuid

from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.record import (ActionWrapper, APIException, BodyWrapper, Field, Record,
                                                     RecordOperations, SuccessResponse)

CLIENT_ID = "1000.RECORDSAMPLES"
CLIENT_SECRET = "record-samples-secret"
REDIRECT_URL = "https://example.com/callback"


def print_status(obj):
    """Print the four common parts of a SuccessResponse / APIException (official sample layout)."""
    print("Status: " + obj.get_status().get_value())
    print("Code: " + obj.get_code().get_value())
    print("Details")
    details = obj.get_details()
    if details is not None:
        for key, value in details.items():
            print(key + " : " + str(value))
    print("Message: " + obj.get_message().get_value())


def print_action_wrapper(response_object):
    """Print every entry of an ActionWrapper (one per record written)."""
    for action_response in response_object.get_data():
        if isinstance(action_response, (SuccessResponse, APIException)):
            print_status(action_response)


class Demo(object):
    """Creates the sample data a sample needs, through the SDK itself."""

    def __init__(self, work_dir):
        self.work_dir = work_dir

    @staticmethod
    def unique(prefix="demo"):
        return "{}-{}".format(prefix, uuid.uuid4().hex[:10])

    def create_records(self, module_api_name, count=1, **values):
        """Create `count` records (Leads by default fields) and return their ids."""
        records = []
        for index in range(count):
            record = Record()
            if module_api_name == "Leads":
                record.add_field_value(Field.Leads.last_name(), "Sample {}".format(index + 1))
                record.add_field_value(Field.Leads.first_name(), "Record")
                record.add_field_value(Field.Leads.company(), "Zylker")
                record.add_field_value(Field.Leads.email(), self.unique("lead") + "@example.com")
            for key, value in values.items():
                record.add_key_value(key, value)
            records.append(record)
        body = BodyWrapper()
        body.set_data(records)
        response = RecordOperations(module_api_name).create_records(body)
        wrapper = response.get_object()
        if not isinstance(wrapper, ActionWrapper):
            raise RuntimeError("could not create sample records: {!r}".format(wrapper))
        ids = []
        for item in wrapper.get_data():
            if not isinstance(item, SuccessResponse):
                raise RuntimeError("could not create a sample record: " + item.get_message().get_value())
            ids.append(int(item.get_details()["id"]))
        return ids

    def create_territory(self, name=None):
        """Create a territory (settings API) and return its id."""
        from zohocrmsdk.src.com.zoho.crm.api.territories import (ActionWrapper as TActionWrapper,
                                                                 BodyWrapper as TBodyWrapper,
                                                                 SuccessResponse as TSuccessResponse,
                                                                 Territories, TerritoriesOperations)
        territory = Territories()
        territory.set_name(name or self.unique("Territory"))
        body = TBodyWrapper()
        body.set_territories([territory])
        wrapper = TerritoriesOperations().create_territories(body).get_object()
        if not isinstance(wrapper, TActionWrapper) or not isinstance(wrapper.get_territories()[0], TSuccessResponse):
            raise RuntimeError("could not create a sample territory: {!r}".format(wrapper))
        return int(wrapper.get_territories()[0].get_details()["id"])

    def assign_territory(self, module_api_name, record_ids, territory_id):
        """Assign `territory_id` to the records `record_ids` (for the remove-territory samples)."""
        from zohocrmsdk.src.com.zoho.crm.api.record import Territory
        records = []
        for record_id in record_ids:
            territory = Territory()
            territory.set_id(territory_id)
            record = Record()
            record.set_id(record_id)
            record.add_key_value("Territories", [territory])
            records.append(record)
        body = BodyWrapper()
        body.set_data(records)
        outcome = RecordOperations(module_api_name).assign_territories_to_multiple_records(body).get_object()
        if not isinstance(outcome, ActionWrapper) or not all(isinstance(item, SuccessResponse)
                                                             for item in outcome.get_data()):
            raise RuntimeError("could not assign the sample territory: {!r}".format(outcome))

    def give_photo(self, module_api_name, record_id):
        """Upload a tiny PNG as the photo of `record_id`."""
        from zohocrmsdk.src.com.zoho.crm.api.record import FileBodyWrapper
        from zohocrmsdk.src.com.zoho.crm.api.util import StreamWrapper
        body = FileBodyWrapper()
        body.set_file(StreamWrapper(file_path=self.image()))
        outcome = RecordOperations(module_api_name).upload_photo(record_id, body).get_object()
        if not isinstance(outcome, SuccessResponse):
            raise RuntimeError("could not upload a sample photo: {!r}".format(outcome))

    def path(self, name):
        return os.path.join(self.work_dir, name)

    def image(self, name="photo.png"):
        """Write a tiny PNG and return its path."""
        png = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                            "0000000d4944415478da63f8cfc0f01f0005000201a5f3a8a10000000049454e44ae426082")
        path = self.path(name)
        with open(path, "wb") as handle:
            handle.write(png)
        return path


def _initialize(environment, grant_code, work_dir):
    token = OAuthToken(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, grant_token=grant_code,
                       redirect_url=REDIRECT_URL)
    Initializer.initialize(environment=environment, token=token,
                           store=FileStore(file_path=os.path.join(work_dir, "sdk_tokens.txt")),
                           resource_path=work_dir)


def _remote_grant_code(base_url):
    payload = json.dumps({"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
                          "redirect_uri": REDIRECT_URL}).encode()
    request = urllib.request.Request(base_url + "/__emulator__/grant-codes", data=payload, method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.loads(answer.read().decode())["code"]


@contextlib.contextmanager
def sdk():
    """Initialise the SDK against the emulator (see the module docstring) and yield a Demo."""
    work_dir = tempfile.mkdtemp(prefix="zoho-record-sample-")
    remote = os.environ.get("ZOHO_EMULATOR_URL", "").rstrip("/")
    if remote:
        environment = DataCenter.Environment(remote, remote + "/oauth/v2/token", remote)
        _initialize(environment, _remote_grant_code(remote), work_dir)
        yield Demo(work_dir)
        return
    from zohocrmsdk.emulator.testing import Emulator
    with Emulator.running() as emu:
        _initialize(emu.environment(), emu.grant_code(CLIENT_ID, CLIENT_SECRET, REDIRECT_URL), work_dir)
        yield Demo(work_dir)
