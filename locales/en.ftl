# The site's own words in English (Project Fluent). One message per key the
# templates read as `t.KEY`; phrases with a count or a name take `$count`
# or `$name`. To add a language, copy this file to locales/LANG.ftl and
# translate the right-hand sides.

skip = Skip to content
home = Handbook
processes = Processes
process = Process
roles = Roles
role = Role
handoffs = Changes of hands
handoff = Handoff
coverage = Coverage
print_all = The whole handbook for print
print = Print
version = Version
edit_page = Edit this page
job_description = Job description
purpose = Purpose
place = Place in the structure
reports_to = Reports to
deputy = Deputy
deputy_for = Stands in for
nobody = nobody
owned_stages = Stages this role owns
done_when = Done when
supports = Takes part in
informed = Is kept informed of
duties = Duties
not_responsible_for = Not responsible for
rights = Rights
qualification = Qualification
kpis = Key performance indicators and pay
kpi = Indicator
target = Target
measured_by = Measured by
outcome = Result paid for
pay = Pay
pay_fixed = Fixed part
pay_variable = Variable part
pay_untied = Other variable pay
no_pay = No variable pay
time_budget = Time budget
other = Other work
outgoing = Hands over
incoming = Receives
from_role = from
to_role = to
after = after
checklists = Checklists
starter_pack = Starter pack
kind_own = Routine
kind_stage = Finishing a stage
kind_send = Handing over
kind_receive = Taking over
when = When
trigger = When it happens
trigger_text = As soon as this stage is done:
passes = What is handed over
deadline = Deadline
channel = Channel
confirm = Read-back
read_back = Read back
first_actions = First actions of the receiver
first_action = First action
tell_client = What the client is told
no_handoff = No handoff is written for this change of hands: the client may have to explain themselves again.
missing = Needed by the next stage but not handed over
check_fields = Check that it contains
stage = Stage
stages = Stages
owner = Owner
no_owner = no owner
needs = Needs
produces = Produces
next = Next
final = The process may end here
start = Start
flow = Flow
flow_in_words = The flow in words
flow_alt = Swimlane diagram of the process; the same flow is listed in words below.
change_of_hands = change of hands
same_owner = same owner
legend_handoff = change of hands
legend_flow = next stage, same owner
raci = Who does what (RACI)
raci_legend = A: owns the stage and answers for it. D: decides or approves there, within the limits of the decision rights. C: takes part. I: is kept informed.
legend_decides = decides or approves here
coverage_intro = How much of the conveyor is written down. CI can fail a change that lowers these figures.
signatures-current = People whose signature is current
stages-owned = Stages with exactly one owner
handoffs-complete = Changes of hands with a complete handoff
roles-paid-for-kpis = Roles paid for their own KPIs
roles-with-deputy = Roles with a deputy
stages-with-exit-criteria = Stages with exit criteria
total = Total
gaps = Not yet covered
measure = Measure
covered = Covered
read_and_understood = I have read and understood this job description, its checklists and handoffs
name = Name
page = Page
what_changed = What changed
changed_since = Changed since
nothing_changed = Nothing a reader sees has changed.
new_marked = Items marked new were added since
new = new
status_added = new
status_removed = removed
status_renamed = renamed
status_changed = changed
moved = This page has moved
fingerprint = fingerprint
reviewed = reviewed on
next_review = next review
case_ref = Order or client
page_of = of
position = Position
date = Date
signature = Signature
artifacts = Documents and materials
kept_in = Kept in
decisions = Who decides
amount = Amount
decides = Decides
over = over
up_to = up to
any_amount = in every case
you = you
exceptions = When it does not go as planned
pay_example = Worked example
external_roles = Outside the roles
external_page = Outside the roles
external_lead = Not a role of the conveyor, but part of it: what they decide, and who reports to them.
reported_by = Reporting to them
filled_at = filled in at
fields = A complete one contains
external = arrives from outside
contents = Contents
search = Search
search_placeholder = Search the handbook
search_offline = Search needs the handbook to be served over HTTP (for example `rolebook serve`); opened as a file, use the contents below.
percent_of_time = of working time
print_hint = Print this page on A4: boxes are left empty to tick by hand.
open_checklists = Checklists of this role
open_starter = Starter pack to print
all_roles = All roles
all_processes = All processes
summary = Summary

# Counted phrases.
checklist-count = { $count ->
    [one] { $count } checklist
   *[other] { $count } checklists
}
stage-count = { $count ->
    [one] { $count } stage
   *[other] { $count } stages
}

# The Russian form of a job description (English keeps its own form and
# does not show these).
hr_approve = APPROVED
hr_title = Job description
hr_general = 1. General provisions
hr_duties = 2. Duties
hr_rights = 3. Rights
hr_responsibility = 4. Responsibility and results
hr_date_line = “___” ____________ 20___

# The command line's own errors that a head of department meets.
cli-no-folder = the handbook folder `{ $path }` does not exist or is not a folder; pass --roles with the folder that holds handbook.yaml
cli-unreadable = cannot read `{ $path }`: { $cause ->
    [denied] you may not read it; ask whoever set up the folder to let you read it
    [missing] it is gone; was it moved or deleted while rolebook was reading?
   *[other] { $detail }
}
