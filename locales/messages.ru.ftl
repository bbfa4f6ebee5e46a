# Фразы rolebook по-русски: что `check`, `build`, `serve`, `diff` и
# `status` говорят о справочнике. У замечания есть сообщение, подпись под
# отмеченным местом (`-label`) и подсказка (`-help`). Идентификаторы, имена
# файлов и ключи YAML остаются как в файлах, в обратных кавычках.

## Слова внутри других сообщений

did-you-mean = возможно, имелось в виду `{ $one }`?
did-you-mean-two = возможно, имелось в виду `{ $one }` или `{ $two }`?
quoted = `{ $value }`
here = здесь
second-definition = второе определение
# Что записано в файле, после «а здесь».
shape = { $shape ->
    [nothing] пусто
    [text] текст
    [number] число
    [bool] да/нет (true/false)
    [list] список
   *[mapping] набор ключей
}
# Объект формата в родительном падеже: «неизвестный ключ в описании этапа».
object = { $name ->
    [artifact] документа
    [artifact-field] поля документа
    [handbook] handbook.yaml
    [decision] решения
    [decision-level] уровня решения
    [exception] исключения
    [stage] этапа
    [process] процесса
    [KPI] показателя (KPI)
    [variable-pay-item] пункта переменной части оплаты
    [pay] оплаты
    [handoff] передачи
    [checklist] чек-листа
    [role] роли
    [acknowledgements-file] acknowledgements.yaml
    [signature] подписи
    [review] пересмотра
   *[other] { $name }
}

## Чтение файлов

file-too-large = размер файла { $size } байт, больше предела в { $limit } байт ({ $mib } МиБ)
file-too-large-help = разделите его: одна роль — один файл, один процесс — один файл
not-utf8 = файл не в кодировке UTF-8
not-utf8-help = сохраните файл в UTF-8 (в большинстве редакторов: «Сохранить в кодировке»)
yaml-error = YAML не читается: { $detail }
yaml-error-help = проверьте отступы и возьмите в кавычки значения, в которых есть `: ` или которые начинаются с `*`, `&`, `!`
yaml-tabs-help = делайте отступы пробелами, не табуляцией
yaml-one-document-help = в файле должен быть один YAML-документ (без `---` между описаниями)
yaml-documents = в файле больше одного YAML-документа (строка `---` после первого)
yaml-documents-help = оставьте в файле один YAML-документ: перенесите всё после `---` в отдельный файл
yaml-budget = файл слишком глубоко вложен или раскрывает слишком много ссылок ({ $detail })
yaml-budget-help = в файлах справочника не больше { $depth } уровней вложенности и не больше { $nodes } значений после раскрытия ссылок; уберите повторяющиеся ссылки (`*name`) или уменьшите вложенность
not-a-file = { $through ->
    [link] символическая ссылка ведёт на канал, устройство или сокет, а не на файл; она не читается
   *[entry] это канал, устройство или сокет, а не файл; он не читается
}
not-a-file-help = читаются только обычные файлы: удалите его или замените файлом
outside-link = символическая ссылка ведёт за пределы папки справочника, в `{ $target }`
dangling-link = символическая ссылка никуда не ведёт
outside-link-help = скопируйте файл в папку справочника или удалите ссылку
no-handbook-yaml = в `{ $folder }` нет handbook.yaml
no-handbook-yaml-help = создайте handbook.yaml хотя бы с `title:`; `rolebook init` создаёт заготовку справочника
invalid-file-name = { $kind ->
    [role] имя файла даёт идентификатор роли `{ $stem }`, а такой идентификатор недопустим
   *[process] имя файла даёт идентификатор процесса `{ $stem }`, а такой идентификатор недопустим
}
invalid-file-name-help = переименуйте файл: { $how }
empty-file = { $kind ->
    [handbook] файл handbook.yaml пуст
    [acknowledgements] файл acknowledgements.yaml пуст
    [role] файл роли пуст
   *[process] файл процесса пуст
}
empty-file-help = { $kind ->
    [handbook] в handbook.yaml нужен хотя бы `{ $key }:`
    [acknowledgements] в acknowledgements.yaml нужен хотя бы `{ $key }:`
    [role] в описании роли нужен хотя бы `{ $key }:`
   *[process] в описании процесса нужен хотя бы `{ $key }:`
}

## Форма файла

