### Собственные слова rolebook по-русски в синтаксисе Project Fluent: слова
### сайта, фразы замечаний и командной строки и то, что `rolebook explain`
### говорит о каждом правиле. Целые фразы, с русскими формами множественного
### числа (one, few, many) там, где что-то считается.

## Слова сайта

skip = Перейти к содержанию
# Как пишутся даты (strftime из jiff): 28.02.2026.
date-format = %d.%m.%Y
# Форма должностной инструкции: `approval` (гриф «УТВЕРЖДАЮ», нумерованные
# разделы, как принято в российских отделах кадров) или `plain`.
job-description-form = approval
home = Справочник
processes = Процессы
process = Процесс
roles = Роли
role = Роль
handoffs = Передачи между ролями
handoff = Передача
coverage = Покрытие
print_all = Весь справочник для печати
print_parts_lead = Каждая часть ниже печатается отдельно: откройте её и распечатайте. На этой странице — внешние роли и перечень документов.
print_team = Подчиняются:
print_top = Роли, которые никому в справочнике не подчиняются
print = Печать
version = Версия
edit_page = Редактировать страницу
job_description = Должностная инструкция
purpose = Назначение
place = Место в структуре
reports_to = Подчиняется
deputy = Кто замещает
deputy_for = Кого замещает
nobody = никого
owned_stages = Этапы, за которые отвечает роль
starter_stages_note = Этап завершён, когда отмечен весь его чек-лист «Завершение этапа» ниже; кто что решает — в разделе «Кто принимает решение».
done_when = Этап завершён, когда
supports = Участвует в этапах
informed = Получает информацию об этапах
duties = Обязанности
not_responsible_for = Не отвечает за
rights = Права
qualification = Квалификация
kpis = Показатели и оплата
kpi = Показатель
target = План
measured_by = Как измеряется
outcome = Оплачиваемый результат
pay = Оплата
pay_fixed = Постоянная часть
pay_variable = Переменная часть
pay_untied = Прочая переменная часть
no_pay = Без переменной части
time_budget = Бюджет рабочего времени
other = Прочая работа
outgoing = Передаёт
incoming = Получает
from_role = отправитель:
to_role = получатель:
after = после
checklists = Чек-листы
starter_pack = Пакет для нового сотрудника
kind_own = Регулярная работа
kind_stage = Завершение этапа
kind_send = Передача
kind_receive = Приём
when = Когда
trigger = Когда это происходит
trigger_text = Как только этап завершён:
passes = Что передаётся
deadline = Срок
channel = Канал
confirm = Подтверждение
read_back = Подтверждение
first_actions = Первые действия получателя
first_action = Первое действие
tell_client = Что сказать клиенту
no_handoff = Передача не описана: клиенту, возможно, придётся объяснять всё заново.
missing = Нужно следующему этапу, но не передаётся
check_fields = Проверить, что в нём есть
stage = Этап
stages = Этапы
owner = Ответственный
no_owner = нет ответственного
needs = Нужно
produces = Создаёт
next = Далее
final = Процесс может закончиться здесь
start = Начало
flow = Схема
flow_in_words = Процесс по шагам
flow_alt = Схема процесса по дорожкам ролей; тот же процесс описан словами ниже.
change_of_hands = смена исполнителя
same_owner = тот же исполнитель
legend_handoff = смена исполнителя
legend_flow = следующий этап, тот же исполнитель
raci = Кто что делает (RACI)
raci_legend = A — отвечает за этап. D — принимает решение или согласует в пределах своих полномочий. C — участвует. I — получает информацию.
legend_decides = принимает решение на этом этапе
coverage_intro = Насколько полно описан конвейер. CI может отклонить изменение, которое снижает эти показатели.
workload = Загрузка
workload_intro = Сколько часов работы в месяц у каждой роли по объёмам процессов и трудоёмкости этапов, сколько продуктивных часов у её людей и на что уходит время в сравнении с распределением из должностной инструкции. Записано в справочнике, пересчитывается при каждом изменении.
workload_caption = Часы в месяц, самая загруженная роль первой
workload_people = Человек
workload_needed = Нужно часов
workload_available = Есть часов
workload_load = Загрузка
workload_split = На что уходит время, в процентах рабочего времени
workload_key = Этап
workload_computed = По расчёту
workload_declared = По плану
workload_chart = Доля по расчёту (полоса) и по плану (черта)
workload_other = Всё остальное
workload_more = часы в месяц и на что уходит время
org_chart = Оргструктура
fingerprint_head = Отпечаток
ack_sheet = Лист ознакомления
ack_sheet_note = С должностной инструкцией и чек-листами ознакомлен(а), содержание понятно.
onboarding = Первый месяц
open_onboarding = План первого месяца и самопроверка
first_day = Первый день
first_week = Первая неделя
first_month = Первый месяц
self_check = Самопроверка
self_check_intro = Ответьте на каждый вопрос вслух, прежде чем открыть ответ; пройдите вопросы с руководителем до подписи.
show_answer = Ответ
answer_key = Ответы
approved_by = Утверждено:
in_force_from = действует с
in_force = Действует с
not_yet_in_force = Утверждено, ещё не действует:
not_approved = не указано
revision_history = История изменений
last_change = Последнее изменение
documents_list = Перечень документов
documents_intro = Все должностные инструкции и процессы справочника: версия, отпечаток, утверждение, дата введения в действие и последнее изменение. Распечатанная копия — неконтролируемая: сверяйте её с этим перечнем.
document = Документ
approval = Утверждено
uncontrolled = Неконтролируемая копия при печати: проверьте действующую версию
uncontrolled_at = на
pages = Страницы
not_found = Страница не найдена
not_found_lead = По этому адресу нет страницы справочника, или её больше нет. Роль или процесс могли переименовать; начните с главной страницы, списка ролей или процессов или воспользуйтесь поиском выше.
liability = Материальная ответственность
doc_produced = Создаётся на этапе
doc_needed = Нужен на этапе
doc_handoffs = Передаётся
new_here = Вы здесь впервые?
new_here_find = Найдите свою роль среди
new_here_roles = ролей ниже
new_here_print = Откройте её пакет новичка, распечатайте и прочитайте вместе с руководителем: за что вы отвечаете, кому передаёте работу и за что вам платят.
new_here_process = Затем найдите свои этапы на схемах процессов и держите чек-листы под рукой.
org_intro = Кто кому подчиняется и сколько людей в каждой роли.
org_outside = вне справочника
department = Отдел
people_held_by = Занимают
cases_a_month = Случаев в месяц
cases = Случаев в месяц
minutes_a_case = Минут на случай
hours_a_month = Часов в месяц
people-trained = Сотрудники, обученные по действующей версии своей роли
signatures-current = Сотрудники, чья подпись актуальна
roles-within-capacity = Роли, у людей которых хватает часов на их работу
stages-owned = Этапы ровно с одним ответственным
handoffs-complete = Передачи, описанные полностью
roles-paid-for-kpis = Роли с оплатой за собственные показатели
roles-with-deputy = Роли, у которых назначен заместитель
stages-with-exit-criteria = Этапы с критериями завершения
total = Итого
gaps = Ещё не покрыто
measure = Показатель
covered = Покрыто
read_and_understood = С должностной инструкцией, чек-листами и порядком передач ознакомлен(а)
name = ФИО
page = Стр.
what_changed = Что изменилось
changed_since = Изменения с
revision = Сравнение с
nothing_changed = Ничего, что видит читатель, не изменилось.
new_marked = Пункты с отметкой «новое» добавлены с
new = новое
status_added = новая
status_removed = удалена
status_renamed = переименована
status_changed = изменена
moved = Страница переехала
fingerprint = отпечаток
reviewed = пересмотрено
next_review = следующий пересмотр
case_ref = Заказ или клиент
order_number = Номер заказа
new_order = Новый заказ
ticks_kept = Отметки хранятся в этом браузере, отдельно для каждого номера заказа; никуда не отправляются.
page_of = из
position = Должность
date = Дата
signature = Подпись
artifacts = Документы и материалы
kept_in = Где хранится
decisions = Кто принимает решение
amount = Размер
decides = Решает
over = свыше
up_to = до
any_amount = в любом случае
you = вы
exceptions = Если что-то пошло не так
pay_example = Пример расчёта
external_roles = Внешние участники
external_page = Внешний участник
external_lead = Не роль конвейера, но его часть: какие решения принимает и кто ему подчиняется.
reported_by = Подчиняются
filled_at = заполняется на этапе
fields = Обязательные реквизиты
external = поступает извне
contents = Содержание
search = Поиск
search_placeholder = Поиск по справочнику
search_offline = Поиск работает, когда справочник открыт через HTTP (например, командой rolebook serve); при открытии файла пользуйтесь содержанием.
percent_of_time = рабочего времени
print_hint = Распечатайте страницу на A4: квадраты оставлены пустыми, чтобы отмечать от руки.
open_checklists = Чек-листы этой роли
open_starter = Пакет для печати
all_roles = Все роли
all_processes = Все процессы
summary = Кратко

