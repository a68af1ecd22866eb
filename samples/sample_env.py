"""Environment shared by the package samples (samples/<package>/*.py).

Each package folder has a three-line ``_setup.py`` that puts this folder on ``sys.path`` and
re-exports what is here, so a sample starts with ``import _setup`` and ends with::

    if __name__ == "__main__":
        with _setup.sdk() as demo:
            ...

``sdk()`` initialises the SDK and yields a ``Demo`` that prepares what a sample needs (records,
territories, ...) through the SDK itself. Where the SDK talks to:

* default: an emulator started inside the sample's process (no Zoho account, no network);
* ``ZOHO_EMULATOR_URL=http://127.0.0.1:8000``: an emulator you started
  (``python -m zohocrmsdk.emulator``), authorised through its admin API.

Against real Zoho, initialise the SDK as the top-level README shows instead, and replace the ids
the samples obtain from ``Demo`` with ids from your organisation.
"""
import contextlib
import json
import os
import tempfile
import time
import urllib.request
import uuid

from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer

CLIENT_ID = "1000.PACKAGESAMPLES"
CLIENT_SECRET = "package-samples-secret"
REDIRECT_URL = "https://example.com/callback"

# users of the emulated organisation (GET /crm/v6/users); the first one is the token's owner
ADMIN_USER_ID = 5725767000000411001
SECOND_USER_ID = 5725767000000411013
MANAGER_ROLE_ID = 5725767000000026008


def print_status(obj):
    """Print the four parts every SuccessResponse / APIException carries."""
    print("Status: " + obj.get_status().get_value())
    print("Code: " + obj.get_code().get_value())
    print("Details")
    details = obj.get_details()
    if details is not None:
        for key, value in details.items():
            print(key + " : " + str(value))
    message = obj.get_message()
    print("Message: " + str(message.get_value() if hasattr(message, "get_value") else message))


def print_action_wrapper(response_object):
    """Print every entry of an ActionWrapper (one per record written)."""
    from zohocrmsdk.src.com.zoho.crm.api.record import APIException, SuccessResponse
    for action_response in response_object.get_data():
        if isinstance(action_response, (SuccessResponse, APIException)):
            print_status(action_response)


def wait_for(check, timeout=20.0, interval=0.2):
    """Call check() until it returns something truthy (asynchronous Zoho jobs), then return it."""
    deadline = time.time() + timeout
    while True:
        outcome = check()
        if outcome or time.time() > deadline:
            return outcome
        time.sleep(interval)


