### rolebook's own words in English, in Project Fluent's syntax: the site's
### words, the sentences of findings and of the command line, and what
### `rolebook explain` says about each rule. A language is one such file:
### to add one, copy this file to locales/TAG.ftl (TAG as in `language:`,
### e.g. `uk`), translate the right-hand sides, keep the message ids and the
### `{ $name }` arguments, and write the plural variants the language has.

## The site's words: the templates read each message without arguments as
## `t.KEY`; phrases with a count or a name take `$count` or `$name`.

skip = Skip to content
# How dates are written (jiff's strftime): 2026-02-28.
date-format = %Y-%m-%d
# The form of a job description: `approval` (an approval block, «УТВЕРЖДАЮ»,
# numbered sections, as a Russian HR department expects) or `plain`.
job-description-form = plain
home = Handbook
processes = Processes
process = Process
roles = Roles
role = Role
handoffs = Changes of hands
handoff = Handoff
coverage = Coverage
print_all = The whole handbook for print
print_parts_lead = Each part below prints on its own: open it and print it. This page holds the external roles and the documents catalogue.
print_team = Reporting to
print_top = Roles that report to nobody in the handbook
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
starter_stages_note = A stage is done when its "Finishing a stage" checklist below is all ticked; who decides what is under "Who decides".
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
workload = Workload
workload_intro = Each role's hours of work a month, from the processes' volumes and the stages' efforts, against the productive hours of its people, and where its time goes against the split its job description declares. Written in the handbook, counted on every change.
workload_caption = Hours a month, most loaded role first
workload_people = People
workload_needed = Hours needed
workload_available = Hours available
workload_load = Load
workload_split = Where the time goes, in percent of the working time
workload_key = Stage
workload_computed = Counted
workload_declared = Declared
workload_chart = Counted share (bar) and declared share (line)
workload_other = Everything else
workload_more = hours a month, and where the time goes
org_chart = Organisation chart
fingerprint_head = Fingerprint
ack_sheet = Acknowledgement sheet
ack_sheet_note = I have read this job description and its checklists, and I understand them.
onboarding = First month
open_onboarding = Open the first-month plan and self-check
first_day = Day one
first_week = Week one
first_month = Month one
self_check = Self-check
self_check_intro = Answer each question aloud before you open its answer; go through them with your superior before you sign.
show_answer = Answer
answer_key = Answer key
approved_by = Approved by
in_force_from = in force from
in_force = In force from
not_yet_in_force = Approved, not yet in force:
not_approved = not recorded
revision_history = Revision history
last_change = Last change
documents_list = Controlled documents
documents_intro = Every job description and process of the handbook with its version, fingerprint, approval, the day it is in force from and its last change. A printed copy is uncontrolled: check it against this list.
document = Document
approval = Approved
uncontrolled = Uncontrolled when printed: check the current version
uncontrolled_at = at
pages = Pages
not_found = Page not found
not_found_lead = This address is not, or no longer, a page of the handbook. A role or a process may have been renamed; start from the home page, the roles or the processes, or search above.
liability = Material liability
doc_produced = Made at
doc_needed = Needed at
doc_handoffs = Handed over
new_here = New here?
new_here_find = Find your role among
new_here_roles = the roles below
new_here_print = Open its starter pack, print it and read it with your head of department: what you own, whom you hand over to, and what you are paid for.
new_here_process = Then follow your stages on the process diagrams, and keep your checklists at hand.
org_intro = Who reports to whom, with the number of people in each role.
org_outside = outside the handbook
department = The department
people_held_by = Held by
cases_a_month = Cases a month
cases = Cases a month
minutes_a_case = Minutes a case
hours_a_month = Hours a month
people-trained = People trained on the current version of their role
signatures-current = People whose signature is current
roles-within-capacity = Roles whose people have the hours their work needs
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
revision = Compared with
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
order_number = Order number
new_order = New order
ticks_kept = Ticks are kept in this browser, one set for each order number; nothing is sent anywhere.
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
search_offline = Search needs the handbook to be served over HTTP (for example by rolebook serve); opened as a file, use the contents below.
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

## Words used inside other messages

decimal-separator = .
long-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
role-named = `{ $id }` ({ $title })
role-id = `{ $id }`

did-you-mean = did you mean `{ $one }`?
did-you-mean-two = did you mean `{ $one }` or `{ $two }`?
quoted = `{ $value }`
here = here
second-definition = second definition
# What a value in a file is, after "found".
shape = { $shape ->
    [nothing] nothing
    [text] a text
    [number] a number
    [bool] true/false
    [list] a list
    *[mapping] a mapping
}
# An object of the format, as in "unknown key in a stage".
object = { $name ->
    [artifact] an artifact
    [artifact-field] an artifact field
    [handbook] handbook.yaml
    [decision] a decision
    [decision-level] a decision level
    [exception] an exception
    [stage] a stage
    [process] a process
    [KPI] a KPI
    [variable-pay-item] a variable pay item
    [pay] a pay
    [handoff] a handoff
    [checklist] a checklist
    [role] a role
    [acknowledgements-file] acknowledgements.yaml
    [signature] a signature
    [review] a review
    *[other] a { $name }
}

## Reading files

file-too-large = the file is { $size } bytes, over the limit of { $limit } bytes ({ $mib } MiB)
file-too-large-help = split it: one role per file, one process per file
not-utf8 = the file is not valid UTF-8
not-utf8-help = save the file as UTF-8 (most editors offer it under "Save with encoding")
yaml-error = { $detail }
yaml-error-help = check the indentation and quote values that contain `: ` or start with `*`, `&`, `!`
yaml-tabs-help = indent with spaces, not tabs
yaml-one-document-help = keep one YAML document per file (no `---` between specs)
yaml-documents = the file holds more than one YAML document (a `---` line after the first)
yaml-documents-help = keep one YAML document per file: move the part after `---` into a file of its own
yaml-budget = the file is too deeply nested or expands too many aliases ({ $detail })
yaml-budget-help = handbook files nest at most { $depth } levels and expand to at most { $nodes } values; remove the repeated anchors (`*name`) or flatten the nesting
not-a-file = { $through ->
    [link] symbolic link leads to a pipe, a device or a socket, not a file; it is not read
    *[entry] this is a pipe, a device or a socket, not a file; it is not read
}
not-a-file-help = only regular files are read: remove it, or replace it with a file
outside-link = symbolic link leads outside the handbook folder, to `{ $target }`
dangling-link = symbolic link leads nowhere
outside-link-help = copy the file into the handbook folder, or remove the link
no-handbook-yaml = `{ $folder }` has no handbook.yaml
no-handbook-yaml-help = create handbook.yaml with at least `title:`; `rolebook init` writes a starter handbook
invalid-file-name = the file name gives the { $kind } id `{ $stem }`, which is not a valid id
invalid-file-name-help = rename the file: { $how }
empty-file = { $kind ->
    [handbook] the handbook.yaml file is empty
    [acknowledgements] the acknowledgements file is empty
    *[other] the { $kind } file is empty
}
empty-file-help = { $kind ->
    [handbook] a handbook.yaml needs at least `{ $key }:`
    [acknowledgements] an acknowledgements file needs at least `{ $key }:`
    *[other] a { $kind } needs at least `{ $key }:`
}

## The shape of a file