# Counted phrases: Russian needs three forms (1 чек-лист, 2 чек-листа, 5 чек-листов).
checklist-count = { $count ->
    [one] { $count } чек-лист
    [few] { $count } чек-листа
   *[many] { $count } чек-листов
}

# The Russian form of a job description (English keeps its own form and
# does not show these).
hr_approve = УТВЕРЖДАЮ
hr_title = Должностная инструкция
hr_general = 1. Общие положения
hr_duties = 2. Должностные обязанности
hr_rights = 3. Права
hr_responsibility = 4. Ответственность и оценка результатов
hr_date_line = «___» ____________ 20___ г.

# Ошибки самой командной строки, с которыми сталкивается руководитель отдела.
cli-no-folder = папки справочника `{ $path }` нет, или это не папка; укажите в --roles папку, в которой лежит handbook.yaml
cli-unreadable = не удаётся прочитать `{ $path }`: { $cause ->
    [denied] нет прав на чтение; попросите того, кто настраивал папку, дать вам доступ
    [missing] файла больше нет; его переместили или удалили, пока rolebook читал папку?
   *[other] { $detail }
}

## Слова внутри других сообщений

decimal-separator = ,
long-date = { $day } { $month ->
    [1] января
    [2] февраля
    [3] марта
    [4] апреля
    [5] мая
    [6] июня
    [7] июля
    [8] августа
    [9] сентября
    [10] октября
    [11] ноября
   *[12] декабря
} { $year } г.
role-named = `{ $id }` («{ $title }»)
role-id = `{ $id }`

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
    [colour] цвет в виде #RRGGBB
    [period] срок
    [rate] частота, например 120 a month
    [effort] время работы, например 45 min
    [share] доля, например 35%
    [every] периодичность, например week или 2 a month
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
    [colour] цвет #RRGGBB
    [period] срок
    [rate] частота, например 120 a month
    [effort] время работы, например 45 min
    [share] доля, например 35%
    [every] периодичность, например week или 2 a month
    [number] число, ноль или больше
    [percent] целое число от 0 до 100
    [list] список
    [id-map] набор «идентификатор: значение»
   *[rule-map] набор «правило: строгость»
}
wrong-type-text-help = запишите значение в одну строку или блоком после `|`; возьмите в кавычки, если в нём есть `: `
wrong-type-date-help = запишите дату как год-месяц-день, например 2026-05-01
wrong-type-colour-help = запишите цвет как # и шесть шестнадцатеричных цифр, в кавычках, например "#0b5cad"
wrong-type-period-help = запишите целое число и days, weeks, months или years (дни, недели, месяцы, годы), например "6 months"
wrong-type-rate-help = запишите число, `a` и month, week или working day (месяц, неделя, рабочий день), например "120 a month"
wrong-type-effort-help = запишите минуты или часы, например "45 min" или "1.5 h"
wrong-type-share-help = запишите процент от 0 до 100, например "35%"
wrong-type-every-help = напишите `working day`, `week`, `month`, период вроде `2 weeks` или частоту вроде `3 a week`
wrong-type-roles-help = запишите роли как `[active-sales]` или с долей часов человека на каждую: `{"{"}active-sales: 50%, client-service: 50%{"}"}`
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
missing-key-help = добавьте `{ $key }:` — { $doc }

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
field-checked-too-early = роль { $role } передаёт или получает `{ $artifact }` только до того, как на этапе `{ $stage }` заполняется поле «{ $field }»
field-checked-nowhere = роль { $role } должна проверять поле «{ $field }», но ни при одной передаче не передаёт и не получает `{ $artifact }`
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
decision-empty-level = `up_to: { $up }` не больше, чем `over: { $from }`
decision-empty-level-label = пустой уровень
decision-empty-level-help = `over:` — где уровень начинается, `up_to:` — где заканчивается
decision-open-top = никто не решает `{ $decision }` свыше { $from }
decision-open-top-label = здесь кончается высший уровень
decision-open-top-help = уберите `up_to:` у высшего уровня или добавьте уровень с `over: { $over }` без `up_to:`
decision-below-zero = у `{ $decision }` граница ниже нуля ({ $amount })
decision-below-zero-label = ниже нуля

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
handoff-not-owned = роль { $role } передаёт работу после этапа `{ $stage }`, за который не отвечает
handoff-not-owned-label = этап не этой роли
handoff-not-owned-move = перенесите эту передачу в роль `{ $owner }`, которая отвечает за `{ $stage }`
handoff-not-owned-help = добавьте `{ $stage }` в `owns:` или удалите эту передачу
handoff-to-external = { $role } — внешняя роль; передачи идут ролям этого справочника
handoff-to-external-label = внешняя роль
handoff-wrong-receiver = роль { $role } не отвечает ни за один этап после `{ $stage }`
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
full-cycle-owner = роль { $role } отвечает за все этапы процесса `{ $process }`
full-cycle-owner-label = один человек делает всё
full-cycle-owner-help = распределите этапы между ролями, у каждой — свой результат и своя оплата

## Люди, оплата и время

fixed-severity = строгость правила `{ $rule }` менять нельзя
fixed-severity-label = строгость постоянна
fixed-severity-help = файл, который не читается, — всегда ошибка; удалите эту строку
time-budget-sum = бюджет времени роли { $role } в сумме { $sum }%, а не 100%
time-budget-sum-label = всего { $sum }%
time-budget-sum-add = добавьте оставшиеся { $rest }% к этапу или к `other`
time-budget-sum-take = уберите { $over }%
reports-to-cycle = подчинение замкнулось в круг: { $circle }
reports-to-cycle-label = замыкает круг
reports-to-cycle-help = одна из этих ролей должна подчиняться роли вне круга или внешней роли
role-without-stages = роль { $role } не отвечает ни за один этап
role-without-stages-help = перечислите в `owns:` этапы, за которые отвечает эта роль
deputy-missing = у роли { $role } не назван замещающий
deputy-missing-label = в роли нет `deputy:`
deputy-missing-help = добавьте `deputy:` — роль, которая замещает эту на время отсутствия
deputy-self = роль { $role } замещает сама себя
deputy-self-label = та же роль
deputy-self-help = назовите другую роль, которая может замещать
kpi-missing = у роли { $role } нет показателей
kpi-missing-label = в роли нет `kpis:`
kpi-missing-help = добавьте `kpis:` хотя бы с одним показателем, его целью и тем, где он измеряется
pay-without-kpi = роли { $role } не платят за её собственный результат: ни одна переменная часть не привязана к её показателям
pay-without-kpi-help = добавьте в `pay.variable` пункты, у которых `kpi:` называет показатель этой роли
shared-incentive = роли { $role } и { $other } обе получают оплату за `{ $outcome }`
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
review-in-future = дата пересмотра { $last } позже сегодняшней ({ $today })
review-in-future-help = укажите в `last:` день, когда пересмотр прошёл; дата в будущем заглушает эту проверку до того дня
review-never = следующий пересмотр, через { $every } после { $last }, выходит за конец календаря
review-never-help = укажите срок, до которого доживут люди, например `every: 1 year`

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
renamed-twice = `{ $id }` указан как прежний идентификатор { $what ->
    [role] двух ролей
    [process] двух процессов
   *[stage] двух этапов
}
renamed-twice-help = { $first }; прежний идентификатор ведёт в одно место: оставьте его в `renamed_from:` того, чем он стал
renamed-still-used = `{ $id }` указан в `renamed_from:`, но это всё ещё идентификатор { $what ->
    [role] роли
    [process] процесса
   *[stage] этапа
}
renamed-still-used-help = старые ссылки и подписи для `{ $id }` вели бы в два места: уберите его из `renamed_from:` или переименуйте другой
duplicate-artifact = идентификатор документа `{ $id }` объявлен дважды
duplicate-artifact-label = второе объявление
duplicate-artifact-help = { $first }; идентификаторы документов не повторяются ни в handbook.yaml, ни в файлах процессов
duplicate-kpi = идентификатор показателя `{ $id }` дважды встречается в роли { $role }
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

