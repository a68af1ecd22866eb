"""``StreamWrapper(file_path=...)`` holds no open file until an upload reads it, and the upload closes
it (docs/deviations.md#stream-wrapper-closes-file). Open descriptors are read from /proc/self/fd; the
upload goes to the emulator over a real socket. The official SDK, in its own venv, keeps the file open."""
import os

import pytest

from tests.official_venv import run_official
from zohocrmsdk.emulator.testing import Emulator
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.org import FileBodyWrapper, OrgOperations
from zohocrmsdk.src.com.zoho.crm.api.util import StreamWrapper

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc/self/fd")

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64

OFFICIAL_UPLOAD = r'''
import os, sys
from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.org import FileBodyWrapper, OrgOperations
from zohocrmsdk.src.com.zoho.crm.api.util import StreamWrapper
base, work, refresh, photo = sys.argv[1:5]
Initializer.initialize(DataCenter.Environment(base, base + "/oauth/v2/token", base),
                       OAuthToken(client_id="cid", client_secret="csec", refresh_token=refresh),
                       store=FileStore(os.path.join(work, "tokens.txt")), resource_path=work)
body = FileBodyWrapper()
body.set_file(StreamWrapper(file_path=photo))
status = OrgOperations().upload_organization_photo(body).get_status_code()
fds = sum(os.path.realpath(os.path.join("/proc/self/fd", fd)) == photo for fd in os.listdir("/proc/self/fd"))
print(status, fds)
'''


def _descriptors_on(path):
    found = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            found += os.path.realpath(os.path.join("/proc/self/fd", fd)) == path
        except OSError:  # the listing's own descriptor is gone by now
            pass
    return found


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "logo.png"
    path.write_bytes(PNG)
    return os.path.realpath(str(path))


def test_upload_opens_the_file_only_while_sending(photo, tmp_path):
    with Emulator.running() as emu:
        minted = emu.mint_tokens("cid", "csec")
        Initializer.initialize(emu.environment(), OAuthToken(client_id="cid", client_secret="csec",
                                                             refresh_token=minted["refresh_token"]),
                               store=FileStore(str(tmp_path / "tokens.txt")), resource_path=str(tmp_path))
        wrapper = StreamWrapper(file_path=photo)
        assert wrapper.get_name() == "logo.png" and _descriptors_on(photo) == 0
        body = FileBodyWrapper()
        body.set_file(wrapper)
        for _ in range(2):  # the same wrapper uploads again: the file is reopened
            assert OrgOperations().upload_organization_photo(body).get_status_code() == 200
            assert _descriptors_on(photo) == 0
        assert OrgOperations().get_org_photo().get_object().get_file().get_stream().content == PNG


def test_official_keeps_the_file_open_after_the_upload(photo, tmp_path, official_interpreter):
    with Emulator.running() as emu:
        minted = emu.mint_tokens("cid", "csec")
        out = run_official(official_interpreter, OFFICIAL_UPLOAD, emu.base_url, str(tmp_path),
                           minted["refresh_token"], photo)
    assert out.split() == ["200", "1"]