wrong-type = expected { $expected ->
    [text] a text
    [id] an id
    [bool] true or false
    [date] a date, YYYY-MM-DD
    [colour] a colour, #RRGGBB
    [period] a period
    [rate] a rate, such as 120 a month
    [effort] a time of work, such as 45 min
    [share] a share, such as 35%
    [every] how often, such as week or 2 a month
    [number] a number, zero or more
    [percent] a whole number from 0 to 100
    [list] a list
    [id-map] a mapping of id: value
    *[rule-map] a mapping of rule: severity
}, found { $found }
wrong-type-label = should be { $expected ->
    [text] a text
    [id] an id
    [bool] true or false
    [date] a date, YYYY-MM-DD
    [colour] a colour, #RRGGBB
    [period] a period
    [rate] a rate, such as 120 a month
    [effort] a time of work, such as 45 min
    [share] a share, such as 35%
    [every] how often, such as week or 2 a month
    [number] a number, zero or more
    [percent] a whole number from 0 to 100
    [list] a list
    [id-map] a mapping of id: value
    *[rule-map] a mapping of rule: severity
}
wrong-type-text-help = write the value on one line, or as a block after `|`; quote it if it contains `: `
wrong-type-date-help = write the date as year-month-day, e.g. 2026-05-01
wrong-type-colour-help = write the colour as # and six hexadecimal digits, in quotes, e.g. "#0b5cad"
wrong-type-period-help = write a whole number and days, weeks, months or years, e.g. "6 months"
wrong-type-rate-help = write a number, `a` and month, week or working day, e.g. "120 a month"
wrong-type-effort-help = write minutes or hours, e.g. "45 min" or "1.5 h"
wrong-type-share-help = write a percentage from 0 to 100, e.g. "35%"
wrong-type-every-help = write `working day`, `week`, `month`, a period such as `2 weeks`, or a rate such as `3 a week`
wrong-type-roles-help = write the roles as `[active-sales]`, or with the share of the person's hours each takes: `{"{"}active-sales: 50%, client-service: 50%{"}"}`
wrong-type-list-help = write it as `[a, b]` or as lines starting with `- `
wrong-word = expected one of { $words }, found { $found }
wrong-word-label = should be one of { $words }
unsafe-link = the link `{ $url }` is not http, https, mailto or relative
unsafe-link-label = unsafe link
unsafe-link-help = link to an http(s) page, a mailto: address or a relative path; this link is left off the site
invalid-id = `{ $id }` is not a valid id
invalid-id-label = invalid id
invalid-id-help = ids use lowercase letters a-z, digits and single hyphens, at most 64 characters
invalid-id-try = ids use lowercase letters a-z, digits and single hyphens, at most 64 characters; try `{ $fixed }`
id-twice-in-mapping = `{ $id }` is defined twice in this mapping
id-twice-in-mapping-help = the first is on line { $line }; rename or remove one
unknown-rule = `{ $name }` is not a rule of rolebook
unknown-rule-label = unknown rule
unknown-rule-help = `rolebook explain` lists the rules
unknown-severity = severity must be error, warning or off, found { $found }
unknown-severity-label = unknown severity
repeated-key = key `{ $key }` appears twice in one mapping
repeated-key-label = repeated key
repeated-key-help = YAML keeps only one value per key: merge the two entries
not-a-mapping = { $object } must be a mapping of keys, found { $found }
not-a-mapping-label = expected a mapping
key-not-a-word = a key must be a plain word
key-without-value = `{ $key }` of this { $name } has no value
key-without-value-label = empty
unknown-key = unknown key `{ $key }` in { $object }
unknown-key-label = unknown key
unknown-key-help = the keys of { $object } are: { $keys }
missing-key = this { $name } has no `{ $key }`
missing-key-label = `{ $key }` missing here
missing-key-help = add `{ $key }:` — { $doc }

## Artifacts

artifact-unproduced = stage `{ $stage }` needs `{ $artifact }`, which no stage produces
artifact-unproduced-label = produced nowhere
artifact-unproduced-help = add `{ $artifact }` to `produces:` of the stage that makes it, or mark it `external: true` in handbook.yaml
artifact-unused = artifact `{ $artifact }` is never needed, passed or paid for
artifact-unused-label = unused
artifact-unused-help = name it in a stage's `needs:`, a handoff's `passes:` or a KPI's `outcome:`, or remove it
artifact-unstored = artifact `{ $artifact }` is handed over but kept nowhere
artifact-unstored-label = no `kept_in`
artifact-unstored-help = add `kept_in:` (the CRM, the shared drive, the archive) so it does not leave with a person
field-filled-at-wrong-stage = `{ $field }` of `{ $artifact }` is filled at `{ $stage }`, which does not produce `{ $artifact }`
field-filled-at-wrong-stage-label = does not produce it
field-filled-at-wrong-stage-help = name the stage whose `produces:` includes `{ $artifact }`, or add it there
field-checked-too-early = { $role } hands over or receives `{ $artifact }` only before `{ $stage }` fills `{ $field }`
field-checked-nowhere = { $role } is to check `{ $field }`, but hands over or receives `{ $artifact }` at no change of hands
field-checked-too-early-label = nothing to check yet
field-checked-too-early-help = remove `{ $role }` from `checked_by:`, or move `filled_at:` to a stage before they receive `{ $artifact }`

## Decision rights

decision-without-decider = decision `{ $decision }` names no one who decides
decision-without-decider-label = no decider
decision-without-decider-help = add a level under `levels:` with `by:` naming a role or an external role
decision-above-all = `{ $by }` decides `{ $decision }` over { $from }, but `{ $before }` already decides every amount above { $above }
decision-above-all-label = two deciders
decision-gap = nobody decides `{ $decision }` between { $from } and { $to }
decision-gap-label = gap before this level
decision-overlap = `{ $before }` and `{ $by }` both decide `{ $decision }` between { $from } and { $to }
decision-overlap-label = overlaps the level before
decision-gap-help = set `over: { $over }` here, or change the level before it
decision-empty-level = `up_to: { $up }` is not above `over: { $from }`
decision-empty-level-label = empty level
decision-empty-level-help = `over:` is where this level starts and `up_to:` where it ends
decision-open-top = nobody decides `{ $decision }` over { $from }
decision-open-top-label = the highest level ends here
decision-open-top-help = remove `up_to:` from the highest level, or add a level with `over: { $over }` and no `up_to:`
decision-below-zero = `{ $decision }` has a limit below zero ({ $amount })
decision-below-zero-label = below zero

## The flow of work

stage-without-owner = no role owns stage `{ $stage }`
stage-without-owner-label = nobody owns this stage
stage-without-owner-help = add `{ $stage }` to `owns:` of exactly one role
stage-multiple-owners = stage `{ $stage }` is owned by both `{ $first }` and `{ $second }`
stage-multiple-owners-label = second owner
stage-multiple-owners-help = keep it in `owns:` of one role; the other can list it under `supports:`
handoff-missing = `{ $from }` ({ $giver }) is followed by `{ $to }` ({ $taker }), but no handoff says what is handed over
handoff-missing-label = change of hands without a handoff
handoff-missing-help = in { $file }, add under `handoffs:` an entry with `after: { $from }`, `to: { $taker }` and `passes:`
handoff-not-owned = { $role } hands over after `{ $stage }`, a stage it does not own
handoff-not-owned-label = not owned by this role
handoff-not-owned-move = move this handoff to role `{ $owner }`, which owns `{ $stage }`
handoff-not-owned-help = add `{ $stage }` to `owns:` or remove this handoff
handoff-to-external = { $role } is an external role; handoffs go to roles of this handbook
handoff-to-external-label = external role
handoff-wrong-receiver = { $role } owns no stage that follows `{ $stage }`
handoff-wrong-receiver-label = not the next owner
handoff-no-receiver-help = no other role takes over after `{ $stage }`; remove this handoff
handoff-wrong-receiver-help = the stages after `{ $stage }` are owned by { $owners }
handoff-incomplete = `{ $to }` needs `{ $artifact }`, but the handoff after `{ $from }` does not pass it and `{ $taker }` does not hold it yet
handoff-incomplete-label = `{ $artifact }` missing
handoff-incomplete-help = add `{ $artifact }` to `passes:`, or the client will have to explain it again
unreachable-stage = stage `{ $stage }` cannot be reached from `{ $start }`, the start of `{ $process }`
unreachable-stage-label = no `next` leads here
unreachable-stage-help = add `{ $stage }` to `next:` of the stage that comes before it
dead-end-stage = stage `{ $stage }` leads nowhere
dead-end-stage-label = no `next`, not `final`
dead-end-stage-help = add the stage that follows to `next:`, or `final: true` if the process may end here
full-cycle-owner = { $role } owns every stage of process `{ $process }`
full-cycle-owner-label = one person does everything
full-cycle-owner-help = split the stages between roles, each with its own result and pay

## People, pay and time