wrong-type = здесь должно быть { $expected ->
    [text] текст
    [id] идентификатор
    [bool] true или false
    [date] дата в виде ГГГГ-ММ-ДД
    [period] срок
    [number] число, ноль или больше
    [percent] целое число от 0 до 100
    [list] список
    [id-map] набор «идентификатор: значение»
   *[rule-map] набор «правило: строгость»
}, а записано: { $found }
wrong-type-label = нужно: { $expected ->
    [text] текст
    [id] идентификатор
    [bool] true или false
    [date] дата ГГГГ-ММ-ДД
    [period] срок
    [number] число, ноль или больше
    [percent] целое число от 0 до 100
    [list] список
    [id-map] набор «идентификатор: значение»
   *[rule-map] набор «правило: строгость»
}
wrong-type-text-help = запишите значение в одну строку или блоком после `|`; возьмите в кавычки, если в нём есть `: `
wrong-type-date-help = запишите дату как год-месяц-день, например 2026-05-01
wrong-type-period-help = запишите целое число и days, weeks, months или years (дни, недели, месяцы, годы), например "6 months"
wrong-type-list-help = запишите как `[a, b]` или строками, начинающимися с `- `
wrong-word = здесь должно быть одно из слов: { $words }, а записано: { $found }
wrong-word-label = нужно одно из: { $words }
unsafe-link = ссылка `{ $url }` — не http, https, mailto и не относительная
unsafe-link-label = небезопасная ссылка
unsafe-link-help = ссылайтесь на страницу http(s), адрес mailto: или относительный путь; эта ссылка на сайт не попадёт
invalid-id = `{ $id }` — недопустимый идентификатор
invalid-id-label = недопустимый идентификатор
invalid-id-help = в идентификаторах только строчные латинские буквы a-z, цифры и одиночные дефисы, не длиннее 64 знаков
invalid-id-try = в идентификаторах только строчные латинские буквы a-z, цифры и одиночные дефисы, не длиннее 64 знаков; например, `{ $fixed }`
id-twice-in-mapping = `{ $id }` определён в этом наборе дважды
id-twice-in-mapping-help = первое определение в строке { $line }; переименуйте или удалите одно из них
unknown-rule = в rolebook нет правила `{ $name }`
unknown-rule-label = неизвестное правило
unknown-rule-help = `rolebook explain` выводит список правил
unknown-severity = строгость может быть error, warning или off, а записано: { $found }
unknown-severity-label = неизвестная строгость
repeated-key = ключ `{ $key }` встречается в одном наборе дважды
repeated-key-label = повторный ключ
repeated-key-help = YAML оставит ключу только одно значение: объедините эти записи
not-a-mapping = описание { $object } должно быть набором ключей, а записано: { $found }
not-a-mapping-label = нужен набор ключей
key-not-a-word = ключ должен быть простым словом
key-without-value = у ключа `{ $key }` в описании { $object } нет значения
key-without-value-label = пусто
unknown-key = неизвестный ключ `{ $key }` в описании { $object }
unknown-key-label = неизвестный ключ
unknown-key-help = ключи описания { $object }: { $keys }
missing-key = в описании { $object } нет `{ $key }`
missing-key-label = здесь не хватает `{ $key }`
missing-key-help = добавьте `{ $key }:`

## Документы

artifact-unproduced = этапу `{ $stage }` нужен документ `{ $artifact }`, но ни один этап его не создаёт
artifact-unproduced-label = нигде не создаётся
artifact-unproduced-help = добавьте `{ $artifact }` в `produces:` этапа, который его создаёт, или отметьте его `external: true` в handbook.yaml
artifact-unused = документ `{ $artifact }` никому не нужен, никому не передаётся и ни за что не оплачивается
artifact-unused-label = не используется
artifact-unused-help = назовите его в `needs:` этапа, в `passes:` передачи или в `outcome:` показателя либо удалите
artifact-unstored = документ `{ $artifact }` передаётся из рук в руки, но нигде не хранится
artifact-unstored-label = нет `kept_in`
artifact-unstored-help = добавьте `kept_in:` (CRM, общая папка, архив), чтобы документ не ушёл вместе с сотрудником
field-filled-at-wrong-stage = поле «{ $field }» документа `{ $artifact }` заполняется на этапе `{ $stage }`, который не создаёт `{ $artifact }`
field-filled-at-wrong-stage-label = не создаёт этот документ
field-filled-at-wrong-stage-help = укажите этап, в `produces:` которого есть `{ $artifact }`, или добавьте его туда
field-checked-too-early = роль `{ $role }` передаёт или получает `{ $artifact }` только до того, как на этапе `{ $stage }` заполняется поле «{ $field }»
field-checked-nowhere = роль `{ $role }` должна проверять поле «{ $field }», но ни при одной передаче не передаёт и не получает `{ $artifact }`
field-checked-too-early-label = проверять ещё нечего
field-checked-too-early-help = уберите `{ $role }` из `checked_by:` или перенесите `filled_at:` на этап до того, как эта роль получает `{ $artifact }`

