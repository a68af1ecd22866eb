"""Notes, attachments, related lists and tags."""
from __future__ import annotations

from .model import DELETE, GET, POST, PUT, V6, V7_CUT, Expect, Req, Row, Step, check, error

GET_NOTES = V6 + "get-notes.html"
CREATE_NOTES = V6 + "create-notes.html"
UPDATE_NOTES = V6 + "update-notes.html"
DELETE_NOTES = V6 + "delete-notes.html"
GET_ATT = V6 + "get-attachments.html"
UPLOAD_ATT = V6 + "upload-attachment.html"
RELATED = V6 + "get-related-records.html"
TAGS = V6 + "get-tag-list.html"
CREATE_TAG = V6 + "create-tag.html"
ADD_TAGS = V6 + "add-tags.html"
REMOVE_TAGS = V6 + "remove-tags.html"
WRITE_DETAILS = ["id", "Created_Time", "Modified_Time", "Created_By", "Modified_By"]
LEAD = "/crm/v6/Leads/{lead}"


def note(content: str, parent: str = "{lead}", module: str = "Leads") -> dict:
    return {"Parent_Id": {"module": {"api_name": module}, "id": parent}, "Note_Title": "t", "Note_Content": content}


THREE_NOTES = [Step(POST("/crm/v6/Notes", {"data": [note(text)]}), save={name: "data/0/details/id"}, status=201)
               for name, text in (("n1", "first"), ("n2", "second"), ("n3", "third"))]
ONE_NOTE = [THREE_NOTES[0]]
FILE = {"file": ("hello.txt", b"hello attachment", "text/plain")}
ATTACHED = [Step(Req("POST", LEAD + "/Attachments", files=FILE), save={"att": "data/0/details/id"}, status=200)]

NOTES = [
    Row("notes.create", CREATE_NOTES,
        "Creating a note under a record answers 201 with `record added` and the write details.",
        POST("/crm/v6/Notes", {"data": [note("hello")]}),
        Expect(201, code="SUCCESS", message="record added", keys={"data/0/details": WRITE_DETAILS}), basis=V7_CUT),
    Row("notes.create-under-record", CREATE_NOTES,
        "Notes can also be created on the record's Notes list.",
        POST(LEAD + "/Notes", {"data": [{"Note_Title": "t", "Note_Content": "via record"}]}),
        Expect(201, code="SUCCESS", message="record added"), basis=V7_CUT),
    Row("notes.content-required", CREATE_NOTES,
        "Note_Content is mandatory: MANDATORY_NOT_FOUND.",
        POST("/crm/v6/Notes", {"data": [{"Parent_Id": {"module": {"api_name": "Leads"}, "id": "{lead}"},
                                         "Note_Title": "t"}]}),
        Expect(400, code="MANDATORY_NOT_FOUND", values={"data/0/details/api_name": "Note_Content"}),
        basis=V7_CUT),
    Row("notes.list-fields-required", GET_NOTES,
        "GET /Notes requires `fields`: 400 REQUIRED_PARAM_MISSING.",
        GET("/crm/v6/Notes"), error(400, "REQUIRED_PARAM_MISSING"), setup=ONE_NOTE,
        basis="v6 (page read)"),
    Row("notes.record-fields-required", GET_NOTES,
        "The notes of a record also require `fields`: 400 REQUIRED_PARAM_MISSING.",
        GET(LEAD + "/Notes"), error(400, "REQUIRED_PARAM_MISSING"), setup=ONE_NOTE,
        basis="v6 (page read)"),
    Row("notes.record-oldest-first", GET_NOTES,
        "A record's notes come oldest first, and info says sort_order asc.",
        GET(LEAD + "/Notes", {"fields": "Note_Content"}),
        Expect(200, values={"data/0/id": "{n1}", "data/2/id": "{n3}", "info/sort_order": "asc"}),
        setup=THREE_NOTES,
        basis="v6 (page read)"),
    Row("notes.list-oldest-first", GET_NOTES,
        "GET /Notes lists notes oldest first.",
        GET("/crm/v6/Notes", {"fields": "Note_Content"}),
        Expect(200, values={"data/0/id": "{n1}", "data/2/id": "{n3}", "info/sort_order": "asc"}),
        setup=THREE_NOTES,
        basis="v6 (page read)"),
    Row("notes.list-info", GET_NOTES,
        "A notes list carries info with per_page, count, page and more_records.",
        GET("/crm/v6/Notes", {"fields": "Note_Content"}),
        Expect(200, keys={"info": ["per_page", "count", "page", "more_records"]}, values={"info/count": 3}),
        setup=THREE_NOTES,
        basis="v6 (page read)"),
    Row("notes.get-one", GET_NOTES,
        "One note by id has its content, parent, owner and times; Parent_Id names module and id.",
        GET("/crm/v6/Notes/{n1}"),
        Expect(200, values={"data/0/Note_Content": "first", "data/0/Parent_Id/id": "{lead}",
                            "data/0/Parent_Id/module/api_name": "Leads"},
               keys={"data/0": ["Owner", "Created_Time", "Modified_Time", "Created_By", "Modified_By"]}),
        setup=ONE_NOTE, basis=V7_CUT),
    Row("notes.update", UPDATE_NOTES,
        "PUT on a note updates it: `record updated`, visible on read.",
        PUT("/crm/v6/Notes/{n1}", {"data": [{"Note_Content": "changed"}]}),
        Expect(200, code="SUCCESS", message="record updated"),
        then=[(GET("/crm/v6/Notes/{n1}"), Expect(200, values={"data/0/Note_Content": "changed"}))],
        setup=ONE_NOTE, basis=V7_CUT),
    Row("notes.delete", DELETE_NOTES,
        "DELETE /Notes?ids= removes notes: `record deleted` per id.",
        DELETE("/crm/v6/Notes", {"ids": "{n1},{n2}"}),
        Expect(200, values={"data/*/code": "SUCCESS", "data/*/message": "record deleted"},
               checks=[check("count", "data", 2)]), setup=THREE_NOTES, basis=V7_CUT),
]

