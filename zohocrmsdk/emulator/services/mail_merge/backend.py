"""Mail merge: send, sign (recorded, answered with a report link) and download (a small document
in the requested format naming the template and the record's values)."""
from __future__ import annotations

import io
import zipfile
from typing import Any, Dict, List, Tuple

from ...core import errors
from ...core.backend import Backend
from ...core.bodies import run_entries
from ...core.errors import ItemError
from ...core.state import Kind
from ..records.backend import display_name

MERGE_FORMATS = {"pdf": "application/pdf", "html": "text/html",
                 "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


class MailMergeBackend(Backend):
    @staticmethod
    def _template(entry: dict, path: str) -> dict:
        template = entry.get("mail_merge_template")
        if not isinstance(template, dict) or not (template.get("name") or template.get("id")):
            raise errors.item_mandatory("mail_merge_template", path + ".mail_merge_template")
        return template

    @staticmethod
    def _address(value: Any, path: str, kinds: tuple = ("email",)) -> dict:
        if not isinstance(value, dict) or value.get("type") not in kinds or not value.get("value"):
            raise errors.item_field_invalid("value", path)
        if value["type"] == "email" and "@" not in str(value["value"]):
            raise errors.item_field_invalid("value", path + ".value")
        return value

    def _report_link(self, base_url: str, kind: str) -> str:
        return f"{base_url}/__emulator__/mail-merge/{kind}/{self.state.next_id()}"

    def send(self, module: str, rid: str, items: List[Any], base_url: str) -> List[dict]:
        record = self.app.records.record(module, rid)

        def send(index: int, entry: dict, path: str) -> dict:
            template = self._template(entry, path)
            self._address(entry.get("from_address"), path + ".from_address")
            recipients = entry.get("to_address")
            if not isinstance(recipients, list) or not recipients:
                raise errors.item_mandatory("to_address", path + ".to_address")
            for position, address in enumerate(recipients + (entry.get("cc_email") or [])
                                               + (entry.get("bcc_email") or [])):
                self._address(address, f"{path}.to_address[{position}]")
            if entry.get("type", "attachment") not in ("attachment", "inline"):
                raise errors.item_field_invalid("type", path + ".type")
            link = self._report_link(base_url, "send")
            self.state.put_doc(Kind.MAIL_MERGE, link.rsplit("/", 1)[1], {
                "module": module, "record": record["id"], "action": "send", "template": template,
                "to": [a["value"] for a in recipients], "subject": entry.get("subject"), "time": self.now_iso()})
            return errors.success("mail merge action initiated successfully", {"report_link": link})
        return run_entries(self.state.tx, items, "send_mail_merge", send)

    def sign(self, module: str, rid: str, items: List[Any], base_url: str) -> List[dict]:
        record = self.app.records.record(module, rid)

        def sign(index: int, entry: dict, path: str) -> dict:
            template = self._template(entry, path)
            signers = entry.get("signers")
            if not isinstance(signers, list) or not signers:
                raise errors.item_mandatory("signers", path + ".signers")
            for position, signer in enumerate(signers):
                spath = f"{path}.signers[{position}]"
                if not isinstance(signer, dict) or signer.get("action_type") not in ("sign", "approve", "view"):
                    raise errors.item_field_invalid("action_type", spath + ".action_type")
                self._address(signer.get("recipient"), spath + ".recipient", ("email", "merge_field"))
                if not signer.get("recipient_name"):
                    raise errors.item_mandatory("recipient_name", spath + ".recipient_name")
            link = self._report_link(base_url, "sign")
            self.state.put_doc(Kind.MAIL_MERGE, link.rsplit("/", 1)[1], {
                "module": module, "record": record["id"], "action": "sign", "template": template,
                "signers": [s["recipient_name"] for s in signers], "time": self.now_iso()})
            return errors.success("sign mail merge action initiated successfully", {"report_link": link})
        return run_entries(self.state.tx, items, "sign_mail_merge", sign)

    def check(self, module: str, rid: str) -> None:
        self.app.records.record(module, rid)

    def download(self, module: str, rid: str, entry: Dict[str, Any]) -> Tuple[bytes, str, str]:
        """(content, content type, file name) of the merged document."""
        record = self.app.records.record(module, rid)
        try:
            template = self._template(entry, "$.download_mail_merge[0]")
            fmt = entry.get("output_format") or "pdf"
            if fmt not in MERGE_FORMATS:
                raise errors.item_field_invalid("output_format", "$.download_mail_merge[0].output_format")
        except ItemError as exc:
            raise exc.whole()
        name = entry.get("file_name") or template.get("name") or "mail_merge"
        lines = [f"{template.get('name') or template.get('id')}",
                 f"{module} record {record['id']}: {display_name(module, record) or ''}"]
        lines += [f"{k}: {v}" for k, v in sorted(record.items()) if isinstance(v, (str, int, float)) and not k.startswith("$")]
        return self._document(fmt, lines), MERGE_FORMATS[fmt], f"{name}.{fmt}"

    @staticmethod
    def _document(fmt: str, lines: List[str]) -> bytes:
        if fmt == "html":
            body = "".join(f"<p>{line.replace('&', '&amp;').replace('<', '&lt;')}</p>" for line in lines)
            return f"<!DOCTYPE html><html><body>{body}</body></html>".encode()
        if fmt == "docx":
            archive = io.BytesIO()
            with zipfile.ZipFile(archive, "w") as out:
                out.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
                text = "".join(f"<w:p><w:r><w:t>{line.replace('&', '&amp;').replace('<', '&lt;')}</w:t></w:r></w:p>"
                               for line in lines)
                out.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.'
                             f'openxmlformats.org/wordprocessingml/2006/main"><w:body>{text}</w:body></w:document>')
            return archive.getvalue()
        text = " ".join(f"({line.replace(chr(92), '').replace('(', '').replace(')', '')}) Tj T*" for line in lines)
        stream = f"BT /F1 11 Tf 14 TL 50 780 Td {text} ET".encode("latin-1", "replace")
        objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                   b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents 4 0 R "
                   b"/Resources << /Font << /F1 5 0 R >> >> >>",
                   b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
                   b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
        out, offsets = bytearray(b"%PDF-1.4\n"), []
        for number, obj in enumerate(objects, 1):
            offsets.append(len(out))
            out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
        out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
        out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
        return bytes(out)