## Права решений

decision-without-decider = у решения `{ $decision }` не назван тот, кто решает
decision-without-decider-label = некому решать
decision-without-decider-help = добавьте в `levels:` уровень с `by:` — ролью справочника или внешней ролью
decision-above-all = `{ $by }` решает `{ $decision }` свыше { $from }, но `{ $before }` уже решает всё, что выше { $above }
decision-above-all-label = двое решают одно
decision-gap = никто не решает `{ $decision }` от { $from } до { $to }
decision-gap-label = разрыв перед этим уровнем
decision-overlap = `{ $before }` и `{ $by }` оба решают `{ $decision }` от { $from } до { $to }
decision-overlap-label = пересекается с предыдущим уровнем
decision-gap-help = поставьте здесь `over: { $over }` или измените предыдущий уровень
decision-empty-level = `up_to: { $up }` меньше, чем `over: { $from }`
decision-empty-level-label = пустой уровень
decision-empty-level-help = `over:` — где уровень начинается, `up_to:` — где заканчивается

## Ход работы

stage-without-owner = у этапа `{ $stage }` нет ответственной роли
stage-without-owner-label = этап ничей
stage-without-owner-help = добавьте `{ $stage }` в `owns:` ровно одной роли
stage-multiple-owners = за этап `{ $stage }` отвечают сразу `{ $first }` и `{ $second }`
stage-multiple-owners-label = второй ответственный
stage-multiple-owners-help = оставьте его в `owns:` одной роли; другая может указать его в `supports:`
handoff-missing = за `{ $from }` ({ $giver }) следует `{ $to }` ({ $taker }), но ни одна передача не говорит, что передаётся
handoff-missing-label = смена рук без описанной передачи
handoff-missing-help = в { $file } добавьте в `handoffs:` запись с `after: { $from }`, `to: { $taker }` и `passes:`
handoff-not-owned = роль `{ $role }` передаёт работу после этапа `{ $stage }`, за который не отвечает
handoff-not-owned-label = этап не этой роли
handoff-not-owned-move = перенесите эту передачу в роль `{ $owner }`, которая отвечает за `{ $stage }`
handoff-not-owned-help = добавьте `{ $stage }` в `owns:` или удалите эту передачу
handoff-to-external = `{ $role }` — внешняя роль; передачи идут ролям этого справочника
handoff-to-external-label = внешняя роль
handoff-wrong-receiver = роль `{ $role }` не отвечает ни за один этап после `{ $stage }`
handoff-wrong-receiver-label = принимает не эта роль
handoff-no-receiver-help = после `{ $stage }` работу не принимает никакая другая роль; удалите эту передачу
handoff-wrong-receiver-help = за этапы после `{ $stage }` отвечают: { $owners }
handoff-incomplete = этапу `{ $to }` нужен документ `{ $artifact }`, но передача после `{ $from }` его не передаёт, а у роли `{ $taker }` его ещё нет
handoff-incomplete-label = не хватает `{ $artifact }`
handoff-incomplete-help = добавьте `{ $artifact }` в `passes:`, иначе клиенту придётся объяснять всё заново
unreachable-stage = до этапа `{ $stage }` не дойти от `{ $start }`, начала процесса `{ $process }`
unreachable-stage-label = сюда не ведёт ни один `next`
unreachable-stage-help = добавьте `{ $stage }` в `next:` этапа, который идёт перед ним
dead-end-stage = этап `{ $stage }` никуда не ведёт
dead-end-stage-label = нет `next`, нет `final`
dead-end-stage-help = добавьте следующий этап в `next:` или `final: true`, если процесс может здесь закончиться
full-cycle-owner = роль `{ $role }` отвечает за все этапы процесса `{ $process }`
full-cycle-owner-label = один человек делает всё
full-cycle-owner-help = распределите этапы между ролями, у каждой — свой результат и своя оплата