fixed-severity = the severity of `{ $rule }` cannot be changed
fixed-severity-label = fixed severity
fixed-severity-help = a file that cannot be read is always an error; remove this line
time-budget-sum = the time budget of { $role } adds up to { $sum }%, not 100%
time-budget-sum-label = { $sum }% in all
time-budget-sum-add = add the remaining { $rest }% to a stage or to `other`
time-budget-sum-take = take { $over }% away
reports-to-cycle = reporting goes round in a circle: { $circle }
reports-to-cycle-label = closes the circle
reports-to-cycle-help = one of these roles must report to a role outside the circle, or to an external role
role-without-stages = role { $role } owns no stage
role-without-stages-help = list under `owns:` the stages this role is accountable for
deputy-missing = role { $role } names no deputy
deputy-missing-label = no `deputy:` in this role
deputy-missing-help = add `deputy:` with the role that stands in when this one is absent
deputy-self = role { $role } is its own deputy
deputy-self-label = the same role
deputy-self-help = name another role that can stand in
kpi-missing = role { $role } has no KPI
kpi-missing-label = no `kpis:` in this role
kpi-missing-help = add `kpis:` with at least one measure, its target and where it is measured
pay-without-kpi = role { $role } is not paid for its own result: no variable pay is tied to its KPIs
pay-without-kpi-help = add `pay.variable` items whose `kpi:` names one of the role's KPIs
shared-incentive = { $role } and { $other } are both paid for `{ $outcome }`
shared-incentive-label = outcome shared with another role
shared-incentive-help = tie each role's KPI to its own result, so two people never claim one commission
empty-checklist = checklist "{ $name }" has no items
empty-checklist-label = nothing to tick
empty-checklist-help = add the items to tick, or remove the checklist
review-overdue = the review of { $kind } `{ $id }` was due on { $next } (last { $last }, every { $every })
review-overdue-label = review overdue
review-overdue-help = `{ $by }` reviews it: go through it together, then set `last:` to the day of the review
review-in-future = the review date { $last } is after today ({ $today })
review-in-future-help = set `last:` to the day the review was held; a date to come keeps this check quiet until then
review-never = the next review, { $every } after { $last }, falls past the end of the calendar
review-never-help = write a period a person will live to see, such as `every: 1 year`

## Ids

first-in = the first is in { $file }:{ $line }
external-role-is-role = external role `{ $id }` has the id of a role file
external-role-is-role-label = also a role
external-role-is-role-help = { $first }; an external role and a role share one set of page addresses, so rename one
duplicate-role = role id `{ $id }` is used by two files
duplicate-role-help = { $first }; a role's id is its file name, so rename one file
duplicate-process = process id `{ $id }` is used by two files
duplicate-process-help = { $first }; rename one file
duplicate-stage = stage id `{ $id }` is defined twice
duplicate-stage-help = { $first }; stage ids are unique across all processes
renamed-twice = `{ $id }` is named as the earlier id of two { $what ->
    [role] roles
    [process] processes
   *[stage] stages
}
renamed-twice-help = { $first }; an earlier id leads to one place: keep it under `renamed_from:` of the one it became
renamed-still-used = `{ $id }` is listed under `renamed_from:` but is still the id of a { $what ->
    [role] role
    [process] process
   *[stage] stage
}
renamed-still-used-help = old links and signatures for `{ $id }` would go to two places: remove it from `renamed_from:`, or rename the other one
duplicate-artifact = artifact id `{ $id }` is declared twice
duplicate-artifact-label = second declaration
duplicate-artifact-help = { $first }; artifact ids are unique across handbook.yaml and the process files
duplicate-kpi = KPI id `{ $id }` is used twice in role { $role }
duplicate-kpi-help = the first is on line { $line }
renamed-help = `{ $old }` was renamed to `{ $now }`: write `{ $now }`
# What a reference should have named.
unknown-reference = `{ $id }` is not { $what ->
    [stage-of-process] a stage of this process
    [person] a role or an external role
    [stage] a stage
    [role] a role
    [artifact] an artifact of the handbook
    [kpi] a KPI of this role
    [own-stage] a stage this role owns or supports (or `other`)
    *[other] { $what }
}
unknown-reference-label = not { $what ->
    [stage-of-process] a stage of this process
    [person] a role or an external role
    [stage] a stage
    [role] a role
    [artifact] an artifact of the handbook
    [kpi] a KPI of this role
    [own-stage] a stage this role owns or supports (or `other`)
    *[other] { $what }
}

## Signatures

signature-missing = nobody holds a current signature for role { $role } (fingerprint { $fingerprint })
signature-missing-help = have the person in the role read and sign the starter pack, then list them in acknowledgements.yaml with `signed: { $fingerprint }`; `rolebook status` shows what changed since their last signature
over-capacity = role { $role } needs { $needed } hours a month and has { $available } ({ $load }% loaded)
over-capacity-label = { $headcount } people
over-capacity-help = add people to the role, move a stage to another role, or write less effort per case; `rolebook capacity` shows every role's figures
time-budget-drift = role { $role } spends { $computed }% of its time on `{ $key }` by the volumes and efforts, and its `time_budget` says { $declared }%
time-budget-drift-label = { $points } points apart
time-budget-drift-help = change the declared split, or the volumes, shares and efforts it comes from; `rolebook capacity --roles DIR` shows both splits
headcount-mismatch = role { $role } has `headcount: { $declared }`, and people.yaml gives it { $counted } on { $day }
headcount-mismatch-label = people.yaml: { $counted }
headcount-mismatch-help = where people.yaml is kept it counts the people: remove `headcount:` from the role, or make the two agree
role-unstaffed = role { $role } owns { $stages } { $stages ->
    [one] stage
   *[other] stages
} and nobody in people.yaml holds it on { $day }
role-unstaffed-label = a vacancy
role-unstaffed-help = add the person who does this work to people.yaml with `roles: [{ $role }]`, or hand the stages to a role that has people
cover-overloaded = with one person of { $role } away, the rest of the role ({ $rest } h) and the spare hours of its deputy { $deputy } ({ $spare } h) do not cover the { $needed } hours a month it needs
cover-overloaded-label = { $covered } of { $needed } h covered
cover-overloaded-help = name a deputy with spare hours, train a second person for the role, or accept the backlog with `checks: {"{"}cover-overloaded: off{"}"}`
deputy-conflict = { $deputy } stands in for { $role }, and owns stage `{ $stage }`, which must be independent of { $role }
deputy-conflict-label = owns `{ $stage }`
deputy-conflict-help = name another deputy: whoever stands in for a role must not also be the one who checks that role's work
effort-without-every = `{ $what }` has an effort but no frequency: its `when:` does not say plainly how often
effort-without-every-label = how often?
effort-without-every-help = add `every:` with `working day`, `week`, `month`, `2 weeks` or `3 a week`

## Around the findings (`check`'s human output)

error = error
warning = warning
help-prefix = help
no-findings = no findings
findings-total = { $errors ->
    [one] 1 error
    *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
    *[other] { $warnings } warnings
}

## `rolebook serve`'s panels

serve-panel = Findings in this page's spec (shown by rolebook serve only)
serve-hide = Hide
serve-not-found = Not found
serve-not-found-path = is not part of the handbook.
serve-to-index = Go to the index
serve-not-rebuilt = The handbook was not rebuilt: { $errors ->
    [one] 1 error
    *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
    *[other] { $warnings } warnings
}. The pages show the last good version.

## `rolebook explain`

explain-no-rule = no rule `{ $id }`; { $hint }
explain-rule = rule
explain-default = default
explain-fires-when = fires when
explain-list-foot = Run `rolebook explain RULE` for why a rule matters and how to fix a finding.
explain-severity = { $severity } by default
explain-fires = Fires when { $summary }.
explain-why = Why it matters
explain-fix = How to fix it
explain-example = Example

## `rolebook coverage`