ATTACHMENTS = [
    Row("attachments.upload", UPLOAD_ATT,
        "Uploading a file to a record answers SUCCESS `attachment uploaded successfully` with id and times.",
        Req("POST", LEAD + "/Attachments", files=FILE),
        Expect(200, code="SUCCESS", message="attachment uploaded successfully",
               keys={"data/0/details": WRITE_DETAILS}), basis=V7_CUT),
    Row("attachments.link", UPLOAD_ATT,
        "A link attachment is created from attachmentUrl (and title) with no file.",
        Req("POST", LEAD + "/Attachments", params={"attachmentUrl": "https://example.com/doc.pdf", "title": "Doc"}),
        Expect(200, code="SUCCESS"), basis=V7_CUT + "; parameters as the SDK sends them"),
    Row("attachments.fields-required", GET_ATT,
        "Listing a record's attachments requires `fields`: 400 REQUIRED_PARAM_MISSING.",
        GET(LEAD + "/Attachments"), error(400, "REQUIRED_PARAM_MISSING"), setup=ATTACHED, basis=V7_CUT),
    Row("attachments.list", GET_ATT,
        "The list answers the attachment with File_Name and id, and paging info.",
        GET(LEAD + "/Attachments", {"fields": "id,File_Name,Size"}),
        Expect(200, values={"data/0/File_Name": "hello.txt", "data/0/id": "{att}"},
               keys={"info": ["per_page", "count", "page", "more_records"]}), setup=ATTACHED, basis=V7_CUT),
    Row("attachments.download", V6 + "download-attachments.html",
        "Downloading answers the file bytes with a Content-Disposition header.",
        GET(LEAD + "/Attachments/{att}"),
        Expect(200, checks=[check("header_startswith", "Content-Disposition", "attachment"),
                            check("mentions", "hello attachment")]), setup=ATTACHED, basis=V7_CUT),
    Row("attachments.delete", V6 + "delete-attachments.html",
        "Deleting an attachment answers `record deleted`; it leaves the list.",
        DELETE(LEAD + "/Attachments/{att}"), Expect(200, code="SUCCESS", message="record deleted"),
        then=[(GET(LEAD + "/Attachments", {"fields": "id,File_Name"}), Expect(204))], setup=ATTACHED,
        basis=V7_CUT),
]

RELATED_ROWS = [
    Row("related.fields-required", RELATED,
        "Every related list requires `fields`: 400 REQUIRED_PARAM_MISSING.",
        GET("/crm/v6/Accounts/{account}/Contacts"), error(400, "REQUIRED_PARAM_MISSING"),
        basis="v5 and v7 texts agree, v6 page cut short"),
    Row("related.contacts", RELATED,
        "An account's Contacts list holds the contacts whose Account_Name points at it, with paging info.",
        GET("/crm/v6/Accounts/{account}/Contacts", {"fields": "Last_Name"}),
        Expect(200, keys={"info": ["per_page", "count", "page", "more_records"]},
               checks=[check("contains_id", "data", "{contact}")]),
        basis="v5 and v7 texts agree, v6 page cut short"),
    Row("related.deals", RELATED,
        "An account's Deals list holds its deals.",
        GET("/crm/v6/Accounts/{account}/Deals", {"fields": "Deal_Name"}),
        Expect(200, checks=[check("contains_id", "data", "{deal}")]),
        basis="v5 and v7 texts agree, v6 page cut short"),
    Row("related.empty", RELATED,
        "An empty related list answers 204.",
        GET("/crm/v6/Leads/{lead}/Notes", {"fields": "Note_Content"}), Expect(204, checks=[check("empty_body")]),
        basis="v5 and v7 texts agree, v6 page cut short"),
]

TAG = [Step(POST("/crm/v6/settings/tags", {"tags": [{"name": "Hot", "color_code": "#F17574"}]},
                 params={"module": "Leads"}), save={"tag": "tags/0/details/id"}, status=201)]
TAGGED = TAG + [Step(POST(LEAD + "/actions/add_tags", {"tags": [{"name": "Hot"}]}), status=200)]


def create_tag(name: str, color: str = "#F17574") -> object:
    return POST("/crm/v6/settings/tags", {"tags": [{"name": name, "color_code": color}]}, params={"module": "Leads"})