## Люди, оплата и время

fixed-severity = строгость правила `{ $rule }` менять нельзя
fixed-severity-label = строгость постоянна
fixed-severity-help = файл, который не читается, — всегда ошибка; удалите эту строку
time-budget-sum = бюджет времени роли `{ $role }` в сумме { $sum }%, а не 100%
time-budget-sum-label = всего { $sum }%
time-budget-sum-add = добавьте оставшиеся { $rest }% к этапу или к `other`
time-budget-sum-take = уберите { $over }%
reports-to-cycle = подчинение замкнулось в круг: { $circle }
reports-to-cycle-label = замыкает круг
reports-to-cycle-help = одна из этих ролей должна подчиняться роли вне круга или внешней роли
role-without-stages = роль `{ $role }` не отвечает ни за один этап
role-without-stages-help = перечислите в `owns:` этапы, за которые отвечает эта роль
deputy-missing = у роли `{ $role }` не назван замещающий
deputy-missing-label = в роли нет `deputy:`
deputy-missing-help = добавьте `deputy:` — роль, которая замещает эту на время отсутствия
deputy-self = роль `{ $role }` замещает сама себя
deputy-self-label = та же роль
deputy-self-help = назовите другую роль, которая может замещать
kpi-missing = у роли `{ $role }` нет показателей
kpi-missing-label = в роли нет `kpis:`
kpi-missing-help = добавьте `kpis:` хотя бы с одним показателем, его целью и тем, где он измеряется
pay-without-kpi = роли `{ $role }` не платят за её собственный результат: ни одна переменная часть не привязана к её показателям
pay-without-kpi-help = добавьте в `pay.variable` пункты, у которых `kpi:` называет показатель этой роли
shared-incentive = роли `{ $role }` и `{ $other }` обе получают оплату за `{ $outcome }`
shared-incentive-label = результат общий с другой ролью
shared-incentive-help = привяжите показатель каждой роли к её собственному результату, чтобы двое не претендовали на одну комиссию
empty-checklist = в чек-листе «{ $name }» нет пунктов
empty-checklist-label = нечего отмечать
empty-checklist-help = добавьте пункты для отметки или удалите чек-лист
review-overdue = { $kind ->
    [role] пересмотр роли `{ $id }` надо было провести { $next } (последний { $last }, раз в { $every })
   *[process] пересмотр процесса `{ $id }` надо было провести { $next } (последний { $last }, раз в { $every })
}
review-overdue-label = пересмотр просрочен
review-overdue-help = пересмотр проводит `{ $by }`: пройдите описание вместе, затем укажите в `last:` день пересмотра

## Идентификаторы

first-in = первое — в { $file }:{ $line }
external-role-is-role = у внешней роли `{ $id }` тот же идентификатор, что у файла роли
external-role-is-role-label = это и роль справочника
external-role-is-role-help = { $first }; у внешних ролей и ролей справочника общие адреса страниц, поэтому переименуйте одну из них
duplicate-role = идентификатор роли `{ $id }` занят двумя файлами
duplicate-role-help = { $first }; идентификатор роли — это имя её файла, поэтому переименуйте один из файлов
duplicate-process = идентификатор процесса `{ $id }` занят двумя файлами
duplicate-process-help = { $first }; переименуйте один из файлов
duplicate-stage = идентификатор этапа `{ $id }` определён дважды
duplicate-stage-help = { $first }; идентификаторы этапов не повторяются во всех процессах
duplicate-artifact = идентификатор документа `{ $id }` объявлен дважды
duplicate-artifact-label = второе объявление
duplicate-artifact-help = { $first }; идентификаторы документов не повторяются ни в handbook.yaml, ни в файлах процессов
duplicate-kpi = идентификатор показателя `{ $id }` дважды встречается в роли `{ $role }`
duplicate-kpi-help = первый — в строке { $line }
renamed-help = `{ $old }` переименован в `{ $now }`: напишите `{ $now }`
# Чем должна была быть ссылка.
unknown-reference = `{ $id }` — не { $what ->
    [stage-of-process] этап этого процесса
    [person] роль справочника и не внешняя роль
    [stage] этап
    [role] роль
    [artifact] документ справочника
    [kpi] показатель этой роли
    [own-stage] этап, за который эта роль отвечает или в котором помогает (и не `other`)
   *[other] { $what }
}
unknown-reference-label = не { $what ->
    [stage-of-process] этап этого процесса
    [person] роль и не внешняя роль
    [stage] этап
    [role] роль
    [artifact] документ
    [kpi] показатель этой роли
    [own-stage] этап этой роли
   *[other] { $what }
}