class Demo(object):
    """Creates the data a sample needs, through the SDK."""

    def __init__(self, work_dir, base_url):
        self.work_dir = work_dir
        self.base_url = base_url

    @staticmethod
    def unique(prefix="demo"):
        return "{}-{}".format(prefix, uuid.uuid4().hex[:10])

    def path(self, name):
        return os.path.join(self.work_dir, name)

    def create_records(self, module_api_name, count=1, **values):
        """Create `count` records and return their ids (Leads get a name, company and email)."""
        from zohocrmsdk.src.com.zoho.crm.api.record import (ActionWrapper, BodyWrapper, Record, RecordOperations,
                                                             SuccessResponse)
        from zohocrmsdk.src.com.zoho.crm.api.util import Choice
        records = []
        for index in range(count):
            record = Record()
            if module_api_name == "Leads":
                record.add_key_value("Last_Name", "Sample {}".format(index + 1))
                record.add_key_value("Company", "Zylker")
                record.add_key_value("Email", self.unique("lead") + "@example.com")
            elif module_api_name == "Deals":
                record.add_key_value("Deal_Name", "Deal {}".format(index + 1))
                record.add_key_value("Stage", Choice("Qualification"))
            for key, value in values.items():
                record.add_key_value(key, value)
            records.append(record)
        body = BodyWrapper()
        body.set_data(records)
        wrapper = RecordOperations(module_api_name).create_records(body).get_object()
        if not isinstance(wrapper, ActionWrapper):
            raise RuntimeError("could not create sample records: {!r}".format(wrapper))
        ids = []
        for item in wrapper.get_data():
            if not isinstance(item, SuccessResponse):
                raise RuntimeError("could not create a sample record: " + str(item.get_message().get_value()))
            ids.append(int(item.get_details()["id"]))
        return ids

    def create_territory(self, name=None, parent_id=None):
        """Create a territory and return its id."""
        from zohocrmsdk.src.com.zoho.crm.api.territories import (ActionWrapper, BodyWrapper, ReportingTo,
                                                                 SuccessResponse, Territories,
                                                                 TerritoriesOperations)
        territory = Territories()
        territory.set_name(name or self.unique("Territory"))
        if parent_id is not None:
            parent = ReportingTo()
            parent.set_id(parent_id)
            territory.set_reporting_to(parent)
        body = BodyWrapper()
        body.set_territories([territory])
        wrapper = TerritoriesOperations().create_territories(body).get_object()
        if not isinstance(wrapper, ActionWrapper) or not isinstance(wrapper.get_territories()[0], SuccessResponse):
            raise RuntimeError("could not create a sample territory: {!r}".format(wrapper))
        return int(wrapper.get_territories()[0].get_details()["id"])

    def assign_territory(self, module_api_name, record_ids, territory_id):
        """Put the records `record_ids` into the territory `territory_id`."""
        from zohocrmsdk.src.com.zoho.crm.api.record import (ActionWrapper, BodyWrapper, Record, RecordOperations,
                                                             SuccessResponse, Territory)
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
        if not isinstance(outcome, ActionWrapper) or not all(isinstance(i, SuccessResponse) for i in outcome.get_data()):
            raise RuntimeError("could not assign the sample territory: {!r}".format(outcome))

    def give_photo(self, module_api_name, record_id):
        """Upload a tiny PNG as the photo of `record_id`."""
        from zohocrmsdk.src.com.zoho.crm.api.record import FileBodyWrapper, RecordOperations, SuccessResponse
        from zohocrmsdk.src.com.zoho.crm.api.util import StreamWrapper
        body = FileBodyWrapper()
        body.set_file(StreamWrapper(file_path=self.image()))
        outcome = RecordOperations(module_api_name).upload_photo(record_id, body).get_object()
        if not isinstance(outcome, SuccessResponse):
            raise RuntimeError("could not upload a sample photo: {!r}".format(outcome))

    def image(self, name="photo.png"):
        """Write a tiny PNG and return its path."""
        png = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                            "0000000d4944415478da63f8cfc0f01f0005000201a5f3a8a10000000049454e44ae426082")
        path = self.path(name)
        with open(path, "wb") as handle:
            handle.write(png)
        return path

    def deals_layout_id(self):
        """The id of the Deals layout (pipelines belong to a layout)."""
        from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
        from zohocrmsdk.src.com.zoho.crm.api.layouts import GetLayoutsParam, LayoutsOperations, ResponseWrapper
        params = ParameterMap()
        params.add(GetLayoutsParam.module, "Deals")
        wrapper = LayoutsOperations().get_layouts(params).get_object()
        if not isinstance(wrapper, ResponseWrapper):
            raise RuntimeError("could not read the Deals layouts: {!r}".format(wrapper))
        return int(wrapper.get_layouts()[0].get_id())

    def all_records_view_id(self, module_api_name):
        """The emulator's built-in "All records" custom view of a module (use your own cvid on Zoho)."""
        from zohocrmsdk.emulator.record_services import default_view_id
        from zohocrmsdk.emulator.services.metadata.backend import Catalog

        class _App(object):
            catalog = Catalog()
        return int(default_view_id(_App, module_api_name))

    def org_id(self):
        """The organisation's zgid (the X-CRM-ORG header some APIs take)."""
        from zohocrmsdk.src.com.zoho.crm.api.org import OrgOperations, ResponseWrapper
        wrapper = OrgOperations().get_organization().get_object()
        if not isinstance(wrapper, ResponseWrapper):
            raise RuntimeError("could not read the organization: {!r}".format(wrapper))
        return str(wrapper.get_org()[0].get_zgid())


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
    """Initialise the SDK against an emulator (see the module docstring) and yield a Demo."""
    work_dir = tempfile.mkdtemp(prefix="zoho-package-sample-")
    remote = os.environ.get("ZOHO_EMULATOR_URL", "").rstrip("/")
    if remote:
        environment = DataCenter.Environment(remote, remote + "/oauth/v2/token", remote)
        _initialize(environment, _remote_grant_code(remote), work_dir)
        yield Demo(work_dir, remote)
        return
    from zohocrmsdk.emulator.testing import Emulator
    with Emulator.running() as emu:
        _initialize(emu.environment(), emu.grant_code(CLIENT_ID, CLIENT_SECRET, REDIRECT_URL), work_dir)
        yield Demo(work_dir, emu.base_url)