TAG_ROWS = [
    Row("tags.create", CREATE_TAG,
        "Creating a tag answers SUCCESS `tags created successfully` with its id.",
        create_tag("Hot"), Expect(201, code="SUCCESS", message="tags created successfully",
                                  keys={"tags/0/details": ["id"]}),
        basis=V7_CUT + "; the status is not documented, today's 201 kept"),
    Row("tags.list", TAGS,
        "The module's tags list carries info with count and allowed_count.",
        GET("/crm/v6/settings/tags", {"module": "Leads"}),
        Expect(200, values={"tags/0/name": "Hot", "tags/0/id": "{tag}"}, keys={"info": ["count", "allowed_count"]}),
        setup=TAG, basis=V7_CUT),
    Row("tags.module-required", TAGS,
        "The tags list needs `module`: 400 REQUIRED_PARAM_MISSING.",
        GET("/crm/v6/settings/tags"), error(400, "REQUIRED_PARAM_MISSING"), basis=V7_CUT),
    Row("tags.bad-color", CREATE_TAG,
        "A color outside Zoho's palette gets INVALID_DATA.",
        create_tag("Odd", "#123456"), Expect(400, code="INVALID_DATA"), basis=V7_CUT),
    Row("tags.name-too-long", CREATE_TAG,
        "Tag names are at most 25 characters; longer gets INVALID_DATA.",
        create_tag("x" * 26), Expect(400, code="INVALID_DATA"), basis=V7_CUT),
    Row("tags.name-comma", CREATE_TAG,
        "Tag names may not contain a comma: INVALID_DATA.",
        create_tag("a,b"), Expect(400, code="INVALID_DATA"), basis=V7_CUT),
    Row("tags.duplicate", CREATE_TAG,
        "A tag name that exists gets DUPLICATE_DATA.",
        create_tag("Hot"), Expect(400, code="DUPLICATE_DATA"), setup=TAG, basis=V7_CUT),
    Row("tags.add-to-record", ADD_TAGS,
        "Adding tags to a record answers `tags updated successfully` with the record id and its tags; the "
        "record's Tag shows it.",
        POST(LEAD + "/actions/add_tags", {"tags": [{"name": "Hot"}]}),
        Expect(200, code="SUCCESS", message="tags updated successfully", values={"data/0/details/id": "{lead}"},
               keys={"data/0/details": ["tags"]}),
        then=[(GET(LEAD), Expect(200, values={"data/0/Tag/0/name": "Hot"}))], setup=TAG, basis=V7_CUT),
    Row("tags.add-bulk", ADD_TAGS,
        "Adding tags to several records answers one item per record.",
        POST("/crm/v6/Leads/actions/add_tags", {"tags": [{"name": "Hot"}], "ids": ["{lead}", "{lead2}"]}),
        Expect(200, values={"data/*/code": "SUCCESS"}, checks=[check("count", "data", 2)]), setup=TAG,
        basis=V7_CUT),
    Row("tags.add-over-write-param", ADD_TAGS,
        "over_write may come as a query parameter (as the SDK sends it): true replaces the record's tags.",
        POST(LEAD + "/actions/add_tags", {"tags": [{"name": "Cold"}]}, params={"over_write": "true"}),
        Expect(200, code="SUCCESS"),
        then=[(GET(LEAD), Expect(200, values={"data/0/Tag/0/name": "Cold"}, checks=[check("count", "data/0/Tag", 1)]))],
        setup=TAGGED, basis=V7_CUT + " (body key); the query parameter is the v6-era form the SDK sends"),
    Row("tags.remove", REMOVE_TAGS,
        "Removing a tag from a record answers SUCCESS; the record no longer carries it.",
        POST(LEAD + "/actions/remove_tags", {"tags": [{"name": "Hot"}]}), Expect(200, code="SUCCESS"),
        then=[(GET(LEAD), Expect(200, values={"data/0/Tag": []}))], setup=TAGGED, basis=V7_CUT),
    Row("tags.records-count", V6 + "tag-record-count.html",
        "The record count of a tag is a string.",
        GET("/crm/v6/settings/tags/{tag}/actions/records_count", {"module": "Leads"}),
        Expect(200, values={"count": "1"}), setup=TAGGED, basis=V7_CUT),
    Row("tags.update", V6 + "update-tags.html",
        "Renaming a tag answers `tags updated successfully`.",
        PUT("/crm/v6/settings/tags/{tag}", {"tags": [{"name": "Warm"}]}, params={"module": "Leads"}),
        Expect(200, code="SUCCESS", message="tags updated successfully"), setup=TAG, basis=V7_CUT),
    Row("tags.delete", V6 + "delete-tag.html",
        "Deleting a tag answers `tags deleted successfully`.",
        DELETE("/crm/v6/settings/tags/{tag}"), Expect(200, code="SUCCESS", message="tags deleted successfully"),
        setup=TAG, basis=V7_CUT + "; v7 wraps one object, the SDK a list: either is read"),
]

ROWS = NOTES + ATTACHMENTS + RELATED_ROWS + TAG_ROWS
