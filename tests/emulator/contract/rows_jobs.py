"""Bulk read, bulk write, mass update and lead conversion."""
from __future__ import annotations

import io
import json
import zipfile

from .model import GET, POST, V6, V7_CUT, Expect, Req, Row, Step, check, error

BULK_READ = V6 + "bulk-read/create-job.html"
READ_STATUS = V6 + "bulk-read/job-details.html"
READ_RESULT = V6 + "bulk-read/download-result.html"
UPLOAD = V6 + "bulk-write/upload-file.html"
WRITE_JOB = V6 + "bulk-write/create-job.html"
WRITE_STATUS = V6 + "bulk-write/job-details.html"
WRITE_RESULT = V6 + "bulk-write/download-result.html"
WRITE_LIMITS = V6 + "bulk-write/limitations.html"
MASS_UPDATE = V6 + "mass-update-records.html"
MASS_STATUS = V6 + "mass-update-status.html"
CONVERT = V6 + "convert-lead.html"


def _zip(name: str, text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, text)
    return buffer.getvalue()


CSV_ZIP = _zip("leads.csv", "Last_Name,Company\nBulk One,Acme\nBulk Two,Acme\n")
READ_QUERY = {"query": {"module": {"api_name": "Leads"}}}
READ_JOB = Step(POST("/crm/bulk/v6/read", READ_QUERY), save={"job": "data/0/details/id"})
READ_DONE = [READ_JOB, Step(GET("/crm/bulk/v6/read/{job}"), until=("data/0/state", "COMPLETED"))]


def upload(url: str = "/crm/v6/upload", content: bytes = CSV_ZIP, name: str = "leads.zip") -> Req:
    return Req("POST", url, headers={"feature": "bulk-write", "X-CRM-ORG": "{zgid}"},
               files={"file": (name, content, "application/zip")})


def write_job(file_id: str = "{file_id}", operation: str = "insert", find_by: dict = None) -> Req:
    resource = {"type": "data", "module": {"api_name": "Leads"}, "file_id": file_id,
                "field_mappings": [{"api_name": "Last_Name", "index": 0}, {"api_name": "Company", "index": 1}]}
    if find_by:
        resource.update(find_by)
    return POST("/crm/bulk/v6/write", {"operation": operation, "resource": [resource]})


UPLOADED = [Step(upload(), save={"file_id": "details/file_id"}, status=200)]
WRITTEN = UPLOADED + [Step(write_job(), save={"wjob": "details/id"}),
                      Step(GET("/crm/bulk/v6/write/{wjob}"), until=("status", "COMPLETED"))]

