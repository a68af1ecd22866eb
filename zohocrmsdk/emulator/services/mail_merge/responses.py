from typing import Any

from ...core.bodies import status_of, wrapped
from ...core.wire import Request, Response, file_response, json_response


class MailMergeResponses:
    def __init__(self, app: Any) -> None:
        self.backend = app.mail_merge

    def send(self, req: Request, module: str, rid: str) -> Response:
        self.backend.check(module, rid)
        results = self.backend.send(module, rid, wrapped(req, "send_mail_merge"), req.base_url)
        return json_response(status_of(results), {"send_mail_merge": results})

    def sign(self, req: Request, module: str, rid: str) -> Response:
        self.backend.check(module, rid)
        results = self.backend.sign(module, rid, wrapped(req, "sign_mail_merge"), req.base_url)
        return json_response(status_of(results), {"sign_mail_merge": results})

    def download(self, req: Request, module: str, rid: str) -> Response:
        self.backend.check(module, rid)
        entries = wrapped(req, "download_mail_merge")
        entry = entries[0] if isinstance(entries[0], dict) else {}
        content, content_type, name = self.backend.download(module, rid, entry)
        return file_response(content, content_type, name)
