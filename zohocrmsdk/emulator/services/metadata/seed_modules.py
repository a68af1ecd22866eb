"""Seed definitions of the standard CRM modules (our own compact notation).

Each field line is ``Api_Name type [flags] [= picklist|values]`` where type is a Zoho
``data_type`` (``lookup>Accounts`` / ``subform>Quoted_Items`` name the target module) and
flags are ``!`` system mandatory, ``u`` unique, ``r`` read only. Owner, Created_By,
Modified_By, Created_Time, Modified_Time, Tag and Layout are added to every API module.
"""
from __future__ import annotations

_ADDRESS = """
{p}_Street text
{p}_City text
{p}_State text
{p}_Code text
{p}_Country text
"""


def _address(prefix: str) -> str:
    return _ADDRESS.format(p=prefix)


_LEAD_SOURCE = "Lead_Source picklist = Advertisement|Cold Call|Employee Referral|External Referral|Online Store|Partner|Public Relations|Sales Email Alias|Seminar Partner|Internal Seminar|Trade Show|Web Download|Web Research|Chat"
_INDUSTRY = "Industry picklist = ASP (Application Service Provider)|Data/Telecom OEM|ERP (Enterprise Resource Planning)|Government/Military|Large Enterprise|ManagementISV|MSP (Management Service Provider)|Network Equipment Enterprise|Non-management ISV|Optical Networking|Service Provider|Small/Medium Enterprise|Storage Equipment|Storage Service Provider|Systems Integrator|Wireless Industry"
_SALUTATION = "Salutation picklist = Mr.|Mrs.|Ms.|Dr.|Prof."
_STAGES = "Qualification|Needs Analysis|Value Proposition|Id. Decision Makers|Proposal/Price Quote|Negotiation/Review|Closed Won|Closed Lost|Closed Lost to Competition"

_INVENTORY_COMMON = """
Subject text !
Account_Name lookup>Accounts
Contact_Name lookup>Contacts
Deal_Name lookup>Deals
Sub_Total currency r
Discount currency
Tax currency
Adjustment currency
Grand_Total currency r
Terms_and_Conditions textarea
Description textarea
Currency picklist = USD|EUR|INR
Exchange_Rate double
""" + _address("Billing") + _address("Shipping")