BULK = [
    Row("bulk_read.create", BULK_READ,
        "Creating a bulk read job answers ADDED_SUCCESSFULLY `Added successfully.` with the job id, "
        "operation read, state ADDED, created_by and created_time.",
        POST("/crm/bulk/v6/read", READ_QUERY),
        Expect(201, code="ADDED_SUCCESSFULLY", message="Added successfully.",
               values={"data/0/details/operation": "read", "data/0/details/state": "ADDED"},
               keys={"data/0/details": ["id", "created_by", "created_time"]}),
        basis=V7_CUT + "; the status is not documented, today's 201 kept"),
    Row("bulk_read.json-content-type", BULK_READ,
        "The bulk read body must be sent as application/json; without it 415 MEDIA_TYPE_NOT_SUPPORTED.",
        Req("POST", "/crm/bulk/v6/read", body=json.dumps(READ_QUERY)), error(415, "MEDIA_TYPE_NOT_SUPPORTED"),
        basis=V7_CUT),
    Row("bulk_read.status", READ_STATUS,
        "A finished job reads state COMPLETED with result page, per_page, count, download_url and more_records.",
        GET("/crm/bulk/v6/read/{job}"),
        Expect(200, values={"data/0/state": "COMPLETED", "data/0/result/count": 5, "data/0/id": "{job}",
                            "data/0/operation": "read"},
               keys={"data/0/result": ["page", "per_page", "count", "download_url", "more_records"]}),
        setup=READ_DONE, basis=V7_CUT),
    Row("bulk_read.download", READ_RESULT,
        "The result downloads as a zip holding one CSV, with a Content-Disposition header.",
        GET("/crm/bulk/v6/read/{job}/result"),
        Expect(200, checks=[check("header_startswith", "Content-Type", "application/zip"),
                            check("header_startswith", "Content-Disposition", "attachment"),
                            check("zip_with", ".csv")]), setup=READ_DONE, basis=V7_CUT),
    Row("bulk_read.criteria", BULK_READ,
        "Criteria in the query limit the exported records.",
        GET("/crm/bulk/v6/read/{job}"), Expect(200, values={"data/0/result/count": 1}),
        setup=[Step(POST("/crm/bulk/v6/read", {"query": {"module": {"api_name": "Leads"}, "criteria": {
            "group_operator": "and", "group": [{"field": {"api_name": "Last_Name"}, "comparator": "equal",
                                                "value": "Boyle"}]}}}), save={"job": "data/0/details/id"}),
               Step(GET("/crm/bulk/v6/read/{job}"), until=("data/0/state", "COMPLETED"))], basis=V7_CUT),
    Row("bulk_read.unknown-job", READ_STATUS,
        "An unknown job id gets 404 RESOURCE_NOT_FOUND.",
        GET("/crm/bulk/v6/read/5725767000999999999"), error(404, "RESOURCE_NOT_FOUND"), basis=V7_CUT),
    Row("bulk_write.upload", UPLOAD,
        "Uploading a zip for bulk write answers a bare FILE_UPLOAD_SUCCESS object with file_id and created_time.",
        upload(), Expect(200, code="FILE_UPLOAD_SUCCESS", values={"status": "success"},
                         keys={"details": ["file_id", "created_time"]}), basis=V7_CUT),
    Row("bulk_write.upload-not-zip", WRITE_LIMITS,
        "Only zip files are accepted: a plain CSV gets 400 INVALID_FILE_FORMAT.",
        upload(content=b"Last_Name\nX\n", name="leads.csv"), Expect(400, code="INVALID_FILE_FORMAT"),
        basis="v6 (page read)"),
    Row("bulk_write.create-job", WRITE_JOB,
        "Creating a bulk write job answers a bare SUCCESS object with the job id and created_by.",
        write_job(), Expect(201, code="SUCCESS", message="success", values={"status": "success"},
                            keys={"details": ["id", "created_by"]}),
        setup=UPLOADED, basis=V7_CUT + "; the status is not documented, today's 201 kept"),
    Row("bulk_write.bad-file-id", WRITE_JOB,
        "A file_id that was never uploaded is refused with 400.",
        write_job(file_id="5725767000999999999"), Expect(400, values={"status": "error"}),
        basis=V7_CUT + " (INVALID_FILE_ID is listed; only the status is checked)"),
    Row("bulk_write.status", WRITE_STATUS,
        "A finished job is a bare object: status COMPLETED, resource file counts, result download_url.",
        GET("/crm/bulk/v6/write/{wjob}"),
        Expect(200, values={"status": "COMPLETED", "operation": "insert", "resource/0/file/added_count": 2},
               keys={"resource/0/file": ["added_count", "skipped_count", "updated_count", "total_count"],
                     "result": ["download_url"]}),
        setup=WRITTEN, basis=V7_CUT),
    Row("bulk_write.records-written", WRITE_STATUS,
        "The rows of a finished insert job exist as records.",
        GET("/crm/v6/Leads/actions/count"), Expect(200, values={"count": 7}), setup=WRITTEN,
        basis=V7_CUT),
    Row("bulk_write.download-host", WRITE_RESULT,
        "Real results point to download-accl.zoho.com; in intercept mode that URL is answered with the zip.",
        GET("/crm/bulk/v6/write/{wjob}"),
        Expect(200, checks=[check("startswith", "result/download_url", "https://download-accl.zoho.com/")]),
        then=[(GET("{download}"), Expect(200, checks=[check("zip_with", ".csv")]))],
        setup=[Step(upload("https://content.zohoapis.com/crm/v6/upload"), save={"file_id": "details/file_id"},
                    status=200),
               Step(write_job(), save={"wjob": "details/id"}),
               Step(GET("/crm/bulk/v6/write/{wjob}"), until=("status", "COMPLETED"),
                    save={"download": "result/download_url"})],
        mode="intercept", basis=V7_CUT + " (sample URL host)"),
    Row("bulk_write.unknown-job", WRITE_STATUS,
        "An unknown bulk write job gets 404 RESOURCE_NOT_FOUND.",
        GET("/crm/bulk/v6/write/5725767000999999999"), Expect(404, code="RESOURCE_NOT_FOUND"), basis=V7_CUT),
]