coverage-gaps = not covered: { $gaps }
coverage-total = total
coverage-unreadable = the handbook has { $errors ->
    [one] 1 error
   *[other] { $errors } errors
} (run `rolebook check --roles { $roles }`): coverage counts only what could be read, so it fails
coverage-below-min = coverage { $total }% is below the minimum { $min }%
capacity-none = No role has hours to count: write the processes' `volume:` and the stages' `effort:` (and each role's `headcount:`) to see the load.
capacity-role = role
capacity-headcount = people
capacity-needed = hours needed
capacity-available = hours available
capacity-load = load
capacity-split = time split, computed/declared %
capacity-title = { $title } ({ $id })
capacity-split-cell = { $split }
capacity-bottleneck = The most loaded role: { $role }.
capacity-no-bottleneck = No role has both hours of work and a headcount.
capacity-bad-volume = `--volume { $given }`: write PROCESS=N (cases a month) or PROCESS=+P% / -P%
capacity-no-process = `{ $id }` is not a process of this handbook
capacity-no-role = `{ $id }` is neither a role of this handbook nor a person in its people.yaml
capacity-unreadable = the handbook has { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
} (run `rolebook check --roles { $roles }`): the figures count only what could be read, so this fails

## `rolebook init` and `rolebook schema --write`

wrote-file = wrote { $path }
init-next = Next: `rolebook check --roles { $dir }` and `rolebook build --roles { $dir }`.
init-refuses = refusing to overwrite existing files: { $files }; choose another folder, or move them away first
init-other-yaml = the folder already holds YAML files that the handbook would read as roles or processes: { $files }; choose an empty folder (e.g. `rolebook init roles`), or add --force to write there anyway
write-refuses-link = refusing to write through symbolic links: { $files }; a link here could point at any file of yours. Remove the links, then run the command again

## Periods (a review's `every:`)

period = { $unit ->
    [years] { $count ->
        [one] year
       *[other] { $count } years
    }
    [months] { $count ->
        [one] month
       *[other] { $count } months
    }
    [weeks] { $count ->
        [one] week
       *[other] { $count } weeks
    }
   *[days] { $count ->
        [one] day
       *[other] { $count } days
    }
}
quoted-plain = { $value }

## The output folder (`--out`)

io-error = { $detail }
out-dangling-link = `{ $out }` is a symbolic link to a folder that does not exist ({ $detail }); create the folder or choose another --out
out-not-a-folder = `{ $out }` exists and is not a folder; choose another --out
out-is-input = `{ $out }` is a folder the build reads (the handbook or its templates): writing the site there would delete it; choose another --out
out-holds-input = `{ $out }` holds `{ $input }`, a folder the build reads (the handbook or its templates): writing the site there would delete it; choose another --out
out-current-folder = `{ $out }` is the current folder or holds it; building would delete its files; choose an empty or new folder, or pass --force to replace it
out-git = `{ $out }` holds a git repository (`.git`); building would delete it; choose an empty or new folder, or pass --force to replace it
out-foreign = `{ $out }` is not a site that rolebook wrote (it has no `{ $marker }` file) and is not empty ({ $count ->
    [one] 1 entry); building would delete it
   *[other] { $count } entries); building would delete them
}; choose an empty or new folder, or pass --force to replace it

## `rolebook diff`, `build --since` and `status`: what changed