signature-missing = ни у кого нет действующей подписи под ролью { $role } (отпечаток { $fingerprint })
signature-missing-help = пусть сотрудник в этой роли прочтёт и подпишет пакет новичка; затем внесите его в acknowledgements.yaml с `signed: { $fingerprint }`; `rolebook status` покажет, что изменилось после его последней подписи
over-capacity = роли { $role } нужно { $needed } ч в месяц, а у неё { $available } ч (загрузка { $load }%)
over-capacity-label = человек: { $headcount }
over-capacity-help = добавьте людей в роль, передайте этап другой роли или уменьшите трудоёмкость; `rolebook capacity` показывает цифры всех ролей
time-budget-drift = роль { $role } по объёмам и трудоёмкости тратит на `{ $key }` { $computed }% времени, а в её `time_budget` записано { $declared }%
time-budget-drift-label = расхождение { $points } п.
time-budget-drift-help = исправьте заявленное распределение или объёмы, доли и трудоёмкость, из которых оно считается; `rolebook capacity --roles DIR` показывает оба распределения
headcount-mismatch = у роли { $role } записано `headcount: { $declared }`, а по people.yaml на { $day } в ней { $counted }
headcount-mismatch-label = по people.yaml: { $counted }
headcount-mismatch-help = где есть people.yaml, людей считает он: уберите `headcount:` из роли или согласуйте числа
role-unstaffed = роль { $role } отвечает за этапы ({ $stages }), но на { $day } в people.yaml её никто не занимает
role-unstaffed-label = вакансия
role-unstaffed-help = добавьте в people.yaml человека, который делает эту работу, с `roles: [{ $role }]`, или передайте этапы роли, в которой есть люди
cover-overloaded = если одного человека роли { $role } нет, оставшиеся ({ $rest } ч) и свободные часы заместителя { $deputy } ({ $spare } ч) не покрывают { $needed } ч работы роли в месяц
cover-overloaded-label = покрыто { $covered } из { $needed } ч
cover-overloaded-help = назначьте заместителя со свободными часами, обучите второго человека или примите очередь: `checks: {"{"}cover-overloaded: off{"}"}`
deputy-conflict = { $deputy } замещает { $role } и при этом отвечает за этап `{ $stage }`, который должен быть независим от { $role }
deputy-conflict-label = отвечает за `{ $stage }`
deputy-conflict-help = назначьте другого заместителя: тот, кто замещает роль, не должен проверять её работу
effort-without-every = у «{ $what }» указана трудоёмкость, но не периодичность: `when:` не говорит прямо, как часто
effort-without-every-label = как часто?
effort-without-every-help = добавьте `every:`: `working day`, `week`, `month`, `2 weeks` или `3 a week`

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
serve-not-found = Не найдено
serve-not-found-path = — такой страницы в справочнике нет.
serve-to-index = Перейти к оглавлению
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

## `rolebook coverage`

coverage-gaps = не покрыто: { $gaps }
coverage-total = итого
coverage-unreadable = в справочнике { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
   *[many] { $errors } ошибок
} (запустите `rolebook check --roles { $roles }`): покрытие считает только то, что удалось прочитать, поэтому проверка не пройдена
coverage-below-min = покрытие { $total }% ниже минимума { $min }%
capacity-none = Ни у одной роли нет часов для подсчёта: запишите `volume:` процессов и `effort:` этапов (и `headcount:` каждой роли), чтобы увидеть загрузку.
capacity-role = роль
capacity-headcount = человек
capacity-needed = нужно часов
capacity-available = есть часов
capacity-load = загрузка
capacity-split = распределение времени, расчёт/план %
capacity-title = { $title } ({ $id })
capacity-split-cell = { $split }
capacity-bottleneck = Самая загруженная роль: { $role }.
capacity-no-bottleneck = Ни у одной роли нет одновременно часов работы и численности.
capacity-bad-volume = `--volume { $given }`: запишите ПРОЦЕСС=N (случаев в месяц) или ПРОЦЕСС=+P% / -P%
capacity-no-process = `{ $id }` — не процесс этого справочника
capacity-no-role = `{ $id }` — не роль этого справочника и не человек из его people.yaml
capacity-unreadable = в справочнике { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
   *[many] { $errors } ошибок
} (запустите `rolebook check --roles { $roles }`): цифры учитывают только то, что удалось прочитать, поэтому проверка не пройдена

## `rolebook init` и `rolebook schema --write`

wrote-file = записан { $path }
init-next = Дальше: `rolebook check --roles { $dir }` и `rolebook build --roles { $dir }`.
init-refuses = не перезаписываю существующие файлы: { $files }; выберите другую папку или сначала уберите их
init-other-yaml = в папке уже есть YAML-файлы, которые справочник прочитает как роли или процессы: { $files }; выберите пустую папку (например, `rolebook init roles`) или добавьте --force, чтобы всё равно записать туда
write-refuses-link = не записываю через символические ссылки: { $files }; такая ссылка может вести к любому вашему файлу. Удалите ссылки и запустите команду снова

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
status-nobody-signed = Никто ещё не подписал описание своей роли.
status-no-file = Нет acknowledgements.yaml: подписи не записаны ({ $file }). Заведите его, чтобы следить, кто прочитал описание своей роли; как — в разделе руководства «Reviews, renames and signatures».
status-broken-file = acknowledgements.yaml не читается; исправьте его и запустите status снова.
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
status-commit = { $day } («{ $summary }»)
status-not-in-history = (подписанной версии нет в истории репозитория)
status-unsigned = Роли, под которыми ни у кого нет действующей подписи: { $roles }
status-untrained = Ещё не обучены по действующей версии своей роли: { $people }
sign-bad-person = Укажите имя сотрудника так, как его пишет отдел кадров, например: rolebook sign "Анна Петрова" courier.
sign-bad-trainer = Укажите после --trained-by, кто обучал, например: --trained-by "Ольга Смирнова".
sign-unknown-role = В справочнике нет роли `{ $role }`. Его роли: { $roles }.
sign-not-a-file = { $path } — не обычный файл (ссылка или папка); rolebook пишет только в собственный файл. Замените его файлом или удалите.
sign-already = У сотрудника { $person } уже есть действующая строка по роли «{ $title }» (отпечаток { $fingerprint }); ничего не записано.
sign-cannot-append = Не удалось добавить строку в { $path }: его `signatures:` — не список, к которому можно дописать строку (список в скобках `[...]` или другая форма). Ничего не записано. Добавьте вручную:
    { $line }
sign-wrote = { $person } подписал(а) роль «{ $title }» в действующей редакции (отпечаток { $fingerprint }): записано в { $path }.
sign-wrote-trained = { $person } подписал(а) роль «{ $title }» в действующей редакции (отпечаток { $fingerprint }), обучение провёл(а) { $by }: записано в { $path }.
revision-status = { $status ->
    [added] Впервые опубликовано
    [removed] Удалено
    [renamed] Переименовано
   *[changed] Изменено
}

## Что говорят `build`, `watch` и `serve` во время работы