## Подписи

signature-missing = ни у кого нет действующей подписи под ролью `{ $role }` (отпечаток { $fingerprint })
signature-missing-help = пусть сотрудник в этой роли прочтёт и подпишет пакет новичка; затем внесите его в acknowledgements.yaml с `signed: { $fingerprint }`; `rolebook status` покажет, что изменилось после его последней подписи

## Вокруг замечаний (вывод `check` для человека)

error = ошибка
warning = предупреждение
help-prefix = подсказка
no-findings = замечаний нет
findings-total = { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
   *[many] { $errors } ошибок
}, { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
   *[many] { $warnings } предупреждений
}

## Панели `rolebook serve`

serve-panel = Замечания к описанию этой страницы (их показывает только rolebook serve)
serve-hide = Скрыть
serve-not-rebuilt = Справочник не пересобран: { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
   *[many] { $errors } ошибок
}, { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
   *[many] { $warnings } предупреждений
}. На страницах — последняя удачная версия.

## `rolebook explain`

explain-no-rule = правила `{ $id }` нет; { $hint }
explain-rule = правило
explain-default = обычно
explain-fires-when = срабатывает, когда
explain-list-foot = `rolebook explain ПРАВИЛО` объясняет, почему правило важно и как исправить замечание.
explain-severity = по умолчанию: { $severity }
explain-fires = Срабатывает, когда { $summary }.
explain-why = Почему это важно
explain-fix = Как исправить
explain-example = Пример

## Сроки (`every:` пересмотра)

period = { $unit ->
    [years] { $count ->
        [1] год
        [one] { $count } год
        [few] { $count } года
       *[many] { $count } лет
    }
    [months] { $count ->
        [1] месяц
        [one] { $count } месяц
        [few] { $count } месяца
       *[many] { $count } месяцев
    }
    [weeks] { $count ->
        [1] неделю
        [one] { $count } неделю
        [few] { $count } недели
       *[many] { $count } недель
    }
   *[days] { $count ->
        [1] день
        [one] { $count } день
        [few] { $count } дня
       *[many] { $count } дней
    }
}
quoted-plain = { $value }

## Папка сайта (`--out`)

io-error = { $detail }
out-dangling-link = `{ $out }` — символическая ссылка на папку, которой нет ({ $detail }); создайте папку или укажите другую в --out
out-not-a-folder = `{ $out }` существует, но это не папка; укажите другую в --out
out-is-input = `{ $out }` — папка, которую сборка читает (справочник или его шаблоны): запись сайта туда удалила бы её; укажите другую папку в --out
out-holds-input = в `{ $out }` лежит `{ $input }`, папка, которую сборка читает (справочник или его шаблоны): запись сайта туда удалила бы её; укажите другую папку в --out
out-current-folder = `{ $out }` — текущая папка или содержит её; сборка удалила бы её файлы; укажите пустую или новую папку или добавьте --force, чтобы заменить её
out-git = в `{ $out }` лежит git-репозиторий (`.git`); сборка удалила бы его; укажите пустую или новую папку или добавьте --force, чтобы заменить её
out-foreign = `{ $out }` — не сайт, записанный rolebook (в ней нет файла `{ $marker }`), и она не пуста ({ $count ->
    [1] 1 запись); сборка удалила бы её
    [one] { $count } запись); сборка удалила бы их
    [few] { $count } записи); сборка удалила бы их
   *[many] { $count } записей); сборка удалила бы их
}; укажите пустую или новую папку или добавьте --force, чтобы заменить её

## `rolebook diff`, `build --since` и `status`: что изменилось