CVID = Step(GET("/crm/v6/settings/custom_views", {"module": "Leads"}), save={"cvid": "custom_views/0/id"}, status=200)
MU_DETAILS = ["Modified_Time", "Modified_By", "Created_Time", "Created_By", "id"]

MASS = [
    Row("mass_update.by-ids", MASS_UPDATE,
        "Mass update by ids runs at once and answers one SUCCESS item per record whose details carry "
        "Modified_Time, Modified_By, Created_Time, Created_By and id.",
        POST("/crm/v6/Leads/actions/mass_update", {"data": [{"Lead_Source": "Partner"}], "ids": ["{lead}", "{lead2}"]}),
        Expect(200, values={"data/*/code": "SUCCESS"}, keys={"data/*/details": MU_DETAILS},
               checks=[check("count", "data", 2)]), basis=V7_CUT),
    Row("mass_update.effect", MASS_UPDATE,
        "The mass-updated field is visible on the records.",
        GET("/crm/v6/Leads/{lead2}"), Expect(200, values={"data/0/Lead_Source": "Partner"}),
        setup=[Step(POST("/crm/v6/Leads/actions/mass_update", {"data": [{"Lead_Source": "Partner"}],
                                                                "ids": ["{lead2}"]}), status=200)],
        basis=V7_CUT),
    Row("mass_update.unknown-id", MASS_UPDATE,
        "An id that does not exist fails per item with INVALID_DATA `the id given seems to be invalid`.",
        POST("/crm/v6/Leads/actions/mass_update", {"data": [{"City": "X"}], "ids": ["5725767000999999999"]}),
        Expect(400, code="INVALID_DATA", message="the id given seems to be invalid"), basis=V7_CUT),
    Row("mass_update.by-cvid", MASS_UPDATE,
        "Mass update by custom view is scheduled: SUCCESS `mass update scheduled successfully` with a job_id.",
        POST("/crm/v6/Leads/actions/mass_update", {"data": [{"City": "Lyon"}], "cvid": "{cvid}"}),
        Expect(202, code="SUCCESS", message="mass update scheduled successfully", keys={"data/0/details": ["job_id"]}),
        setup=[CVID], basis=V7_CUT + "; the status is not documented, today's 202 (accepted) kept"),
    Row("mass_update.status", MASS_STATUS,
        "The job status answers Status, Total_Count, Updated_Count, Not_Updated_Count and Failed_Count.",
        GET("/crm/v6/Leads/actions/mass_update", {"job_id": "{mjob}"}),
        Expect(200, keys={"data/0": ["Status", "Total_Count", "Updated_Count", "Not_Updated_Count", "Failed_Count"]}),
        setup=[CVID, Step(POST("/crm/v6/Leads/actions/mass_update", {"data": [{"City": "Lyon"}], "cvid": "{cvid}"}),
                          save={"mjob": "data/0/details/job_id"})], basis="v6 (page read)"),
    Row("mass_update.neither-cvid-nor-ids", MASS_UPDATE,
        "A mass update with neither cvid nor ids gets 400 MANDATORY_NOT_FOUND.",
        POST("/crm/v6/Leads/actions/mass_update", {"data": [{"City": "X"}]}), error(400, "MANDATORY_NOT_FOUND"),
        basis=V7_CUT),
    Row("mass_update.status-missing-job", MASS_STATUS,
        "The status call without job_id gets 400 MANDATORY_NOT_FOUND `mandatory param missing`.",
        GET("/crm/v6/Leads/actions/mass_update"), error(400, "MANDATORY_NOT_FOUND", "mandatory param missing"),
        basis="v6 (page read)"),
    Row("mass_update.status-unknown-job", MASS_STATUS,
        "An unknown job id gets 404 NOT_FOUND `Empty response`.",
        GET("/crm/v6/Leads/actions/mass_update", {"job_id": "5725767000999999999"}),
        error(404, "NOT_FOUND", "Empty response"),
        basis="v6 (page read)"),
]