phase-time = { $phase ->
    [load] чтение
    [check] проверка
    [compile] сведение
    [since] сравнение
    [history] история
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
export-not = не выгружено: исправьте замечания выше; в { $out } ничего не записано
export-wrote = { $count ->
    [one] записан { $count } документ Word
    [few] записано { $count } документа Word
   *[many] записано { $count } документов Word
} в { $out }
theme-file-bad = файл оформления `{ $path }` нельзя использовать: { $why ->
    [outside] укажите путь внутри папки справочника, без `..`
    [image] логотип и значок — файл .png, .jpg, .svg, .webp, .gif или .ico
    [css] дополнительные стили — файл .css
    [link] это ссылка или папка, а не файл
    [large] он больше 1 МиБ
   *[unreadable] его не удаётся прочитать
}
theme-file-missing = файла оформления `{ $path }` нет в папке справочника
theme-file-help = положите файл в папку справочника (например, `theme/logo.svg`) и укажите путь к нему от неё; пока его нет, сайт собирается без него
page-unreadable = эту страницу нельзя прочитать: это ссылка, папка, файл больше 1 МиБ или текст не в UTF-8
page-unreadable-help = сделайте `pages/NAME.md` обычным файлом Markdown в папке справочника, в кодировке UTF-8
build-templates = шаблоны: { $dir } (его файлы заменяют встроенные шаблоны и файлы оформления с теми же именами; другую папку задаёт `rolebook build --templates`)
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

## `rolebook explain`: для каждого правила — когда срабатывает (-summary),
## почему это важно (-why), как исправить (-fix) и пример (-example).

yaml-syntax-summary = файл не является корректным YAML (или не в UTF-8, слишком велик, слишком глубок, содержит «бомбу» из ссылок или ключ, повторённый в одном отображении)
yaml-syntax-why = Спецификация, которую нельзя прочитать, — это спецификация, которой никто не следует: каждая обязанность из неё молча пропадает из справочника. Ограничения на размер, глубину и ссылки не дают испорченному или враждебному файлу подвесить CI.
yaml-syntax-fix = Откройте файл на указанной строке и исправьте YAML. Делайте отступы пробелами, берите в кавычки значения с `: ` и оставляйте каждый ключ в отображении один раз.

unknown-field-summary = ключ, которого формат не знает
unknown-field-why = Ключ с опечаткой (`dutys:`) иначе был бы молча отброшен, и обязанности под ним никогда не дошли бы до того, кто должен их выполнять.
unknown-field-fix = Используйте ключ, который предлагает подсказка, или удалите его. `rolebook schema` перечисляет все ключи; редактор с языковым сервером YAML их подсказывает.

missing-field-summary = нет обязательного ключа
missing-field-why = Роль без названия или передача без `passes` оставляет пробел ровно там, где читатель ищет ответ.
missing-field-fix = Добавьте ключ, названный в сообщении, в указанное отображение.

wrong-type-summary = значение не той формы
wrong-type-why = Список там, где ожидается одно значение (или наоборот), нельзя прочитать так, как задумал автор, поэтому rolebook не гадает.
wrong-type-fix = Придайте значению форму, названную в сообщении: текст, список, отображение, число или true/false.

invalid-id-summary = идентификатор нарушает правило (строчные латинские буквы, цифры и одиночные дефисы, не длиннее 64 символов)
invalid-id-why = Идентификаторы становятся именами файлов и ссылками опубликованного справочника. Строгое правило сохраняет ссылки стабильными и не даёт идентификатору вроде `../x` писать за пределы папки сайта.
invalid-id-fix = Переименуйте идентификатор (или файл — для роли или процесса) в слова из строчных латинских букв через одиночные дефисы, например `client-service`.

duplicate-id-summary = две роли, два процесса, этапа, артефакта или два KPI одной роли имеют один идентификатор
duplicate-id-why = Две вещи под одним именем — это справочная версия ситуации «с клиентом работал один, звонок принял другой»: ссылки и ответственность становятся неоднозначными.
duplicate-id-fix = Переименуйте одну из них; сообщение называет оба места.

unknown-reference-summary = идентификатор, который ничего не называет: этап, роль, внешняя роль, артефакт, KPI
unknown-reference-why = Обязанность, которая ссылается на несуществующий этап или документ, невозможно выполнить; обычно это опечатка, которую исправит подсказка.
unknown-reference-fix = Используйте существующий идентификатор (подсказка предлагает ближайший) или опишите недостающий.

stage-without-owner-summary = ни одна роль не отвечает за этап
stage-without-owner-why = Этап без ответственного — место, где клиент проваливается сквозь конвейер: каждый думает, что это делает кто-то другой.
stage-without-owner-fix = Добавьте идентификатор этапа в `owns:` ровно одной роли.

stage-multiple-owners-summary = за этап отвечает больше одной роли
stage-multiple-owners-why = Два ответственных за один этап либо оба считают работу своей, либо оба — чужой; в «объектной» модели, которую заменяет конвейер, это та самая путаница, когда с клиентом работал один, звонок принял другой, а спросить клиенту не с кого.
stage-multiple-owners-fix = Оставьте этап в `owns:` одной роли; другая может указать его в `supports:`.

handoff-missing-summary = у смены исполнителя S → T нет передачи `after: S`, `to: owner(T)` у ответственного за S
handoff-missing-why = Каждая смена исполнителя — это место, где начинается «испорченный телефон»: без письменной передачи клиенту приходится заново объяснять всё следующему человеку.
handoff-missing-fix = В роли, отвечающей за S, добавьте передачу `after: S`, `to:` — ответственный за T, с тем, что она передаёт (`passes`), сроком, каналом и проговариванием.

handoff-mismatch-summary = передача, за чей этап `after` роль не отвечает, или чей получатель `to` не отвечает ни за один следующий этап после `after`
handoff-mismatch-why = Передача, записанная не в той роли или не тому человеку, — процедура, которой никто никогда не последует: настоящая смена исполнителя остаётся неописанной.
handoff-mismatch-fix = Перенесите передачу в роль, отвечающую за `after`, или укажите в `to:` роль, отвечающую за следующий этап. Внешние роли не принимают передач.

handoff-incomplete-summary = следующему этапу нужен артефакт, которого передача не передаёт и которого у нового ответственного ещё нет
handoff-incomplete-why = Это и есть испорченный телефон: следующий человек вынужден снова спрашивать у клиента то, что предыдущий уже знал.
handoff-incomplete-fix = Добавьте артефакт в `passes:` передачи или убедитесь, что получатель уже получил его на более раннем этапе того же процесса.

unreachable-stage-summary = ни один путь от начала процесса не ведёт к этапу
unreachable-stage-why = Этап, к которому не ведёт ни один `next`, никогда не начинается: его ответственный ждёт, а критерии завершения никто не проверяет.
unreachable-stage-fix = Добавьте этап в `next:` предшествующего этапа или укажите в `start:` процесса этап этого процесса.

time-budget-sum-summary = `time_budget` роли не даёт в сумме 100
time-budget-sum-why = Беды агентства начались с 60/30/10, потраченных наоборот. Бюджет, который не сходится, не покажет, куда уходит время.
time-budget-sum-fix = Сделайте так, чтобы проценты давали ровно 100; остаток запишите в `other`.

reports-to-cycle-summary = A подчиняется B … подчиняется A
reports-to-cycle-why = Круг подчинения не оставляет никого, кто разрешит спор или спросит за этап.
reports-to-cycle-fix = Разорвите круг: пусть одна из ролей подчиняется роли вне его или внешней роли, например руководителю отдела продаж.

dead-end-stage-summary = у этапа нет `next`, и он не отмечен `final`
dead-end-stage-why = Клиент ждёт в тупике: никто не знает, что происходит после этого этапа.
dead-end-stage-fix = Добавьте следующий этап в `next:` или отметьте этап `final: true`, если процесс может на нём закончиться.

role-without-stages-summary = роль не отвечает ни за один этап
role-without-stages-why = У роли без собственного этапа нет собственного результата: её оплату не к чему привязать.
role-without-stages-fix = Дайте роли этапы, за которые она отвечает, в `owns:`, или объедините её с другой ролью.

full-cycle-owner-summary = одна роль отвечает за все этапы процесса из трёх и более этапов
full-cycle-owner-why = Это «объектная» модель, которую заменяет конвейер: один человек ведёт клиента от первого звонка до подписанного акта, поэтому пока он продаёт, ждут бумаги, а пока он занят бумагами, никто не продаёт — одна грань кубика Рубика всегда рассыпается.
full-cycle-owner-fix = Разделите этапы между ролями, у каждой из которых свой результат и своя оплата.

deputy-missing-summary = роль не называет, кто её замещает
deputy-missing-why = Когда кто-то отсутствует и никто его не замещает, остальные ничего не знают о его клиентах и клиенты ждут; а уходящий может увести «своих» клиентов с собой.
deputy-missing-fix = Назовите роль, которая замещает: `deputy: client-service`.

deputy-self-summary = роль замещает сама себя
deputy-self-why = Замещать самого себя значит, что не замещает никто.
deputy-self-fix = Назовите замещающей другую роль.

kpi-missing-summary = у роли нет KPI
kpi-missing-why = Без измерителя люди сами устанавливают себе нормы, сами оценивают своё качество и сами решают, сколько достаточно.
kpi-missing-fix = Добавьте `kpis:` хотя бы с одним KPI, у которого есть цель и способ измерения.

pay-without-kpi-summary = у роли, отвечающей за этапы, нет переменной оплаты, привязанной к одному из её KPI
pay-without-kpi-why = Оплата, не привязанная к собственному результату роли (скажем, оклад плюс доля прибыли), толкает каждого гнаться за большим заказом «своего» клиента вместо того, чтобы хорошо делать свой этап.
pay-without-kpi-fix = Добавьте в `pay.variable` пункты, чей `kpi:` называет один из KPI роли.

shared-incentive-summary = KPI двух разных ролей называют один и тот же результат (`outcome`)
shared-incentive-why = Две роли, которым платят за один результат, — зерно споров о комиссии: один полгода работал с клиентом, другой закрыл сделку, и каждый требует свою комиссию.
shared-incentive-fix = Привяжите KPI каждой роли к её собственному результату: лиду, брифу, подписанному договору, доставленному акту.

artifact-unproduced-summary = этапу нужен артефакт, который не производит ни один этап и который не отмечен `external`
artifact-unproduced-why = Этап, который начинается с документа, которого никто не делает, будет ждать его вечно, или кто-нибудь его сымпровизирует.
artifact-unproduced-fix = Добавьте артефакт в `produces:` этапа, который его делает, или отметьте его `external: true` в handbook.yaml, если он приходит извне.

artifact-unused-summary = артефакт, который никому не нужен, никем не передаётся и ни за что не оплачивается
artifact-unused-why = Документ, которым никто не пользуется, — бумага ради бумаги, лёгкая работа, вытесняющая настоящую («лень второго уровня»: разбирать полки вместо того, чтобы обслуживать клиентов).
artifact-unused-fix = Назовите его в `needs:` этапа, в `passes:` передачи или в `outcome:` KPI — или удалите.

artifact-unstored-summary = у артефакта, передаваемого в передаче, не указано `kept_in`
artifact-unstored-why = То, что передаётся, но нигде не хранится, живёт в чьём-то ящике стола и уходит вместе с человеком: каждый сотрудник становится государством в государстве.
artifact-unstored-fix = Добавьте артефакту в handbook.yaml `kept_in:` — CRM, общий диск, архив.

outside-link-summary = символическая ссылка в папке справочника ведёт за её пределы; она не читается
outside-link-why = Справочник должен проверяться как одна папка. Ссылка наружу могла бы опубликовать файл, который никто не проверял.
outside-link-fix = Скопируйте файл в папку справочника или удалите ссылку.

missing-file-summary = нет файла `handbook.yaml`
missing-file-why = Без handbook.yaml нет артефактов, внешних ролей и настроек, с которыми можно сверить роли.
missing-file-fix = Создайте handbook.yaml хотя бы с `title:` (`rolebook init` пишет заготовку).

empty-checklist-summary = в чек-листе нет пунктов
empty-checklist-why = Пустой чек-лист, распечатанный и повешенный на стену, говорит сотрудникам, что рутина описана, хотя это не так.
empty-checklist-fix = Добавьте пункты, которые нужно отмечать, или удалите чек-лист.

unsafe-link-summary = ссылка (`edit_url` или ссылка или картинка в тексте) не http, https, mailto и не относительная; она не попадает на сайт
unsafe-link-why = Сотрудники открывают справочник в том же браузере, в котором работают. Ссылка `javascript:` или `data:`, записанная в спецификацию, выполнилась бы как код, когда читатель по ней щёлкнет, со всеми его правами в справочнике и рядом с ним.
unsafe-link-fix = Ссылайтесь на страницу http(s), адрес mailto: или страницу справочника по относительному пути; любую другую ссылку удалите.

not-a-file-summary = запись в папке справочника (или то, на что указывает символическая ссылка в ней) — именованный канал, устройство или сокет; она не читается
not-a-file-why = Чтение именованного канала или устройства ждёт данных, которые могут не прийти никогда: CI зависнет вместо того, чтобы упасть, а `serve` перестанет пересобирать. Спецификации — только обычные файлы.
not-a-file-fix = Удалите запись из папки справочника или замените её обычным файлом.

field-filled-late-summary = поле артефакта заполняется на этапе, который этот артефакт не производит, или роль просят проверять его при сменах исполнителя, которые все происходят до его заполнения
field-filled-late-why = Каждая смена исполнителя просит получателя проверить только то, что существует в этот момент. Поле, которое заполняется позже (подпись клиента на договоре, который курьер только везёт), либо выпало бы из всех списков, либо просило бы отметить то, чего ещё не может быть, — а список с невыполнимыми пунктами перестают читать.
field-filled-late-fix = Укажите в `filled_at:` этап, на котором поле заполняется (тот, что `produces:` артефакт), и перечислите в `checked_by:` только роли, которые передают или получают артефакт после этого этапа.

decision-gap-summary = уровни полномочий оставляют суммы, о которых никто не вправе решать, или дают одну сумму двоим
decision-gap-why = У скидки 7%, когда один может дать до 5%, а следующий решает от 10%, нет согласующего: её либо отклонят без причины, либо даст тот, кого спросили, — и клиент это узнает. Двое решающих об одной сумме — та же беда наоборот.
decision-gap-fix = Запишите уровни от меньшего к большему, так чтобы `over:` каждого равнялся `up_to:` предыдущего, а первый начинался с нуля.

decision-without-decider-summary = полномочие не называет никого, кто принимает решение
decision-without-decider-why = Решение, записанное без того, кто его принимает, отправляет каждый случай к руководителю отдела — или ни к кому.
decision-without-decider-fix = Добавьте хотя бы один уровень с `by:`, называющим роль или внешнюю роль.

review-overdue-summary = следующий пересмотр роли или процесса (`review: last` плюс `every`) уже прошёл (день задаёт `--today DATE`)
review-overdue-why = Должностная инструкция, на которую год никто не смотрел, описывает прошлогоднюю работу. Записанная дата пересмотра и предупреждение в CI, когда она прошла, — способ держать справочник верным, не полагаясь на чью-то память.
review-overdue-fix = Пересмотрите роль или процесс вместе с тем, кто назван в `review: by`, и запишите в `review: last` день пересмотра.

signature-missing-summary = в справочнике есть `acknowledgements.yaml`, и ни у кого нет подписи под инструкцией роли в её нынешнем виде
signature-missing-why = Подпись стоит ровно столько, сколько то, к чему она относится. Когда обязанности или чек-листы роли меняются, подписавший старую версию работает по ней; пока кто-нибудь не подпишет новую, никто не подтвердил, что знает роль такой, как она записана.
signature-missing-fix = Пусть сотрудник в этой роли прочтёт пакет нового сотрудника и подпишет его; затем добавьте или обновите его запись в acknowledgements.yaml с отпечатком, напечатанным на пакете. `rolebook status` перечисляет, кому что перечитать.
over-capacity-summary = роли нужно больше часов в месяц, чем есть у её людей (объём процесса × доля этапа × трудоёмкость против численности × рабочего времени)
over-capacity-why = Конвейер идёт со скоростью самой загруженной роли: когда у специалистов по работе с клиентами 130 часов заказов в месяц на 120 часов работы, брифы ждут, сметы опаздывают, а клиент слышит «завтра». Все цифры уже есть в справочнике; проверка при каждом изменении показывает, какая роль перегрузится первой, когда заказов станет больше.
over-capacity-fix = Добавьте людей в роль (`headcount:`), передайте этап другой роли или сократите трудоёмкость; `rolebook capacity --volume PROCESS=+20%` отвечает на вопрос «что если», не трогая файлов.
time-budget-drift-summary = распределение времени по объёмам и трудоёмкости расходится с заявленным `time_budget` роли больше чем на 10 пунктов
time-budget-drift-why = Агентство перестроилось, потому что менеджеры тратили 60% времени на ведение заказов и 10% на поиск клиентов. Заявленный `time_budget` — обещание; объёмы и трудоёмкость показывают, выполняется ли оно. Если они расходятся, неверно либо обещание, либо цифры.
time-budget-drift-fix = Исправьте заявленный `time_budget` или объёмы, доли и трудоёмкость, из которых он считается, пока расхождение не станет меньше 10 пунктов.

## Примеры к правилам (`rolebook explain ПРАВИЛО`): YAML, как его пишут в справочнике

yaml-syntax-example =
    title: Курьер
    duties:
      - Доставлять документы
       - Собирать подписи   # неверный отступ
unknown-field-example =
    title: Курьер
    dutys:
      - Доставлять документы
missing-field-example =
    summary: Доставляет документы
    # нет `title:`
wrong-type-example =
    title: Курьер
    owns: delivery    # должен быть список: [delivery]
invalid-id-example =
    # файл roles/Client Service.yaml: имя файла — это идентификатор роли
duplicate-id-example =
    # roles/sales/courier.yaml и roles/office/courier.yaml
unknown-reference-example =
    title: Курьер
    reports_to: head-of-sale    # head-of-sales
stage-without-owner-example =
    # в processes/sales.yaml есть этап `invoice`; ни одна роль не указала его в owns
stage-multiple-owners-example =
    # и в roles/active-sales.yaml, и в roles/client-service.yaml: owns: [brief]
handoff-missing-example =
    handoffs: []   # а за нашим этапом intent-to-order идёт brief специалиста по работе с клиентами
handoff-mismatch-example =
    handoffs:
      - after: brief
        to: courier    # курьер не отвечает ни за один этап после brief
handoff-incomplete-example =
    handoffs:
      - after: intent-to-order
        to: client-service
        passes: [client-card]   # этапу brief нужна ещё и order-request
unreachable-stage-example =
    stages:
      - id: first-contact
        next: []
      - id: meeting        # сюда ничто не ведёт
time-budget-sum-example =
    time_budget:
      prospecting: 60
      first-contact: 30   # всего 90
reports-to-cycle-example =
    # courier: reports_to: documents-clerk; documents-clerk: reports_to: courier
dead-end-stage-example =
    - id: act-signed
      name: Акт подписан   # нет next и нет final: true
role-without-stages-example =
    title: Помощник
    owns: []
full-cycle-owner-example =
    owns: [prospecting, brief, estimate, contract, act]   # весь процесс продажи
deputy-missing-example =
    title: Курьер
    # нет deputy:
deputy-self-example =
    # roles/courier.yaml
    deputy: courier
kpi-missing-example =
    title: Курьер
    # нет kpis:
pay-without-kpi-example =
    pay:
      fixed: Оклад
      # нет переменной части
shared-incentive-example =
    # у active-sales и у client-service есть показатель с outcome: contract
artifact-unproduced-example =
    needs: [signed-contract]   # ни один этап не создаёт signed-contract
artifact-unused-example =
    artifacts:
      fax-cover:
        name: Титульный лист факса
artifact-unstored-example =
    artifacts:
      brief:
        name: Бриф   # нет kept_in
outside-link-example =
    # roles/courier.yaml -> /home/someone/courier.yaml
missing-file-example =
    # в roles/ есть файлы ролей, но нет handbook.yaml
empty-checklist-example =
    checklists:
      - name: Каждый рабочий день
        items: []
unsafe-link-example =
    edit_url: "javascript:alert(1)//{"{"}path{"}"}"
not-a-file-example =
    # mkfifo roles/courier.yaml
field-filled-late-example =
    fields:
      - text: Подписи обеих сторон
        filled_at: document-delivery
        checked_by: [courier]   # курьер получает договор, когда подписей на нём ещё нет
decision-gap-example =
    levels:
      - by: documents-clerk
        up_to: 5
      - by: head-of-sales
        over: 10   # от 5 до 10 не решает никто
decision-without-decider-example =
    decisions:
      refund:
        name: Возврат денег клиенту
        levels: []
review-overdue-example =
    review:
      by: head-of-sales
      last: 2025-01-15
      every: 6 months   # срок — 2025-07-15
signature-missing-example =
    signatures:
      - person: Иван Петров
        role: courier
        signed: 1a2b3c4d5e6f   # отпечаток роли курьера с тех пор изменился
over-capacity-example =
    # processes/sales.yaml: volume: 120 a month; этап brief: effort: 90 min
    headcount: 1   # работа с клиентами: нужно 180 ч, есть 147
time-budget-drift-example =
    time_budget:
      prospecting: 60   # по расчёту 35%: 40 компаний в неделю по 30 минут
      other: 40
headcount-mismatch-summary = по `people.yaml` в роли другое число людей, чем в её `headcount:`
headcount-mismatch-why = Два подсчёта одной команды расходятся: в файле роли три менеджера активных продаж, а в списке людей два, потому что один ушёл. Планы, фонд оплаты и расчёт загрузки опираются на разные числа.
headcount-mismatch-fix = Пусть людей считает people.yaml: уберите `headcount:` из роли или исправьте то из двух чисел, которое неверно.
headcount-mismatch-example =
    # active-sales.yaml
    headcount: 3
    # people.yaml: active-sales занимают двое
role-unstaffed-summary = `people.yaml` есть, но роль, отвечающую за этапы, никто не занимает: вакансия
role-unstaffed-why = Этап, в роли которого нет людей, никто не делает: лиды ждут в базе, договоры не готовятся. Конвейер останавливается на пустом посту.
role-unstaffed-fix = Добавьте в people.yaml человека, который делает эту работу, или на время вакансии передайте этапы роли, в которой есть люди.
role-unstaffed-example =
    # в people.yaml нет никого с roles: [courier]
    # courier.yaml
    owns: [document-delivery]
cover-overloaded-summary = если одного человека роли нет, оставшиеся и свободные часы заместителя не покрывают работу роли (где есть `people.yaml`)
cover-overloaded-why = «Некому подменить» — один из известных рисков конвейера: заместитель на бумаге без свободных часов ничего не покрывает. Когда единственный курьер болеет, доставки ждут, если ни у кого нет на них времени.
cover-overloaded-fix = Назначьте заместителя со свободными часами, научите второго человека этой работе или разгрузите роль; если отдел принимает очередь, выключите правило в `checks:`.
cover-overloaded-example =
    # courier.yaml: 130 ч в месяц, один человек
    deputy: documents-clerk   # 17 свободных часов в месяц
deputy-conflict-summary = роль замещает ту роль, от которой должен быть независим её этап (`independent_of:`)
deputy-conflict-why = Претензию к работе специалиста по работе с клиентами расследует оператор базы данных — именно потому, что он не специалист. Если оператор ещё и замещает специалиста, то во время отпуска претензию к заказу расследует тот, кто этот заказ вёл: проверка проверяет сама себя.
deputy-conflict-fix = Назначьте роли другого заместителя или передайте независимый этап роли, которая её не замещает.
deputy-conflict-example =
    # processes/complaints.yaml
    - id: investigation
      independent_of: [client-service]
    # client-service.yaml
    deputy: database-operator   # отвечает за investigation

## Поля формата: что значит каждый ключ (подсказки JSON Schema в редакторе, помощь при пропущенном ключе)

# артефакт
doc-artifact-name = Название для людей, например «Карточка клиента».
doc-artifact-description = Для чего он нужен (Markdown).
doc-artifact-kept_in = Где он хранится: CRM, общий диск, архив.
doc-artifact-external = true: приходит извне, поэтому ни один этап не обязан его создавать.
doc-artifact-fields = Что содержит полный экземпляр; каждое поле становится пунктом чек-листа в передачах, которые передают артефакт после его заполнения.

# поле артефакта
doc-artifact-field-text = Что содержит поле (Markdown).
doc-artifact-field-filled_at = Id этапа, на котором поле заполняется: передачи до этого этапа не включают его в свои чек-листы.
doc-artifact-field-checked_by = Id ролей, которые проверяют поле, когда передают или принимают артефакт; без него — все, кто это делает.

# справочник
doc-handbook-title = Название справочника.
doc-handbook-organization = Организация, которой он принадлежит.
doc-handbook-description = Вступление на главной странице (Markdown).
doc-handbook-language = Язык слов самого rolebook на сайте и в замечаниях: тег файла в папке `locales/` rolebook (en, ru).
doc-handbook-version = Показывается на каждой странице.
doc-handbook-edit_url = Ссылка «Изменить» на каждой странице; {"{"}path{"}"} — путь к файлу внутри папки справочника.
doc-handbook-base_url = Адрес, по которому опубликован сайт, например "https://handbook.example.org/sales/": с ним сборка пишет `sitemap.xml`, и от него ведут ссылки страницы «не найдено» (`404.html`).
doc-handbook-theme = Как сайт выглядит в стиле организации: фирменный цвет, логотип, значок и дополнительные стили (см. ниже).
doc-theme-accent = Цвет ссылок, кнопок и отметок, например "#7a1f5c" (в кавычках); достаточно тёмный для белого текста на нём и ссылок на белом (контраст 4,5:1).
doc-theme-logo = Картинка в папке справочника (.png, .jpg, .svg, .webp, .gif; не больше 1 МиБ), например `theme/logo.svg`: показывается вверху каждой страницы и первого печатного листа.
doc-theme-favicon = Значок вкладки браузера: картинка в папке справочника (.png, .svg, .ico...), например `theme/favicon.png`.
doc-theme-css = Файл стилей в папке справочника, который подключается после встроенного на каждой странице, например `theme/extra.css`; `rolebook templates` перечисляет, что можно переоформить.
doc-handbook-search = Поиск по тексту и его индекс (по умолчанию true); false — сайт совсем без JavaScript.
doc-handbook-external_roles = Люди вне справочника, которых можно указать в reports_to: id -> имя.
doc-handbook-artifacts = Что переходит между этапами: документы, записи, товары.
doc-handbook-decisions = Права решений: кто что решает и до какого предела (скидки, возвраты, споры).
doc-handbook-checks = Изменённая строгость правил: id правила -> error | warning | off.

# право решения
doc-decision-name = Что решается, например «Скидка по смете».
doc-decision-stage = Этап, на котором вопрос возникает; страница его владельца показывает, к кому обращаться.
doc-decision-unit = Единица пределов, например «%» или «руб.».
doc-decision-levels = Кто решает, от меньших сумм к большим; каждый уровень начинается там, где кончается предыдущий.

# уровень решения
doc-decision-level-by = Роль или внешняя роль, которая решает на этом уровне.
doc-decision-level-over = Уровень решает суммы больше этой (не включая её); без него — от нуля.
doc-decision-level-up_to = …до этой суммы включительно; без него — без верхнего предела.

# исключение
doc-exception-when = Что случилось, например «Клиента нет на месте».
doc-exception-then = Что делает владелец этапа (Markdown).

# этап
doc-stage-id = Id этапа, уникальный во всём справочнике.
doc-stage-name = Название для людей.
doc-stage-description = Что происходит на этом этапе (Markdown).
doc-stage-needs = Id артефактов, с которых этап начинается.
doc-stage-produces = Id артефактов, которые этап создаёт или дополняет.
doc-stage-done_when = Условия завершения; они становятся пунктами чек-листа владельца.
doc-stage-next = Id следующих этапов (любого процесса); ветвление допускается.
doc-stage-final = true: процесс может здесь закончиться.
doc-stage-exceptions = Что делает владелец, когда этап идёт не по плану.
doc-stage-renamed_from = Прежние id этого этапа: ссылка на прежний id отмечается замечанием с новым.

# процесс
doc-process-name = Название процесса для людей.
doc-process-description = Для чего нужен процесс (Markdown).
doc-process-start = Первый этап; по умолчанию — первый в списке.
doc-process-stages = Этапы в порядке чтения.
doc-process-review = Кто пересматривает процесс, когда это было в последний раз и как часто.
doc-process-renamed_from = Прежние id процесса: их страницы перенаправляют сюда.
doc-process-artifacts = Артефакты процесса, объявленные рядом с ним (так же, как в handbook.yaml; id уникальны во всём справочнике).

# показатель
doc-kpi-id = Id показателя, уникальный внутри роли.
doc-kpi-name = Что измеряется.
doc-kpi-target = План, например «8 в месяц».
doc-kpi-measured_by = Откуда берётся цифра.
doc-kpi-outcome = Id артефакта: результат, за который платит показатель.

# переменная часть
doc-variable-pay-item-kpi = Id показателя этой роли.
doc-variable-pay-item-rule = Как показатель превращается в деньги (Markdown).

# оплата
doc-pay-fixed = Постоянная часть (Markdown).
doc-pay-variable = Переменные части, каждая привязана к показателю.
doc-pay-example = Пример расчёта: цифры одного месяца и оплата по ним (Markdown).

# передача
doc-handoff-after = Этап, которым владеет эта роль.
doc-handoff-to = Роль, которая владеет следующим этапом.
doc-handoff-passes = Id передаваемых артефактов.
doc-handoff-deadline = К какому сроку.
doc-handoff-channel = Как: задача в CRM, лично, по e-mail.
doc-handoff-actions = Что получатель делает первым делом (Markdown).
doc-handoff-confirm = Что получатель повторяет вслух, прежде чем отправитель отпустит дело.
doc-handoff-tell_client = Как клиент знакомится со следующим сотрудником (Markdown).

# чек-лист
doc-checklist-name = Название списка.
doc-checklist-when = Когда по нему проходить.
doc-checklist-items = Пункты для отметки (Markdown).
doc-checklist-effort = Минуты или часы на один проход по списку, например `15 min`; входит в часы роли с учётом периодичности.
doc-checklist-every = Как часто проходить по списку, если `when:` не говорит этого прямо: `working day`, `week`, `month`, `2 weeks`, `3 a week`.
doc-duty-text = Обязанность (Markdown).
doc-duty-effort = Минуты или часы на один раз, например `30 min`; входит в часы роли с учётом `every:`.
doc-duty-every = Как часто: `working day`, `week`, `month`, `2 weeks`, `3 a week`.

# роль
doc-role-title = Название должности.
doc-role-summary = Одна строка: для чего нужна роль.
doc-role-purpose = Почему роль существует (Markdown).
doc-role-reports_to = Id роли или внешней роли.
doc-role-deputy = Id роли, которая замещает на время отсутствия.
doc-role-owns = Этапы, за которые роль отвечает (RACI A).
doc-role-supports = Этапы, в которых роль участвует (RACI C).
doc-role-informed = Этапы, о которых роль должна знать (RACI I).
doc-role-duties = Обязанности сверх этапов роли: Markdown или `{"{"}text, effort, every{"}"}` для той, что отнимает время каждую неделю или месяц.
doc-role-not_responsible_for = Работа, которую роль НЕ должна брать на себя.
doc-role-liability = За что работник отвечает материально: оригиналы, товар, деньги, например «Подписанные оригиналы с момента получения до передачи делопроизводителю».
doc-role-sheet_per_stage = `true` печатает чек-листы каждого этапа роли (что она принимает, завершает и передаёт) на отдельном листе со своей строкой для номера заказа: для этапов, которые выполняются отдельными выездами, как поездки курьера.
doc-role-rights = Что роль вправе решать или требовать.
doc-role-qualification = Что работник должен знать и уметь.
doc-role-kpis = Ключевые показатели с целями.
doc-role-pay = Постоянная и переменная оплата; каждая переменная часть привязана к показателю.
doc-role-time_budget = Процент рабочего времени на каждый свой или поддерживаемый этап либо `other`; в сумме 100.
doc-role-handoffs = Что роль передаёт после своих этапов.
doc-role-checklists = Собственные регулярные списки роли.
doc-role-review = Кто пересматривает роль, когда это было в последний раз и как часто.
doc-role-renamed_from = Прежние id роли: их страницы перенаправляют сюда, а ссылка на прежний id отмечается замечанием с новым.

# файл ознакомлений
doc-acknowledgements-file-signatures = Одна запись на человека и роль, с описанием которой он ознакомился.

# подпись
doc-signature-person = Кто подписал, например «Иван Петров».
doc-signature-role = Роль, с описанием которой он ознакомился.
doc-signature-signed = Что подписано: отпечаток роли, напечатанный в пакете новичка, или версия справочника.
doc-signature-date = Когда, ГГГГ-ММ-ДД.
doc-handbook-approved = Кто и когда утвердил действующую редакцию справочника (`by`: роль или внешняя роль; `date`): указывается в каждой должностной инструкции и процессе, в перечне документов и в форме для отдела кадров.
doc-handbook-effective = С какого дня действует редакция, ГГГГ-ММ-ДД; до него на страницах написано «утверждено, ещё не действует».
doc-handbook-history = Сколько прежних изменений из git показывает история редакций на странице каждой роли и процесса; по умолчанию 10, 0 — ни одного; просматриваются последние 50 редакций справочника. Только если папка справочника лежит в git-репозитории.
doc-approval-by = Кто утвердил: роль или внешняя роль, например `director`.
doc-approval-date = Когда, ГГГГ-ММ-ДД.
doc-role-approved = Собственное утверждение этой должностной инструкции, если оно отличается от `approved:` справочника.
doc-role-effective = С какого дня действует эта должностная инструкция, если не с того же, что справочник.
doc-role-onboarding = Что новый сотрудник делает в первый день, неделю и месяц сверх того, что rolebook выводит из справочника (прочитать инструкцию, освоить каждый свой этап, посидеть рядом с тем, кто передаёт и кто принимает работу, познакомиться с заместителем и руководителем).
doc-process-approved = Собственное утверждение этого процесса, если оно отличается от `approved:` справочника.
doc-process-effective = С какого дня действует этот процесс, если не с того же, что справочник.
doc-onboarding-day = Пункты на первый день (Markdown).
doc-onboarding-week = Пункты на первую неделю (Markdown).
doc-onboarding-month = Пункты на первый месяц (Markdown).
doc-signature-trained = Кто и когда обучил сотрудника по подписанной версии: `date` и `by`. Записывает `rolebook sign СОТРУДНИК РОЛЬ --trained-by ИМЯ`.
doc-signature-self_check = Когда сотрудник прошёл самопроверку по подписанной версии роли, ГГГГ-ММ-ДД.
doc-training-date = Когда, ГГГГ-ММ-ДД.
doc-training-by = Кто обучил, по имени, например «Ольга Смирнова, руководитель отдела продаж».

# пересмотр
doc-review-by = Роль или внешняя роль, которая пересматривает.
doc-review-last = Дата последнего пересмотра, ГГГГ-ММ-ДД.
doc-review-every = Как часто: число дней, недель, месяцев или лет, например `6 months`.
doc-process-volume = Сколько случаев входит в процесс: `120 a month`, `30 a week` или `6 a working day`; вместе с трудоёмкостью этапов это считают `rolebook capacity` и правила загрузки.
doc-process-order = Место процесса в меню, на главной странице и в печати: меньше — раньше, например `1` для главного процесса; процессы без него идут следом, по идентификатору.
doc-stage-effort = Рабочее время ответственного на один случай: `45 min`, `1.5 h`.
doc-stage-share = Доля случаев процесса, доходящих до этапа, например `35%`; по умолчанию 100%.
doc-stage-independent_of = Роли, работу которых проверяет этот этап: его ответственный не должен их замещать (`deputy-conflict`).
doc-role-headcount = Сколько человек занимают роль (доля, например 0.5, для совмещения).
doc-handbook-working_time = Часы одного работника на полной ставке и их продуктивная доля; по умолчанию `40 a week` и `85%`.
doc-working-time-hours = Оплачиваемые часы одного работника на полной ставке: `40 a week`, `8 a working day` или `168 a month`.
doc-working-time-productive = Доля этих часов, уходящая на работу (остальное — совещания, перерывы, обучение), например `85%`.
doc-handbook-publish_people = Показывать на сайте, кто занимает каждую роль, по именам из people.yaml; `false` (по умолчанию) — только число людей. Имена — персональные данные.
doc-handbook-approved_by = Кто утверждает должностные инструкции (роль или внешняя роль, например `director`): указывается в грифе «Утверждаю» печатной формы; по умолчанию — руководитель каждой роли.
doc-rule-setting-level = Серьёзность правила: `error`, `warning` или `off`; по умолчанию — его собственная.
doc-rule-setting-points = Для `time-budget-drift`: на сколько пунктов вычисленное распределение может отойти от заявленного `time_budget`; по умолчанию 10.
doc-people-file-people = Одна запись на каждого человека отдела.
doc-person-name = Имя человека, например «Анна Петрова»; на сайте только при `publish_people: true`.
doc-person-roles = Роли человека: `[active-sales]` или с долей его часов на каждую: `{"{"}active-sales: 50%, client-service: 50%{"}"}`.
doc-person-hours = Оплачиваемые часы человека, если они не как в `working_time:`, например `20 a week` для работающего на полставки.
doc-person-from = Первый день, с которого человек учитывается, ГГГГ-ММ-ДД.
doc-person-until = Последний день, когда человек учитывается, ГГГГ-ММ-ДД.

## Первый месяц нового сотрудника (onboarding/ID.html)

onb-read = Прочитайте свою должностную инструкцию от начала до конца и спросите руководителя обо всём, что неясно
onb-superior = Познакомьтесь со своим руководителем (должность «{ $name }»): что, когда и как вы ему докладываете
onb-deputy = Познакомьтесь с тем, кто вас замещает (должность «{ $name }»): что ему нужно от вас, чтобы замещать
onb-stage = Освойте свой этап «{ $stage }» ({ $process }): когда он завершён, его чек-лист и что делать, если что-то идёт не по плану
onb-sit-giver = Посидите рядом с сотрудником на должности «{ $role }», когда он передаёт вам «{ $from }» → «{ $to }»: посмотрите, что он передаёт, и повторите услышанное
onb-sit-taker = Передайте «{ $from }» → «{ $to }» вместе с сотрудником на должности «{ $role }», который принимает работу, и спросите, что ему нужно в первую очередь
onb-checklists = Пройдите сами каждый свой чек-лист ({ $count ->
    [one] { $count } список
    [few] { $count } списка
   *[many] { $count } списков
})
onb-kpi = Разберите с руководителем показатель «{ $name }»: его цель ({ $target }) и отчёт, по которому он считается
onb-stand-in = Освойте работу должности «{ $role }» настолько, чтобы её замещать
onb-self-check = Ответьте на вопросы самопроверки вместе с руководителем, затем подпишите должностную инструкцию
q-needs = Что должно быть готово до начала этапа «{ $stage }»?
q-done = Когда этап «{ $stage }» считается завершённым?
q-exception = На этапе «{ $stage }»: { $when }. Что вы делаете?
q-pass = Кому вы передаёте работу после этапа «{ $stage }» и что именно?
a-pass-to = Сотруднику на должности «{ $role }», для этапа «{ $stage }»
q-how = В какой срок и каким способом вы передаёте «{ $from }» → «{ $to }» и как узнаёте, что передача принята?
a-deadline = Срок: { $deadline }
a-channel = Канал: { $channel }
q-receive = Сотрудник на должности «{ $role }» передаёт вам «{ $from }» → «{ $to }»: что вы проверяете и что делаете первым?
q-decides = Кто принимает решение «{ $decision }» и до какой суммы?
a-level = { $shape ->
    [both] свыше { $over } и до { $up_to }: { $name }
    [over] свыше { $over }: { $name }
    [up_to] до { $up_to }: { $name }
   *[any] { $name }
}
q-kpi = Какова цель показателя «{ $name }» и какая оплата с ним связана?
a-target = Цель: { $target }