# Часть должностной инструкции или процесса, которая изменилась.
diff-section = { $section ->
    [title] должность
    [summary] назначение
    [reports-to] подчиняется
    [deputy] кто замещает
    [owned-stages] свои этапы
    [exit-criteria] критерии завершения
    [duties] обязанности
    [not-responsible-for] не отвечает за
    [rights] права
    [checklist] чек-лист
    [handoff-out] передача дальше
    [handoff-in] приём работы
    [KPIs] показатели
    [pay] оплата
    [time-budget] бюджет времени
    [stages] этапы
   *[other] { $section }
}
# Пункт этой части: названия из справочника, кроме нескольких слов формата.
diff-item = { $item ->
    [fixed] оклад
    [example] пример расчёта
    [other] прочее
   *[name] { $item }
}
# Что изменилось в передаче.
diff-fact = { $fact ->
    [passes] что передаётся
    [deadline] срок
    [channel] канал
    [read-back] подтверждение
    [tell-the-client] что сказать клиенту
    [first-actions] первые действия
   *[other] { $fact }
}
diff-part-item = { $section } · { $item }
diff-part-fact = { $section } · { $item }: { $fact }
diff-change = { $part }: { $kind ->
    [added] добавлено «{ $new }»
    [removed] удалено «{ $old }»
    [re-ordered] перемещено с { $old }-го места на { $new }-е
    [re-owned] сменился ответственный: «{ $old }» → «{ $new }»
   *[changed] изменено: «{ $old }» → «{ $new }»
}
diff-heading = { $status ->
    [renamed] { $title } ({ $id }, прежний идентификатор { $old })
    [added] { $title } ({ $id }): { $what ->
        [role] новая
       *[process] новый
    }
    [removed] { $title } ({ $id }): { $what ->
        [role] удалена
       *[process] удалён
    }
   *[other] { $title } ({ $id })
}
diff-none = между { $old } и { $new } ни у одной роли и ни в одном процессе ничего не изменилось
diff-from-to = изменения от { $old } к { $new }
diff-role = роль { $heading }
diff-process = процесс { $heading }
diff-md-title = Изменения в справочнике
diff-md-none = Ни у одной роли и ни в одном процессе ничего не изменилось.
diff-md-from-to = От `{ $old }` к `{ $new }`.
diff-md-process = Процесс: { $heading }
status-md-title = Кому перечитать свою роль
status-all-current = Подписи у всех действующие.
status-due = { $count ->
    [one] { $count } сотрудник должен перечитать свою роль:
    [few] { $count } сотрудника должны перечитать свою роль:
   *[many] { $count } сотрудников должны перечитать свою роль:
}
status-person = { $person } — { $title } ({ $role }): подписал(а) { $signed }{ $date ->
    [none] {""}
   *[other] {" "}{ $date }
}, сейчас { $now }
status-changed-since = изменилось после { $rev }:
status-not-in-history = (подписанной версии нет в истории репозитория)
status-unsigned = Роли, под которыми ни у кого нет действующей подписи: { $roles }

## Что говорят `build`, `watch` и `serve` во время работы

phase-time = { $phase ->
    [load] чтение
    [check] проверка
    [compile] сведение
    [render] вёрстка
    [render-and-write] вёрстка и запись
    [search-index] поисковый индекс
    [write] запись
   *[other] { $phase }
} { $ms } мс
build-wrote = { $count ->
    [one] записан { $count } файл
    [few] записано { $count } файла
   *[many] записано { $count } файлов
} в { $out } за { $ms } мс ({ $phases })
build-not = не собрано: исправьте замечания выше; папка { $out } не изменилась
rebuilt = { $count ->
    [one] собран { $count } файл
    [few] собрано { $count } файла
   *[many] собрано { $count } файлов
} за { $ms } мс{ $after ->
    [0] {""}
    [one] {" "}после { $after } изменения
   *[other] {" "}после { $after } изменений
} ({ $phases })
not-rebuilt = не пересобрано{ $after ->
    [0] {""}
    [one] {" "}после { $after } изменения
   *[other] {" "}после { $after } изменений
}: исправьте замечания выше; последняя удачная версия сайта остаётся на месте
rebuild-error = ошибка{ $after ->
    [0] {""}
    [one] {" "}после { $after } изменения
   *[other] {" "}после { $after } изменений
}: { $message }; последняя удачная версия сайта остаётся на месте
watching = слежу за { $folder } (Ctrl-C — остановить)
serving = справочник открыт по адресу { $url } (Ctrl-C — остановить)
stopped = остановлено