# (singular label, plural label, field block)
MODULES = {
    "Leads": ("Lead", "Leads", """
Salutation picklist = Mr.|Mrs.|Ms.|Dr.|Prof.
First_Name text
Last_Name text !
Full_Name text r
Company text
Designation text
Email email u
Secondary_Email email
Phone phone
Mobile phone
Fax phone
Website website
""" + _LEAD_SOURCE + """
Lead_Status picklist = Attempted to Contact|Contact in Future|Contacted|Junk Lead|Lost Lead|Not Contacted|Pre-Qualified|Not Qualified
""" + _INDUSTRY + """
No_of_Employees integer
Annual_Revenue currency
Rating picklist = Acquired|Active|Market Failed|Project Cancelled|Shut Down
Email_Opt_Out boolean
Skype_ID text
Twitter text
Street text
City text
State text
Zip_Code text
Country text
Description textarea
Visitor_Score bigint r
Last_Activity_Time datetime r
Converted__s boolean r
Converted_Date_Time datetime r
Converted_Account lookup>Accounts r
Converted_Contact lookup>Contacts r
Converted_Deal lookup>Deals r
"""),
    "Contacts": ("Contact", "Contacts", _SALUTATION + """
First_Name text
Last_Name text !
Full_Name text r
Account_Name lookup>Accounts
Vendor_Name lookup>Vendors
Email email u
Secondary_Email email
Title text
Department text
Phone phone
Home_Phone phone
Other_Phone phone
Mobile phone
Fax phone
Assistant text
Asst_Phone phone
Reports_To lookup>Contacts
""" + _LEAD_SOURCE + """
Date_of_Birth date
Email_Opt_Out boolean
Skype_ID text
Twitter text
Mailing_Street text
Mailing_City text
Mailing_State text
Mailing_Zip text
Mailing_Country text
Other_Street text
Other_City text
Other_State text
Other_Zip text
Other_Country text
Description textarea
Last_Activity_Time datetime r
"""),
    "Accounts": ("Account", "Accounts", """
Account_Name text !
Account_Number bigint
Account_Site text
Parent_Account lookup>Accounts
Account_Type picklist = Analyst|Competitor|Customer|Distributor|Integrator|Investor|Other|Partner|Press|Prospect|Reseller|Supplier|Vendor
""" + _INDUSTRY + """
Annual_Revenue currency
Employees integer
Ownership picklist = Other|Private|Public|Subsidiary|Partnership|Government|Privately Held|Public Company
Rating picklist = Acquired|Active|Market Failed|Project Cancelled|Shut Down
Phone phone
Fax phone
Website website
Ticker_Symbol text
SIC_Code integer
""" + _address("Billing") + _address("Shipping") + """
Description textarea
Last_Activity_Time datetime r
"""),
    "Deals": ("Deal", "Deals", """
Deal_Name text !
Account_Name lookup>Accounts
Contact_Name lookup>Contacts
Amount currency
Closing_Date date
Stage picklist ! = """ + _STAGES + """
Type picklist = Existing Business|New Business
Probability integer
Expected_Revenue currency r
Next_Step text
""" + _LEAD_SOURCE + """
Campaign_Source lookup>Campaigns
Description textarea
Last_Activity_Time datetime r
"""),
    "Tasks": ("Task", "Tasks", """
Subject text !
Due_Date date
Status picklist = Not Started|Deferred|In Progress|Completed|Waiting for input
Priority picklist = High|Highest|Low|Lowest|Normal
Who_Id lookup>Contacts
What_Id multi_module_lookup
Send_Notification_Email boolean
Remind_At ALARM
Recurring_Activity RRULE
Closed_Time datetime r
Description textarea
"""),
    "Events": ("Meeting", "Meetings", """
Event_Title text !
Start_DateTime datetime !
End_DateTime datetime !
All_day boolean
Venue text
Who_Id lookup>Contacts
What_Id multi_module_lookup
Participants multiselectlookup
Remind_At event_reminder
Recurring_Activity RRULE
Description textarea
"""),
    "Calls": ("Call", "Calls", """
Subject text !
Call_Type picklist ! = Outbound|Inbound|Missed
Call_Start_Time datetime !
Call_Duration text !
Call_Duration_in_seconds integer r
Call_Purpose picklist = Prospecting|Administrative|Negotiation|Demo|Project|Desk
Call_Result picklist = Interested|Not interested|No response|Busy|Requested more info|Requested call back|Invalid number
Who_Id lookup>Contacts
What_Id multi_module_lookup
Call_Agenda text
Description textarea
"""),
    "Products": ("Product", "Products", """
Product_Name text !
Product_Code text
Product_Active boolean
Product_Category picklist = Hardware|Software|CRM Applications
Manufacturer picklist = AltvetPet Inc.|LexPon Inc.|MetBeat Corp.
Vendor_Name lookup>Vendors
Unit_Price currency
Commission_Rate currency
Tax multiselectpicklist = Sales Tax|Vat|Service Tax
Taxable boolean
Usage_Unit picklist = Box|Carton|Dozen|Each|Hours|Impressions|Lb|M|Pack|Pages|Pieces|Quantity|Reams|Sheet|Spiral Binder|Sq Ft
Qty_Ordered double
Qty_in_Stock double
Reorder_Level double
Qty_in_Demand double
Sales_Start_Date date
Sales_End_Date date
Support_Start_Date date
Support_Expiry_Date date
Handler userlookup
Description textarea
"""),
    "Quotes": ("Quote", "Quotes", _INVENTORY_COMMON + """
Quote_Number autonumber r
Quote_Stage picklist = Draft|Negotiation|Delivered|On Hold|Confirmed|Closed Won|Closed Lost
Valid_Till date
Carrier picklist = FedEX|UPS|USPS|DHL|BlueDart
Quoted_Items subform>Quoted_Items !
"""),
    "Sales_Orders": ("Sales Order", "Sales Orders", _INVENTORY_COMMON + """
SO_Number autonumber r
Quote_Name lookup>Quotes
Customer_No text
Purchase_Order text
Due_Date date
Status picklist = Created|Approved|Delivered|Cancelled
Carrier picklist = FedEX|UPS|USPS|DHL|BlueDart
Ordered_Items subform>Ordered_Items !
"""),
    "Purchase_Orders": ("Purchase Order", "Purchase Orders", """
Subject text !
Vendor_Name lookup>Vendors !
Contact_Name lookup>Contacts
PO_Number autonumber r
PO_Date date
Due_Date date
Requisition_No text
Tracking_Number text
Status picklist = Created|Approved|Delivered|Cancelled
Carrier picklist = FedEX|UPS|USPS|DHL|BlueDart
Sub_Total currency r
Discount currency
Tax currency
Adjustment currency
Grand_Total currency r
Terms_and_Conditions textarea
Description textarea
Currency picklist = USD|EUR|INR
Exchange_Rate double
Purchase_Items subform>Purchase_Items !
""" + _address("Billing") + _address("Shipping")),
    "Invoices": ("Invoice", "Invoices", _INVENTORY_COMMON + """
Invoice_Number autonumber r
Invoice_Date date
Due_Date date
Sales_Order lookup>Sales_Orders
Purchase_Order text
Status picklist = Created|Approved|Delivered|Cancelled
Invoiced_Items subform>Invoiced_Items !
"""),
    "Vendors": ("Vendor", "Vendors", """
Vendor_Name text !
Email email
Phone phone
Website website
GL_Account picklist = Sales-Software|Sales-Hardware|Rental-Income|Interest-Income|Sales Discount|Freight-Expense
Category text
Street text
City text
State text
Zip_Code text
Country text
Description textarea
"""),
    "Price_Books": ("Price Book", "Price Books", """
Price_Book_Name text !
Active boolean
Pricing_Model picklist = Flat|Differential
Pricing_Details subform>Pricing_Details !
Description textarea
"""),
    "Cases": ("Case", "Cases", """
Subject text !
Case_Number autonumber r
Status picklist ! = New|Escalated|On Hold|Closed
Case_Origin picklist ! = Email|Phone|Web
Priority picklist = High|Medium|Low
Type picklist = Question|Problem|Feature Request
Case_Reason picklist = User did not attend any training|Complex functionality|Existing problem|Instructions not clear|New problem
Account_Name lookup>Accounts
Deal_Name lookup>Deals
Product_Name lookup>Products
Related_To lookup>Contacts
Reported_By text
Email email
Phone phone
Description textarea
Internal_Comments textarea
"""),
    "Solutions": ("Solution", "Solutions", """
Solution_Title text !
Solution_Number autonumber r
Status picklist = Draft|Reviewed|Unreviewed
Published boolean
Product_Name lookup>Products
Question textarea
Answer textarea
"""),
    "Campaigns": ("Campaign", "Campaigns", """
Campaign_Name text !
Type picklist = Advertisement|Banner Ads|Conference|Direct mail|Email|Partner|Public Relations|Referral Program|Telemarketing|Trade Show|Webinar|Others
Status picklist = Planning|Active|Inactive|Complete
Start_Date date
End_Date date
Expected_Revenue currency
Budgeted_Cost currency
Actual_Cost currency
Expected_Response integer
Num_sent bigint
Parent_Campaign lookup>Campaigns
Description textarea
"""),
    "Notes": ("Note", "Notes", """
Note_Title text
Note_Content textarea !
Parent_Id multi_module_lookup !
"""),
}

