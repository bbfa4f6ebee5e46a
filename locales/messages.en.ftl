# rolebook's sentences in English: what `check`, `build`, `serve`, `diff`
# and `status` say about a handbook. A finding is a sentence, a label under
# the marked text (`-label`) and a help line (`-help`). Code ids, file
# names and the YAML keys stay as they are, between backticks.
# A translation is a copy of this file, `messages.LANG.ftl`, with every
# message in the other language (a test fails on one that is missing).

## Words used inside other messages

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
    [period] a period
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
    [period] a period
    [number] a number, zero or more
    [percent] a whole number from 0 to 100
    [list] a list
    [id-map] a mapping of id: value
    *[rule-map] a mapping of rule: severity
}
wrong-type-text-help = write the value on one line, or as a block after `|`; quote it if it contains `: `
wrong-type-date-help = write the date as year-month-day, e.g. 2026-05-01
wrong-type-period-help = write a whole number and days, weeks, months or years, e.g. "6 months"
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
missing-key-help = add `{ $key }:` ({ $doc })

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
field-checked-too-early = `{ $role }` hands over or receives `{ $artifact }` only before `{ $stage }` fills `{ $field }`
field-checked-nowhere = `{ $role }` is to check `{ $field }`, but hands over or receives `{ $artifact }` at no change of hands
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
decision-empty-level = `up_to: { $up }` is below `over: { $from }`
decision-empty-level-label = empty level
decision-empty-level-help = `over:` is where this level starts and `up_to:` where it ends

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
handoff-not-owned = `{ $role }` hands over after `{ $stage }`, a stage it does not own
handoff-not-owned-label = not owned by this role
handoff-not-owned-move = move this handoff to role `{ $owner }`, which owns `{ $stage }`
handoff-not-owned-help = add `{ $stage }` to `owns:` or remove this handoff
handoff-to-external = `{ $role }` is an external role; handoffs go to roles of this handbook
handoff-to-external-label = external role
handoff-wrong-receiver = `{ $role }` owns no stage that follows `{ $stage }`
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
full-cycle-owner = `{ $role }` owns every stage of process `{ $process }`
full-cycle-owner-label = one person does everything
full-cycle-owner-help = split the stages between roles, each with its own result and pay

## People, pay and time

fixed-severity = the severity of `{ $rule }` cannot be changed
fixed-severity-label = fixed severity
fixed-severity-help = a file that cannot be read is always an error; remove this line
time-budget-sum = the time budget of `{ $role }` adds up to { $sum }%, not 100%
time-budget-sum-label = { $sum }% in all
time-budget-sum-add = add the remaining { $rest }% to a stage or to `other`
time-budget-sum-take = take { $over }% away
reports-to-cycle = reporting goes round in a circle: { $circle }
reports-to-cycle-label = closes the circle
reports-to-cycle-help = one of these roles must report to a role outside the circle, or to an external role
role-without-stages = role `{ $role }` owns no stage
role-without-stages-help = list under `owns:` the stages this role is accountable for
deputy-missing = role `{ $role }` names no deputy
deputy-missing-label = no `deputy:` in this role
deputy-missing-help = add `deputy:` with the role that stands in when this one is absent
deputy-self = role `{ $role }` is its own deputy
deputy-self-label = the same role
deputy-self-help = name another role that can stand in
kpi-missing = role `{ $role }` has no KPI
kpi-missing-label = no `kpis:` in this role
kpi-missing-help = add `kpis:` with at least one measure, its target and where it is measured
pay-without-kpi = role `{ $role }` is not paid for its own result: no variable pay is tied to its KPIs
pay-without-kpi-help = add `pay.variable` items whose `kpi:` names one of the role's KPIs
shared-incentive = `{ $role }` and `{ $other }` are both paid for `{ $outcome }`
shared-incentive-label = outcome shared with another role
shared-incentive-help = tie each role's KPI to its own result, so two people never claim one commission
empty-checklist = checklist "{ $name }" has no items
empty-checklist-label = nothing to tick
empty-checklist-help = add the items to tick, or remove the checklist
review-overdue = the review of { $kind } `{ $id }` was due on { $next } (last { $last }, every { $every })
review-overdue-label = review overdue
review-overdue-help = `{ $by }` reviews it: go through it together, then set `last:` to the day of the review

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
duplicate-artifact = artifact id `{ $id }` is declared twice
duplicate-artifact-label = second declaration
duplicate-artifact-help = { $first }; artifact ids are unique across handbook.yaml and the process files
duplicate-kpi = KPI id `{ $id }` is used twice in role `{ $role }`
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

signature-missing = nobody holds a current signature for role `{ $role }` (fingerprint { $fingerprint })
signature-missing-help = have the person in the role read and sign the starter pack, then list them in acknowledgements.yaml with `signed: { $fingerprint }`; `rolebook status` shows what changed since their last signature

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
status-due = { $count ->
    [one] 1 person must read their role again:
   *[other] { $count } people must read their role again:
}
status-person = { $person } — { $title } ({ $role }): signed { $signed }{ $date ->
    [none] {""}
   *[other] {" "}on { $date }
}, now { $now }
status-changed-since = changed since { $rev }:
status-not-in-history = (the version they signed is not in the repository's history)
status-unsigned = Roles nobody holds a current signature for: { $roles }

## What `build`, `watch` and `serve` say while they work

phase-time = { $phase ->
    [load] load
    [check] check
    [compile] compile
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