# The part of a job description or process that changed.
diff-section = { $section ->
    [title] title
    [summary] summary
    [reports-to] reports to
    [deputy] deputy
    [owned-stages] owned stages
    [exit-criteria] exit criteria
    [duties] duties
    [not-responsible-for] not responsible for
    [rights] rights
    [checklist] checklist
    [handoff-out] handoff out
    [handoff-in] handoff in
    [KPIs] KPIs
    [pay] pay
    [time-budget] time budget
    [stages] stages
   *[other] { $section }
}
# An item of it: the handbook's own names, but for a few words of the format.
diff-item = { $item ->
    [fixed] fixed
    [example] example
    [other] other
   *[name] { $item }
}
# What a changed handoff changed in.
diff-fact = { $fact ->
    [passes] passes
    [deadline] deadline
    [channel] channel
    [read-back] read-back
    [tell-the-client] tell the client
    [first-actions] first actions
   *[other] { $fact }
}
diff-part-item = { $section } · { $item }
diff-part-fact = { $section } · { $item }: { $fact }
diff-change = { $part }: { $kind ->
    [added] added “{ $new }”
    [removed] removed “{ $old }”
    [re-ordered] moved from place { $old } to { $new }
    [re-owned] re-owned “{ $old }” → “{ $new }”
   *[changed] changed “{ $old }” → “{ $new }”
}
diff-heading = { $status ->
    [renamed] { $title } ({ $id }, renamed from { $old })
    [added] { $title } ({ $id }): new
    [removed] { $title } ({ $id }): removed
   *[other] { $title } ({ $id })
}
diff-none = no changes for any role or process between { $old } and { $new }
diff-from-to = changes from { $old } to { $new }
diff-role = role { $heading }
diff-process = process { $heading }
diff-md-title = Handbook changes
diff-md-none = No changes for any role or process.
diff-md-from-to = From `{ $old }` to `{ $new }`.
diff-md-process = Process: { $heading }
status-md-title = Who must re-read their role
status-all-current = Everyone's signature is current.
status-nobody-signed = Nobody has signed their role yet.
status-no-file = No acknowledgements.yaml: nobody's signature is recorded ({ $file }). Write one to follow who has read their role; the manual's "Reviews, renames and signatures" says how.
status-broken-file = acknowledgements.yaml cannot be read; fix it and run status again.
status-due = { $count ->
    [one] 1 person must read their role again:
   *[other] { $count } people must read their role again:
}
status-person = { $person } — { $title } ({ $role }): signed { $signed }{ $date ->
    [none] {""}
   *[other] {" "}on { $date }
}, now { $now }
status-changed-since = changed since { $rev }:
status-commit = { $day } (“{ $summary }”)
status-not-in-history = (the version they signed is not in the repository's history)
status-unsigned = Roles nobody holds a current signature for: { $roles }
status-untrained = Not yet trained on the current version of their role: { $people }
sign-bad-person = Give the person's name as HR writes it, e.g. rolebook sign "Anna Petrova" courier.
sign-bad-trainer = Give the trainer's name after --trained-by, e.g. --trained-by "Olga Smirnova".
sign-unknown-role = There is no role `{ $role }` in this handbook. Its roles: { $roles }.
sign-not-a-file = { $path } is not a regular file (a link or a folder); rolebook writes only a file of its own there. Replace it with a file, or remove it.
sign-already = { $person } already holds a current line for { $title } (fingerprint { $fingerprint }); nothing written.
sign-cannot-append = Cannot add the line to { $path }: its `signatures:` is not a list the line can join (a flow list `[...]`, or another shape). Nothing written. Add it by hand:
    { $line }
sign-wrote = { $person } signed { $title } as it is now (fingerprint { $fingerprint }): written to { $path }.
sign-wrote-trained = { $person } signed { $title } as it is now (fingerprint { $fingerprint }), trained by { $by }: written to { $path }.
revision-status = { $status ->
    [added] First published
    [removed] Removed
    [renamed] Renamed
   *[changed] Changed
}

## What `build`, `watch` and `serve` say while they work

phase-time = { $phase ->
    [load] load
    [check] check
    [compile] compile
    [since] since
    [history] history
    [render] render
    [render-and-write] render and write
    [search-index] search index
    [write] write
   *[other] { $phase }
} { $ms } ms
build-wrote = wrote { $count ->
    [one] 1 file
   *[other] { $count } files
} to { $out } in { $ms } ms ({ $phases })
build-not = not built: fix the findings above; { $out } is unchanged
export-not = not exported: fix the findings above; nothing was written to { $out }
export-wrote = wrote { $count ->
    [one] 1 Word document
   *[other] { $count } Word documents
} to { $out }
theme-file-bad = the theme file `{ $path }` cannot be used: { $why ->
    [outside] give a path inside the handbook folder, without `..`
    [image] a logo or a favicon is a .png, .jpg, .svg, .webp, .gif or .ico file
    [css] extra CSS is a .css file
    [link] it is a link or a folder, not a file
    [large] it is larger than 1 MiB
   *[unreadable] it cannot be read
}
theme-file-missing = the theme file `{ $path }` is not in the handbook folder
theme-file-help = put the file in the handbook folder (e.g. `theme/logo.svg`) and give its path from there; until then the site is built without it
page-unreadable = this page cannot be read: it is a link, a folder, over 1 MiB or not UTF-8 text
page-unreadable-help = make `pages/NAME.md` a plain Markdown file of the handbook folder, saved as UTF-8
build-templates = templates: { $dir } (its files replace the built-in templates and assets of the same name; `rolebook build --templates` names another folder)
rebuilt = built { $count } files in { $ms } ms{ $after ->
    [0] {""}
    [one] {" "}after 1 change
   *[other] {" "}after { $after } changes
} ({ $phases })
not-rebuilt = not rebuilt{ $after ->
    [0] {""}
    [one] {" "}after 1 change
   *[other] {" "}after { $after } changes
}: fix the findings above; the last good site stays in place
rebuild-error = error{ $after ->
    [0] {""}
    [one] {" "}after 1 change
   *[other] {" "}after { $after } changes
}: { $message }; the last good site stays in place
watching = watching { $folder } (Ctrl-C to stop)
serving = serving the handbook at { $url } (Ctrl-C to stop)
stopped = stopped

## `rolebook explain`: for each rule, when it fires (-summary), why it matters
## (-why), how to fix a finding (-fix) and a YAML example (-example).

yaml-syntax-summary = the file is not valid YAML (or not UTF-8, too large, too deep, an alias bomb, or a key repeated in one mapping)
yaml-syntax-why = A spec that cannot be read is a spec nobody follows: every duty in it silently disappears from the handbook. Limits on size, depth and aliases keep a broken or hostile file from hanging CI.
yaml-syntax-fix = Open the file at the line shown and correct the YAML. Indent with spaces, quote values that contain `: `, and keep each key once per mapping.
yaml-syntax-example =
    title: Courier
    duties:
      - Deliver documents
       - Collect signatures   # wrong indentation

unknown-field-summary = a key the format does not know
unknown-field-why = A misspelt key (`dutys:`) would otherwise be dropped without a word, and the duties under it would never reach the person who must do them.
unknown-field-fix = Use the key the help line suggests, or remove it. `rolebook schema` lists every key; an editor with the YAML language server completes them.
unknown-field-example =
    title: Courier
    dutys:
      - Deliver documents

missing-field-summary = a required key is absent
missing-field-why = A role without a title, or a handoff without `passes`, leaves a hole exactly where a reader looks for an answer.
missing-field-fix = Add the key named in the message to the mapping shown.
missing-field-example =
    summary: Delivers documents
    # no `title:`

wrong-type-summary = a value of the wrong shape
wrong-type-why = A list where one value is expected (or the other way round) cannot be read as the author meant it, so rolebook refuses to guess.
wrong-type-fix = Give the value the shape named in the message: a text, a list, a mapping, a number or true/false.
wrong-type-example =
    title: Courier
    owns: delivery    # must be a list: [delivery]

invalid-id-summary = an id breaks the id rule (lowercase letters, digits and single hyphens, at most 64 characters)
invalid-id-why = Ids become file names and links in the published handbook. A strict rule keeps links stable and stops an id such as `../x` from writing outside the site folder.
invalid-id-fix = Rename the id (or the file, for a role or process) to lowercase words joined by single hyphens, e.g. `client-service`.
invalid-id-example =
    # file roles/Client Service.yaml: the file stem is the role id

duplicate-id-summary = two roles, processes, stages, artifacts or KPIs of one role share an id
duplicate-id-why = Two things under one name is the handbook version of "one person dealt with the client, another took the call": links and ownership become ambiguous.
duplicate-id-fix = Rename one of them; the message names both places.
duplicate-id-example =
    # roles/sales/courier.yaml and roles/office/courier.yaml

unknown-reference-summary = an id that names nothing: stage, role, external role, artifact, KPI
unknown-reference-why = A duty that points to a stage or document that does not exist cannot be carried out; usually it is a typo the help line can fix.
unknown-reference-fix = Use an existing id (the help line suggests the closest), or define the missing one.
unknown-reference-example =
    title: Courier
    reports_to: head-of-sale    # head-of-sales

stage-without-owner-summary = no role owns the stage
stage-without-owner-why = A stage nobody owns is where the client falls through the conveyor: everyone assumes someone else does it.
stage-without-owner-fix = Add the stage id to `owns:` of exactly one role.
stage-without-owner-example =
    # processes/sales.yaml has stage `invoice`; no role lists it in owns

stage-multiple-owners-summary = more than one role owns it
stage-multiple-owners-why = Two owners of one stage both think the work is theirs, or both think it is the other's; in the "object" model that the conveyor replaces this is the mix-up where one person dealt with the client, another took the call, and the client has no one to hold to account.
stage-multiple-owners-fix = Keep the stage in `owns:` of one role; the other can `supports:` it.
stage-multiple-owners-example =
    # roles/active-sales.yaml and roles/client-service.yaml both own: [brief]

handoff-missing-summary = a change of hands S -> T has no handoff `after: S`, `to: owner(T)` in the owner of S
handoff-missing-why = Every change of hands is where the "broken telephone" starts: without a written handoff the client has to explain themselves again to the next person.
handoff-missing-fix = In the role that owns S, add a handoff `after: S`, `to:` the owner of T, with what it `passes`, a deadline, a channel and a read-back.
handoff-missing-example =
    handoffs: []   # but stage intent-to-order (ours) is followed by brief (client-service's)

handoff-mismatch-summary = a handoff whose `after` the role does not own, or whose `to` owns no next stage of `after`
handoff-mismatch-why = A handoff written in the wrong role, or to the wrong person, is a procedure nobody will ever follow: the real change of hands stays undocumented.
handoff-mismatch-fix = Move the handoff to the role that owns `after`, or set `to:` to the role that owns the stage that follows it. External roles cannot receive handoffs.
handoff-mismatch-example =
    handoffs:
      - after: brief
        to: courier    # courier owns no stage that follows brief

handoff-incomplete-summary = the next stage needs an artifact that the handoff does not pass and that its new owner did not already hold
handoff-incomplete-why = This is the broken telephone itself: the next person has to ask the client again for what the previous one already knew.
handoff-incomplete-fix = Add the artifact to the handoff's `passes:`, or make sure the receiver already holds it from an earlier stage of the same process.
handoff-incomplete-example =
    handoffs:
      - after: intent-to-order
        to: client-service
        passes: [client-card]   # brief needs order-request too

unreachable-stage-summary = no path from the start of its process reaches the stage
unreachable-stage-why = A stage no `next` leads to is never started: its owner waits, and its exit criteria are never checked.
unreachable-stage-fix = Add the stage to the `next:` of the stage that comes before it, or set `start:` of the process to a stage of that process.
unreachable-stage-example =
    stages:
      - id: first-contact
        next: []
      - id: meeting        # nothing leads here

time-budget-sum-summary = a role's `time_budget` does not add up to 100
time-budget-sum-why = The agency's trouble began as 60/30/10 spent the wrong way round. A budget that does not add up cannot show where the time goes.
time-budget-sum-fix = Make the percentages add up to exactly 100; put the rest under `other`.
time-budget-sum-example =
    time_budget:
      prospecting: 60
      first-contact: 30   # 90 in all

reports-to-cycle-summary = A reports to B ... reports to A
reports-to-cycle-why = A circle of reporting leaves nobody to settle a dispute or to hold a stage to account.
reports-to-cycle-fix = Break the circle: one of the roles reports to a role outside it, or to an external role such as the head of sales.
reports-to-cycle-example =
    # courier reports_to documents-clerk; documents-clerk reports_to courier

dead-end-stage-summary = a stage has no `next` and is not `final`
dead-end-stage-why = The client waits at a dead end: nobody knows what happens after this stage.
dead-end-stage-fix = Add the stage that follows to `next:`, or mark the stage `final: true` if the process may end there.
dead-end-stage-example =
    - id: act-signed
      name: Act signed   # no next, no final: true

role-without-stages-summary = a role owns no stage
role-without-stages-why = A role with no stage of its own has no result of its own: its pay cannot be tied to anything it answers for.
role-without-stages-fix = Give the role the stages it is accountable for in `owns:`, or merge it with another role.
role-without-stages-example =
    title: Assistant
    owns: []

full-cycle-owner-summary = one role owns every stage of a process of 3 or more stages
full-cycle-owner-why = This is the "object" model the conveyor replaces: one person leads the client from first call to signed act, so while they sell, the paperwork waits, and while they do the paperwork, nobody sells: one face of the Rubik's cube is always falling apart.
full-cycle-owner-fix = Split the stages between roles, each with its own result and pay.
full-cycle-owner-example =
    owns: [prospecting, brief, estimate, contract, act]   # the whole sales process

deputy-missing-summary = a role names no deputy
deputy-missing-why = When someone is absent and nobody stands in, the others know nothing of their clients and the clients wait; and whoever leaves can take "their" clients with them.
deputy-missing-fix = Name the role that stands in: `deputy: client-service`.
deputy-missing-example =
    title: Courier
    # no deputy:

deputy-self-summary = a role is its own deputy
deputy-self-why = Standing in for oneself means nobody stands in.
deputy-self-fix = Name another role as the deputy.
deputy-self-example =
    # roles/courier.yaml
    deputy: courier

kpi-missing-summary = a role has no KPI
kpi-missing-why = Without a measure, people set their own norms, judge their own quality and decide for themselves how much is enough.
kpi-missing-fix = Add `kpis:` with at least one KPI that has a target and says how it is measured.
kpi-missing-example =
    title: Courier
    # no kpis:

pay-without-kpi-summary = a role that owns stages has no variable pay tied to one of its KPIs
pay-without-kpi-why = Pay that is not tied to the role's own result (a salary plus a share of profit, say) pushes everyone to chase "their" client's bigger order instead of doing their stage well.
pay-without-kpi-fix = Add `pay.variable` items whose `kpi:` names one of the role's KPIs.
pay-without-kpi-example =
    pay:
      fixed: Base salary
      # no variable part

shared-incentive-summary = KPIs of two different roles name the same `outcome`
shared-incentive-why = Two roles paid for the same result is the seed of commission disputes: one worked the client for half a year, another closed the deal, and each claims the commission.
shared-incentive-fix = Tie each role's KPI to its own result: the lead, the brief, the signed contract, the delivered act.
shared-incentive-example =
    # active-sales and client-service both have a KPI with outcome: contract

artifact-unproduced-summary = a stage needs an artifact that no stage produces and that is not `external`
artifact-unproduced-why = A stage that starts from a document nobody makes will wait for it forever, or someone will improvise it.
artifact-unproduced-fix = Add the artifact to `produces:` of the stage that makes it, or mark it `external: true` in handbook.yaml if it arrives from outside.
artifact-unproduced-example =
    needs: [signed-contract]   # no stage produces signed-contract

artifact-unused-summary = an artifact nothing needs, passes or pays for
artifact-unused-why = A document nobody uses is paperwork for its own sake, the easy work that crowds out real work ("second-level laziness": sorting the shelves instead of serving clients).
artifact-unused-fix = Name it in a stage's `needs:`, a handoff's `passes:` or a KPI's `outcome:`, or remove it.
artifact-unused-example =
    artifacts:
      fax-cover:
        name: Fax cover sheet

artifact-unstored-summary = an artifact passed in a handoff names no `kept_in`
artifact-unstored-why = What is handed over but kept nowhere lives in someone's drawer and leaves with them: each employee becomes a state within the state.
artifact-unstored-fix = Add `kept_in:` to the artifact in handbook.yaml: the CRM, the shared drive, the archive.
artifact-unstored-example =
    artifacts:
      brief:
        name: Brief   # no kept_in

outside-link-summary = a symbolic link in the handbook folder leads outside it; it is not read
outside-link-why = The handbook must be reviewable as one folder. A link outside it could publish a file that nobody reviewed.
outside-link-fix = Copy the file into the handbook folder, or remove the link.
outside-link-example =
    # roles/courier.yaml -> /home/someone/courier.yaml

missing-file-summary = `handbook.yaml` is absent
missing-file-why = Without handbook.yaml there are no artifacts, external roles or settings to check the roles against.
missing-file-fix = Create handbook.yaml with at least `title:` (`rolebook init` writes a starter).
missing-file-example =
    # roles/ holds role files but no handbook.yaml

empty-checklist-summary = a checklist has no items
empty-checklist-why = An empty checklist printed and pinned to the wall tells staff the routine is covered when it is not.
empty-checklist-fix = Add the items to tick, or remove the checklist.
empty-checklist-example =
    checklists:
      - name: Every working day
        items: []

unsafe-link-summary = a link (`edit_url`, or a link or image in a text) is not http, https, mailto or relative; it is left off the site
unsafe-link-why = Staff open the handbook in the browser they do their work in. A `javascript:` or `data:` link written into a spec would run as code when a reader clicks it, with the reader's access to the handbook and everything beside it.
unsafe-link-fix = Link to an http(s) page, a mailto: address, or a page of the handbook by its relative path; remove any other link.
unsafe-link-example =
    edit_url: "javascript:alert(1)//{"{"}path{"}"}"

not-a-file-summary = an entry in the handbook folder (or what a symbolic link in it points at) is a pipe, a device or a socket; it is not read
not-a-file-why = Reading a named pipe or a device waits for data that may never come: CI would hang instead of failing, and `serve` would stop rebuilding. Only regular files are specs.
not-a-file-fix = Remove the entry from the handbook folder, or replace it with a regular file.
not-a-file-example =
    # mkfifo roles/courier.yaml

field-filled-late-summary = an artifact field is filled at a stage that does not produce the artifact, or a role is asked to check it at changes of hands that all come before it is filled
field-filled-late-why = Each change of hands asks the receiver to check only what exists at that moment. A field that is filled later (the client's signature on a contract the courier is only taking out) would either be left off every list or ask someone to tick what cannot be there yet, and a list with impossible boxes is a list people stop reading.
field-filled-late-fix = Set `filled_at:` to the stage that writes the field (one that `produces:` the artifact), and list in `checked_by:` only roles that hand over or receive the artifact after that stage.
field-filled-late-example =
    fields:
      - text: Signatures of both parties
        filled_at: document-delivery
        checked_by: [courier]   # the courier receives the contract before it is signed

decision-gap-summary = the levels of a decision right leave amounts nobody may decide, or give one amount to two deciders
decision-gap-why = A discount of 7% when one person may give up to 5% and the next decides from 10% has no approver: it is either refused for no reason or given by whoever is asked, and the client learns which. Two deciders for one amount is the same problem the other way round.
decision-gap-fix = Write the levels from the smallest up, each `over:` equal to the `up_to:` of the level before it, the first from zero.
decision-gap-example =
    levels:
      - by: documents-clerk
        up_to: 5
      - by: head-of-sales
        over: 10   # 5 to 10 is nobody's

decision-without-decider-summary = a decision right names no one who decides
decision-without-decider-why = A decision written down without a decider sends every case to the head of the department, or to nobody.
decision-without-decider-fix = Add at least one level with `by:` naming a role or an external role.
decision-without-decider-example =
    decisions:
      refund:
        name: Refund to a client
        levels: []

review-overdue-summary = a role's or process's next review (`review: last` plus `every`) is before today (`--today DATE` sets the day)
review-overdue-why = A job description nobody has looked at for a year describes last year's job. A review date written down, and a warning in CI when it passes, is how a handbook stays true without anyone having to remember.
review-overdue-fix = Review the role or process with the person named in `review: by`, then set `review: last` to the day of the review.
review-overdue-example =
    review:
      by: head-of-sales
      last: 2025-01-15
      every: 6 months   # due 2025-07-15

signature-missing-summary = the handbook keeps `acknowledgements.yaml`, and nobody holds a signature for a role's job description as it is now
signature-missing-why = A signature is worth what it refers to. When a role's duties or checklists change, the person who signed the old version is working from it; until someone signs the new one, nobody has confirmed they know the role as written.
signature-missing-fix = Have the person in the role read the starter pack and sign it, then add or update their entry in acknowledgements.yaml with the fingerprint printed on it. `rolebook status` lists who must re-read what.
signature-missing-example =
    signatures:
      - person: Ivan Petrov
        role: courier
        signed: 1a2b3c4d5e6f   # the courier's fingerprint has changed since
over-capacity-summary = a role needs more hours a month than its people have (process volumes × stage shares × efforts, against headcount × working time)
over-capacity-why = A conveyor is as fast as its most loaded role: when the client service specialists have 130 hours of orders a month for 120 hours of work, briefs wait, estimates slip and the client hears "tomorrow". The figures are in the handbook already; a check on every change says which role overloads first when orders grow.
over-capacity-fix = Add people to the role (`headcount:`), move a stage to another role, or cut the effort per case; `rolebook capacity --volume PROCESS=+20%` answers what-if questions without touching a file.
over-capacity-example =
    # processes/sales.yaml: volume: 120 a month; stage brief: effort: 90 min
    headcount: 1   # client service: 180 hours needed, 147 available
time-budget-drift-summary = the time split the volumes and efforts give differs from a role's declared `time_budget` by more than 10 points
time-budget-drift-why = The agency reorganised because its managers spent 60% of their time running orders and 10% finding clients. A declared `time_budget` is a promise; the volumes and efforts say whether it holds. When they disagree, either the promise or the figures are wrong.
time-budget-drift-fix = Change the declared `time_budget`, or the volumes, shares and efforts it comes from, until the two agree within 10 points.
time-budget-drift-example =
    time_budget:
      prospecting: 60   # computed: 35% from 40 companies a week at 30 min
      other: 40
headcount-mismatch-summary = `people.yaml` gives a role another number of people than its `headcount:`
headcount-mismatch-why = Two counts of one team drift apart: the role file says three active sales managers, the list of people has two since one left. Plans, pay budgets and the capacity figures then use different numbers.
headcount-mismatch-fix = Let people.yaml count: remove `headcount:` from the role, or correct whichever of the two is wrong.
headcount-mismatch-example =
    # active-sales.yaml
    headcount: 3
    # people.yaml: two people hold active-sales
role-unstaffed-summary = `people.yaml` exists and nobody in it holds a role that owns stages: a vacancy
role-unstaffed-why = A stage whose role has nobody in it is a stage nobody does: leads wait in the database, contracts are not drawn up. A conveyor stops at its empty station.
role-unstaffed-fix = Add the person who does the work to people.yaml, or move the role's stages to a role that has people until the vacancy is filled.
role-unstaffed-example =
    # people.yaml lists nobody with roles: [courier]
    # courier.yaml
    owns: [document-delivery]
cover-overloaded-summary = with one person of a role away, the rest of the role and its deputy's spare hours do not cover the role's work (where `people.yaml` exists)
cover-overloaded-why = "Nobody standing in" is one of the known risks of a conveyor: a deputy named on paper who has no spare hours covers nothing. When the only courier is ill, deliveries wait unless someone has the time to take them.
cover-overloaded-fix = Name a deputy with spare hours, have a second person able to do the work, or lighten the role; turn the rule off under `checks:` if the department accepts the backlog.
cover-overloaded-example =
    # courier.yaml: 130 hours a month, one person
    deputy: documents-clerk   # 17 spare hours a month
deputy-conflict-summary = a role stands in for a role that a stage it owns must be independent of (`independent_of:`)
deputy-conflict-why = A complaint about client service is investigated by the database operator because the operator is not client service. If the operator also stands in for client service, then during a holiday the person who ran the order investigates the complaint about it: the check checks itself.
deputy-conflict-fix = Name another deputy for the role, or hand the independent stage to a role that does not stand in for it.
deputy-conflict-example =
    # processes/complaints.yaml
    - id: investigation
      independent_of: [client-service]
    # client-service.yaml
    deputy: database-operator   # owns investigation

## The format's fields: what each key means (the JSON Schema your editor shows, the manual's tables, the help of a missing key)

# artifact
doc-artifact-name = Human name, e.g. "Client card".
doc-artifact-description = What it is for (Markdown).
doc-artifact-kept_in = Where it lives: the CRM, the shared drive, the archive.
doc-artifact-external = true: it arrives from outside, so no stage needs to produce it.
doc-artifact-fields = What a complete one contains; each becomes a checklist item at the handoffs that pass it once it is filled.

# artifact field
doc-artifact-field-text = What the field holds (Markdown).
doc-artifact-field-filled_at = Stage id where it is filled in: handoffs before that stage leave it off their checklists.
doc-artifact-field-checked_by = Role ids that check it when they hand over or receive the artifact; without it, everyone who does.

# handbook
doc-handbook-title = Title of the handbook.
doc-handbook-organization = The organisation it belongs to.
doc-handbook-description = Introduction shown on the index page (Markdown).
doc-handbook-language = Language of rolebook's own words on the site and in its findings: the tag of a file in rolebook's `locales/` (en, ru).
doc-handbook-version = Shown on every page.
doc-handbook-edit_url = Edit link for each page; {"{"}path{"}"} is the file path under the handbook folder.
doc-handbook-base_url = Where the site is published, e.g. "https://handbook.example.org/sales/": the build writes `sitemap.xml` with it, and the not-found page (`404.html`) links from it.
doc-handbook-theme = How the site looks like the organisation: an accent colour, a logo, a favicon and extra CSS (see below).
doc-theme-accent = The colour of links, buttons and marks, e.g. "#7a1f5c" (in quotes); dark enough for white text on it and for links on white (contrast 4.5:1).
doc-theme-logo = An image in the handbook folder (.png, .jpg, .svg, .webp, .gif; at most 1 MiB), e.g. `theme/logo.svg`: shown at the top of every page and of the first printed sheet.
doc-theme-favicon = The browser tab's icon: an image in the handbook folder (.png, .svg, .ico...), e.g. `theme/favicon.png`.
doc-theme-css = A stylesheet in the handbook folder, loaded after the built-in one on every page, e.g. `theme/extra.css`; `rolebook templates` lists what it can restyle.
doc-handbook-search = Full-text search box and index (default true); false for a site with no JavaScript at all.
doc-handbook-external_roles = People outside the handbook who may be named in reports_to: id -> name.
doc-handbook-artifacts = What moves between stages: documents, records, goods.
doc-handbook-decisions = Decision rights: who decides what, up to which limit (discounts, refunds, disputes).
doc-handbook-checks = Severity overrides: rule id -> error | warning | off.

# decision
doc-decision-name = What is decided, e.g. "Discount on an estimate".
doc-decision-stage = The stage where it comes up; its owner's page shows whom to ask.
doc-decision-unit = Unit of the limits, e.g. "%" or "RUB".
doc-decision-levels = Who decides, from the smallest amount up; each level starts where the one before ends.

# decision level
doc-decision-level-by = The role or external role that decides at this level.
doc-decision-level-over = This level decides amounts above this one (not included); without it, from zero.
doc-decision-level-up_to = ...up to and including this one; without it, with no upper limit.

# exception
doc-exception-when = What happens, e.g. "The client is not there".
doc-exception-then = What the owner does (Markdown).

# stage
doc-stage-id = Stage id, unique across the handbook.
doc-stage-name = Human name.
doc-stage-description = What happens in this stage (Markdown).
doc-stage-needs = Artifact ids this stage starts from.
doc-stage-produces = Artifact ids it creates or completes.
doc-stage-done_when = Exit criteria; they become checklist items for the owner.
doc-stage-next = Stage ids that follow (any process); branching allowed.
doc-stage-final = true: the process may end here.
doc-stage-exceptions = What the owner does when the stage does not go as planned.
doc-stage-renamed_from = Earlier ids of this stage: a reference to one is reported with this id.

# process
doc-process-name = Human name of the process.
doc-process-description = What the process is for (Markdown).
doc-process-start = The first stage; default: the first in the list.
doc-process-stages = The stages, in reading order.
doc-process-review = Who reviews this process, when they last did, and how often.
doc-process-renamed_from = Earlier ids of this process: their pages redirect here.
doc-process-artifacts = Artifacts this process uses, declared beside it (same shape as in handbook.yaml; ids are unique across the handbook).

# KPI
doc-kpi-id = KPI id, unique within the role.
doc-kpi-name = What is measured.
doc-kpi-target = The target, e.g. "8 a month".
doc-kpi-measured_by = Where the figure comes from.
doc-kpi-outcome = Artifact id: the result this KPI pays for.

# variable pay item
doc-variable-pay-item-kpi = KPI id of this role.
doc-variable-pay-item-rule = How the KPI turns into money (Markdown).

# pay
doc-pay-fixed = The fixed part (Markdown).
doc-pay-variable = Variable parts, each tied to a KPI.
doc-pay-example = A worked example: one month's figures and the pay they give (Markdown).

# handoff
doc-handoff-after = A stage this role owns.
doc-handoff-to = The role that owns the next stage.
doc-handoff-passes = Artifact ids handed over.
doc-handoff-deadline = By when.
doc-handoff-channel = How: a CRM task, in person, by e-mail.
doc-handoff-actions = What the receiver does first (Markdown).
doc-handoff-confirm = The read-back before the sender lets go.
doc-handoff-tell_client = How the client meets the next person (Markdown).

# checklist
doc-checklist-name = Name of the list.
doc-checklist-when = When to go through it.
doc-checklist-items = Items to tick (Markdown).
doc-checklist-effort = Minutes or hours each time the list is gone through, e.g. `15 min`; counts in the role's hours with its frequency.
doc-checklist-every = How often the list is gone through, where `when:` does not say it plainly: `working day`, `week`, `month`, `2 weeks`, `3 a week`.
doc-duty-text = The duty (Markdown).
doc-duty-effort = Minutes or hours each time, e.g. `30 min`; counts in the role's hours with `every:`.
doc-duty-every = How often: `working day`, `week`, `month`, `2 weeks`, `3 a week`.

# role
doc-role-title = Job title.
doc-role-summary = One line: what the role is for.
doc-role-purpose = Why the role exists (Markdown).
doc-role-reports_to = Role id or external role id.
doc-role-deputy = Role id that stands in during absence.
doc-role-owns = Stages this role is accountable for (RACI A).
doc-role-supports = Stages it takes part in (RACI C).
doc-role-informed = Stages it must hear about (RACI I).
doc-role-duties = Duties beyond the owned stages: Markdown, or `{"{"}text, effort, every{"}"}` for one that takes time every week or month.
doc-role-not_responsible_for = Work this role must NOT take on.
doc-role-liability = What the holder answers for materially: originals, goods, cash, e.g. "The signed originals from receipt to their return to the documents clerk".
doc-role-sheet_per_stage = `true` prints the checklists of each stage the role owns (what it takes over, finishes and hands over) on a sheet of their own, with their own order line: for stages that are separate errands, such as a courier's trips.
doc-role-rights = What the role may decide or demand.
doc-role-qualification = What the holder must know and be able to do.
doc-role-kpis = Key performance indicators with targets.
doc-role-pay = Fixed and variable pay, each variable part tied to a KPI.
doc-role-time_budget = Percent of working time per owned or supported stage, or `other`; adds up to 100.
doc-role-handoffs = What this role hands over after its stages.
doc-role-checklists = The role's own routine lists.
doc-role-review = Who reviews this role, when they last did, and how often.
doc-role-renamed_from = Earlier ids of this role: their pages redirect here, and a reference to one is reported with this id.

# acknowledgements file
doc-acknowledgements-file-signatures = One entry per person and role they signed for.

# signature
doc-signature-person = Who signed, e.g. "Ivan Petrov".
doc-signature-role = The role they signed for.
doc-signature-signed = What they signed: the role's fingerprint as printed on the starter pack, or the handbook's version.
doc-signature-date = When, YYYY-MM-DD.
doc-handbook-approved = Who approved the handbook's current revision and when (`by`: a role or an external role; `date`): shown on every job description and process, in the documents list and on the HR form.
doc-handbook-effective = The day the current revision is in force from, YYYY-MM-DD; before it, pages say "approved, not yet in force".
doc-handbook-history = How many earlier changes from git each role's and process's page lists in its revision history; default 10, 0 lists none; it looks back over the last 50 revisions of the handbook. Only where the handbook folder is in a git repository.
doc-approval-by = Who approved it: a role or an external role, e.g. `director`.
doc-approval-date = When, YYYY-MM-DD.
doc-role-approved = This job description's own approval, where it differs from the handbook's `approved:`.
doc-role-effective = The day this job description is in force from, where it differs from the handbook's.
doc-role-onboarding = What a new holder does in the first day, week and month beyond what rolebook derives from the handbook (read the job description, learn each owned stage, sit with each giver and receiver, meet the deputy and the superior).
doc-process-approved = This process's own approval, where it differs from the handbook's `approved:`.
doc-process-effective = The day this process is in force from, where it differs from the handbook's.
doc-onboarding-day = Items for the first day (Markdown).
doc-onboarding-week = Items for the first week (Markdown).
doc-onboarding-month = Items for the first month (Markdown).
doc-signature-trained = Who trained the person on what they signed, and when: `date` and `by`. `rolebook sign PERSON ROLE --trained-by NAME` writes it.
doc-signature-self_check = When the person passed the role's self-check on what they signed, YYYY-MM-DD.
doc-training-date = When, YYYY-MM-DD.
doc-training-by = Who trained them, by name, e.g. "Olga Smirnova, head of sales".

# review
doc-review-by = The role or external role that reviews it.
doc-review-last = Date of the last review, YYYY-MM-DD.
doc-review-every = How often: a number of days, weeks, months or years, e.g. "6 months".
doc-process-volume = The cases that enter the process: `120 a month`, `30 a week` or `6 a working day`; with the stages' efforts, what `rolebook capacity` and the capacity rules count.
doc-process-order = Its place among the processes in the menu, on the home page and in the print: lower first, e.g. `1` for the main process; the processes without one follow, by id.
doc-stage-effort = The owner's working time per case: `45 min`, `1.5 h`.
doc-stage-share = The part of the process's cases that reach this stage, e.g. `35%`; default 100%.
doc-stage-independent_of = Roles whose work this stage checks: its owner must not stand in for them (`deputy-conflict`).
doc-role-headcount = How many people hold the role (a part, such as 0.5, for a shared post).
doc-handbook-working_time = One full-time person's hours and the productive part of them; default `40 a week` and `85%`.
doc-working-time-hours = Paid hours of one full-time person: `40 a week`, `8 a working day` or `168 a month`.
doc-working-time-productive = The part of those hours that goes into the work (the rest: meetings, breaks, training), e.g. `85%`.
doc-handbook-publish_people = Show on the site who holds each role, by the names in people.yaml; `false` (the default) shows counts only. Names are personal data.
doc-handbook-approved_by = Who approves the job descriptions (a role or an external role, e.g. `director`): named in the approval block of the printed form; default: each role's superior.
doc-rule-setting-level = The rule's severity: `error`, `warning` or `off`; default: its own.
doc-rule-setting-points = For `time-budget-drift`: how many points the computed split may stray from the declared `time_budget`; default 10.
doc-people-file-people = One entry per person in the department.
doc-person-name = The person's name, e.g. "Anna Petrova"; shown on the site only with `publish_people: true`.
doc-person-roles = The roles the person holds: `[active-sales]`, or with the share of their hours each takes: `{"{"}active-sales: 50%, client-service: 50%{"}"}`.
doc-person-hours = The person's paid hours where they differ from `working_time:`, e.g. `20 a week` for a half-time person.
doc-person-from = The first day the person counts, YYYY-MM-DD.
doc-person-until = The last day the person counts, YYYY-MM-DD.

## A new holder's first month (onboarding/ID.html)

onb-read = Read your job description from start to end, and ask your superior about anything unclear
onb-superior = Meet your superior, { $name }: what you report, when and how
onb-deputy = Meet your deputy, { $name }: who stands in for you, and what they need from you to do so
onb-stage = Learn your stage “{ $stage }” ({ $process }): when it is done, its checklist and what to do when it does not go as planned
onb-sit-giver = Sit with the { $role } when they hand you “{ $from }” → “{ $to }”: see what they pass, and read it back
onb-sit-taker = Hand over “{ $from }” → “{ $to }” with the { $role } beside you, and ask what they need first
onb-checklists = Work through each of your checklists yourself ({ $count ->
    [one] 1 list
   *[other] { $count } lists
})
onb-kpi = Go through your KPI “{ $name }” with your superior: its target ({ $target }), and the report it is measured by
onb-stand-in = Learn enough of the { $role }'s work to stand in for them
onb-self-check = Answer the self-check with your superior, then sign your job description
q-needs = What must exist before the stage “{ $stage }” starts?
q-done = When is the stage “{ $stage }” done?
q-exception = At “{ $stage }”: { $when }. What do you do?
q-pass = After “{ $stage }”, to whom do you pass the work, and what do you pass?
a-pass-to = To the { $role }, for “{ $stage }”
q-how = By when and how do you hand over “{ $from }” → “{ $to }”, and how do you know it arrived?
a-deadline = Deadline: { $deadline }
a-channel = Channel: { $channel }
q-receive = The { $role } hands you “{ $from }” → “{ $to }”: what do you check, and what do you do first?
q-decides = Who decides “{ $decision }”, and up to which amount?
a-level = { $shape ->
    [both] over { $over } and up to { $up_to }: { $name }
    [over] over { $over }: { $name }
    [up_to] up to { $up_to }: { $name }
   *[any] { $name }
}
q-kpi = What is the target of “{ $name }”, and what pay is tied to it?
a-target = Target: { $target }