CONVERTED = [Step(POST("/crm/v6/Leads/{lead}/actions/convert", {"data": [{}]}), status=200)]

CONVERTS = [
    Row("convert.success", CONVERT,
        "Converting a lead answers SUCCESS `The record has been converted successfully` with the new "
        "Contacts and Accounts (name and id).",
        POST("/crm/v6/Leads/{lead}/actions/convert", {"data": [{"overwrite": True}]}),
        Expect(200, code="SUCCESS", message="The record has been converted successfully",
               keys={"data/0/details/Contacts": ["name", "id"], "data/0/details/Accounts": ["name", "id"]}),
        basis=V7_CUT),
    Row("convert.with-deal", CONVERT,
        "A Deals object in the body also creates a deal, returned under details.Deals.",
        POST("/crm/v6/Leads/{lead}/actions/convert", {"data": [{"Deals": {
            "Deal_Name": "From lead", "Closing_Date": "2030-01-31", "Stage": "Qualification"}}]}),
        Expect(200, code="SUCCESS", keys={"data/0/details/Deals": ["name", "id"]}), basis=V7_CUT),
    Row("convert.twice", CONVERT,
        "Converting a converted lead gets ID_ALREADY_CONVERTED.",
        POST("/crm/v6/Leads/{lead}/actions/convert", {"data": [{}]}), Expect(400, code="ID_ALREADY_CONVERTED"),
        setup=CONVERTED, basis=V7_CUT),
    Row("convert.hidden-from-list", CONVERT,
        "Converted leads leave the default list (converted=false by default).",
        GET("/crm/v6/Leads", {"fields": "Last_Name"}), Expect(200, checks=[check("lacks_id", "data", "{lead}")]),
        setup=CONVERTED, basis=V7_CUT),
    Row("convert.listed-when-asked", V6 + "get-records.html",
        "converted=true lists converted leads.",
        GET("/crm/v6/Leads", {"fields": "Last_Name", "converted": "true"}),
        Expect(200, checks=[check("contains_id", "data", "{lead}")]), setup=CONVERTED, basis=V7_CUT),
    Row("convert.both", V6 + "get-records.html",
        "converted=both lists converted and unconverted leads.",
        GET("/crm/v6/Leads", {"fields": "Last_Name", "converted": "both"}),
        Expect(200, checks=[check("contains_id", "data", "{lead}"), check("contains_id", "data", "{lead2}")]),
        setup=CONVERTED, basis=V7_CUT),
    Row("convert.unknown-lead", CONVERT,
        "Converting an id that is not a lead gets INVALID_DATA.",
        POST("/crm/v6/Leads/5725767000999999999/actions/convert", {"data": [{}]}),
        Expect(400, code="INVALID_DATA"), basis=V7_CUT),
]

ROWS = BULK + MASS + CONVERTS