_ITEM_FIELDS = """
Product_Name lookup>Products !
Quantity double !
List_Price currency
Discount currency
Tax currency
Total currency r
Net_Total currency r
Description textarea
"""

# Subform (line item) modules: served by /settings/fields because the SDK follows subforms.
SUBFORMS = {
    "Quoted_Items": ("Quoted Item", "Quoted Items", _ITEM_FIELDS),
    "Ordered_Items": ("Ordered Item", "Ordered Items", _ITEM_FIELDS),
    "Invoiced_Items": ("Invoiced Item", "Invoiced Items", _ITEM_FIELDS),
    "Purchase_Items": ("Purchase Item", "Purchase Items", _ITEM_FIELDS),
    "Pricing_Details": ("Pricing Detail", "Pricing Details", """
From_Range double
To_Range double
Discount double
"""),
}

# Modules visible in the UI but not exposed through the API.
NON_API = ["Home", "Feeds", "Reports", "Dashboards", "Documents", "Forecasts", "Visits", "Social"]

# System modules reached only through dedicated APIs (record locking): their field metadata is
# public, but they are not listed with the standard modules' data routes.
SYSTEM = {
    "Locking_Information__s": ("Locking Information", "Locking Information", """
Name text
Locked_For_s lookup>Leads
Locked_By_s ownerlookup r
Locked_Time_s datetime r
Lock_Source_s text
Locked_Reason_s text
Lock_Restricted_Actions_s text
"""),
}

# System duplicate-check field per module (upsert default), ZOHO_API.md §3.6.
DUPLICATE_CHECK = {
    "Leads": "Email", "Contacts": "Email", "Accounts": "Account_Name", "Deals": "Deal_Name",
    "Campaigns": "Campaign_Name", "Cases": "Subject", "Solutions": "Solution_Title",
    "Products": "Product_Name", "Vendors": "Vendor_Name", "Price_Books": "Price_Book_Name",
    "Quotes": "Subject", "Sales_Orders": "Subject", "Purchase_Orders": "Subject", "Invoices": "Subject",
}

# Related lists per module beyond Notes/Attachments (target module api names).
RELATED = {
    "Leads": ["Activities", "Campaigns", "Products"],
    "Contacts": ["Deals", "Activities", "Cases", "Campaigns", "Products", "Quotes", "Sales_Orders", "Invoices"],
    "Accounts": ["Contacts", "Deals", "Activities", "Cases", "Products", "Quotes", "Sales_Orders", "Invoices"],
    "Deals": ["Contact_Roles", "Activities", "Products", "Quotes", "Sales_Orders", "Invoices"],
    "Products": ["Price_Books", "Leads", "Contacts", "Accounts", "Deals", "Cases"],
    "Vendors": ["Products", "Contacts", "Purchase_Orders"],
    "Campaigns": ["Leads", "Contacts", "Deals"],
    "Cases": ["Solutions", "Activities"],
}

PHOTO_MODULES = {"Leads", "Contacts", "Accounts", "Products", "Vendors"}

SUBFORM_PARENT = {"Quoted_Items": "Quotes", "Ordered_Items": "Sales_Orders", "Invoiced_Items": "Invoices",
                  "Purchase_Items": "Purchase_Orders", "Pricing_Details": "Price_Books"}
