// Generated from seeds/programmes/programme-definition.schema.json by `npm run emit:definition-validator -w @razem/seeds`.
// Do not edit: a test fails when it differs from what the schema gives. Plain JavaScript beside its
// declaration (definition-validator.d.ts), so the compiler neither checks nor re-emits its 250 kB.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://razem-hub.example/schemas/programme-definition.schema.json","title":"Razem Hub programme definition","description":"A programme (an ESF partnership) as data: its partners, tasks, activities, indicators with targets and plans, events, sites, media mentions, support kinds, and each partner's file layouts. Written as YAML or JSON; `hub programme check FILE` validates it against this schema and the cross-references, `hub programme apply FILE` loads it. Codes are the stable identifiers used in partner files, GraphQL dimension keys and exports; names are the labels people read (Polish).","type":"object","additionalProperties":false,"required":["code","name","description","startDate","endDate","syntheticParticipants","targetParticipants","participantCode","partners","tasks","activities","supportKinds","fileLayouts","events","sites","mediaMentions","indicators"],"properties":{"code":{"type":"string","description":"The programme's code: unique on the hub, used in URLs, `--programme` and exports.","minLength":1,"maxLength":40,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"name":{"type":"string","description":"The programme's name.","maxLength":200,"minLength":1},"description":{"type":"string","description":"What the programme does, in a sentence or two.","maxLength":2000},"startDate":{"type":"string","format":"date","description":"The programme's first day (YYYY-MM-DD)."},"endDate":{"type":"string","format":"date","description":"The programme's last day (not before startDate) (YYYY-MM-DD)."},"syntheticParticipants":{"type":"boolean","description":"True when the hub's participant-level data for this programme is generated, not real (shown as a notice)."},"targetParticipants":{"type":"integer","minimum":0,"description":"How many participants the programme plans to support."},"submissionDueDay":{"type":"integer","minimum":1,"maximum":28,"description":"Each partner owes each of its file kinds every month, by this day of the following month (1–28). Default 10."},"participantCode":{"type":"object","description":"The participant code every partner file uses (the register's key).","additionalProperties":false,"properties":{"pattern":{"type":"string","description":"A JavaScript regular expression (Unicode mode) the whole code must match: anchor it with ^ and $, e.g. ^RDR-\\d{3,}$.","maxLength":200,"minLength":1},"description":{"type":"string","description":"The pattern in words, for error messages, e.g. \"RDR- and three or more digits\".","maxLength":200,"minLength":1}},"required":["pattern","description"]},"partners":{"type":"array","description":"The partner organisations: at least one, codes unique.","items":{"$ref":"#/$defs/partner","description":"A partner."},"minItems":1},"tasks":{"type":"array","description":"The programme's tasks (groups of activities), each run by one partner; codes unique.","items":{"$ref":"#/$defs/task","description":"A task."},"minItems":1},"activities":{"type":"array","description":"The activities participants take part in; codes unique, fileCodes unique within a partner.","items":{"$ref":"#/$defs/activity","description":"An activity."},"minItems":1},"supportKinds":{"type":"array","description":"The kinds of material support the programme gives (may be empty); codes unique.","items":{"$ref":"#/$defs/supportKind","description":"A support kind."}},"fileLayouts":{"type":"array","description":"Each partner's file layouts; kinds unique.","items":{"$ref":"#/$defs/fileLayout","description":"A file layout."}},"events":{"type":"array","description":"Events open to the local community; codes unique.","items":{"$ref":"#/$defs/event","description":"An event."}},"sites":{"type":"array","description":"Places redeveloped by the programme; codes unique.","items":{"$ref":"#/$defs/site","description":"A site."}},"mediaMentions":{"type":"array","description":"Publications about the programme; codes unique.","items":{"$ref":"#/$defs/mediaMention","description":"A media mention."}},"indicators":{"type":"array","description":"The programme's indicators, in the order the dashboard shows them; codes unique.","items":{"$ref":"#/$defs/indicator","description":"An indicator."}}},"$defs":{"partner":{"type":"object","description":"A partner organisation.","additionalProperties":false,"properties":{"code":{"type":"string","description":"Stable code (letters, digits, . _ -), used in imports, roles and exports.","minLength":1,"maxLength":20,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"name":{"type":"string","description":"Full name.","maxLength":200,"minLength":1},"shortName":{"type":"string","description":"Short name shown in charts.","maxLength":40,"minLength":1},"role":{"type":"string","description":"LEADER (the programme's lead partner) or PARTNER.","enum":["LEADER","PARTNER"]}},"required":["code","name","shortName","role"]},"task":{"type":"object","description":"A task: a group of activities run by one partner.","additionalProperties":false,"properties":{"code":{"type":"string","description":"Stable code.","minLength":1,"maxLength":20,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"name":{"type":"string","description":"Name.","maxLength":200,"minLength":1},"partner":{"type":"string","description":"The partner running the task (a partners[].code).","minLength":1,"maxLength":20,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"}},"required":["code","name","partner"]},"activity":{"type":"object","description":"An activity (workshop, class, course, community centre, event).","additionalProperties":false,"properties":{"code":{"type":"string","description":"Stable code: the ACTIVITY dimension key.","minLength":1,"maxLength":40,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"fileCode":{"type":"string","description":"The code this activity carries in its partner's files (`warsztat`, `zajecia`, `kurs` columns); unique within the partner.","minLength":1,"maxLength":40,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"name":{"type":"string","description":"Name.","maxLength":300,"minLength":1},"kind":{"type":"string","description":"The activity's kind.","enum":["WORKSHOP","ANIMATION_CLASS","VOCATIONAL_COURSE","COMMUNITY_CENTRE","EVENT"]},"partner":{"type":"string","description":"The partner running it (a partners[].code).","minLength":1,"maxLength":20,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"task":{"type":"string","description":"The task it belongs to (a tasks[].code).","minLength":1,"maxLength":20,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"venue":{"type":"string","description":"Where it takes place.","maxLength":300,"minLength":1},"organiser":{"type":"string","description":"Who runs it.","maxLength":300,"minLength":1}},"required":["code","fileCode","name","kind","partner","task","venue","organiser"]},"supportKind":{"type":"object","description":"A kind of material support (equipment, examinations, allowances).","additionalProperties":false,"properties":{"code":{"type":"string","description":"Stable code: the SUPPORT_KIND dimension key and filter value.","minLength":1,"maxLength":40,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"name":{"type":"object","description":"The kind's label in both languages.","additionalProperties":false,"properties":{"pl":{"type":"string","description":"Polish label.","maxLength":200,"minLength":1},"en":{"type":"string","description":"English label.","maxLength":200,"minLength":1}},"required":["pl","en"]},"activity":{"type":"string","description":"The activity the support is given in (an activities[].code): support rows carry no activity of their own.","minLength":1,"maxLength":40,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"}},"required":["code","name","activity"]},"fileLayout":{"type":"object","description":"One partner file layout: what a partner's own export looks like and which unified record it feeds. The file is read by its header (column order may vary); mapped columns are validated and stored; dropColumns are never read; any other column is ignored and never stored.","additionalProperties":false,"properties":{"kind":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","maxLength":40,"description":"The kind code partners name on import (`hub import --kind`, `POST /imports/{kind}`): lower-case letters, digits and hyphens; unique in the programme."},"partner":{"type":"string","description":"The partner that sends this file (a partners[].code).","minLength":1,"maxLength":20,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"record":{"type":"string","description":"The unified record the file feeds.","enum":["register","attendance","childcare","results","support","exams"]},"format":{"type":"string","description":"csv: delimited text; xlsx: one worksheet of an Excel workbook, its first row the header.","enum":["csv","xlsx"]},"delimiter":{"type":"string","description":"csv only (required there): the field delimiter.","enum":[";",",","\t","|"]},"encodings":{"type":"array","description":"csv only: the encodings the partner's system writes (read as `--encoding` says, else detected among these). Default: utf-8.","items":{"enum":["utf-8","windows-1250"]},"minItems":1,"uniqueItems":true},"sheet":{"type":"string","description":"xlsx only: the worksheet's name (default: the first).","maxLength":31,"minLength":1},"dateFormat":{"type":"string","description":"How text dates are written (xlsx date cells are read as dates whatever this says).","enum":["YYYY-MM-DD","DD.MM.YYYY","DD/MM/YYYY","DD-MM-YYYY"]},"decimalSeparator":{"type":"string","description":"Decimal separator of text numbers: '.', ',' or either (1.5 and 1,5).","enum":[".",",","either"]},"activity":{"type":"string","description":"childcare only (required there): the activity childcare is recorded under (an activities[].code).","minLength":1,"maxLength":40,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"columns":{"type":"object","description":"record field → the file's column name (the header cell); each column at most once. Which fields a record needs: the participant by exactly one of participantCode or pesel (the register maps both), and every other field of the record except support's description.","additionalProperties":false,"minProperties":1,"properties":{"participantCode":{"type":"string","description":"The participant code (the register's key; format: participantCode.pattern). Value: the column's name.","maxLength":100,"minLength":1},"pesel":{"type":"string","description":"The PESEL, where a partner only knows it: stored only as an HMAC and linked to the register. Value: the column's name.","maxLength":100,"minLength":1},"entryDate":{"type":"string","description":"register: the day the participant joined the programme. Value: the column's name.","maxLength":100,"minLength":1},"exitDate":{"type":"string","description":"register: the day the participant left it (empty: still in the programme). Value: the column's name.","maxLength":100,"minLength":1},"exitReason":{"type":"string","description":"register: why the participant left (a code mapped by codes.exitReason). Value: the column's name.","maxLength":100,"minLength":1},"labourStatus":{"type":"string","description":"register: labour-market status on entry (codes.labourStatus). Value: the column's name.","maxLength":100,"minLength":1},"education":{"type":"string","description":"register: education on entry (codes.education). Value: the column's name.","maxLength":100,"minLength":1},"activity":{"type":"string","description":"attendance, exams: the activity's fileCode (the code it carries in this partner's files). Value: the column's name.","maxLength":100,"minLength":1},"date":{"type":"string","description":"The day the row is about (session, childcare day, result, support, exam). Value: the column's name.","maxLength":100,"minLength":1},"sessionLength":{"type":"string","description":"attendance: how long the session was, in the unit sessionLength.unit says. Value: the column's name.","maxLength":100,"minLength":1},"status":{"type":"string","description":"attendance: present, absent or excused (codes.status). Value: the column's name.","maxLength":100,"minLength":1},"children":{"type":"string","description":"childcare: how many of the participant's children were looked after. Value: the column's name.","maxLength":100,"minLength":1},"hours":{"type":"string","description":"childcare: for how many hours. Value: the column's name.","maxLength":100,"minLength":1},"result":{"type":"string","description":"results: the participant's result after leaving (codes.result). Value: the column's name.","maxLength":100,"minLength":1},"supportKind":{"type":"string","description":"support: the kind of support given (codes.supportKind, onto the programme's supportKinds). Value: the column's name.","maxLength":100,"minLength":1},"quantity":{"type":"string","description":"support: how many items. Value: the column's name.","maxLength":100,"minLength":1},"description":{"type":"string","description":"support: free text about the support (optional). Value: the column's name.","maxLength":100,"minLength":1},"outcome":{"type":"string","description":"exams: passed or failed (codes.outcome). Value: the column's name.","maxLength":100,"minLength":1},"certificateNumber":{"type":"string","description":"exams: the certificate's number (PASSED needs one, FAILED must have none). Value: the column's name.","maxLength":100,"minLength":1}}},"dropColumns":{"type":"array","description":"Columns the export carries that must never be read (personal names): dropped unread. Default: none.","items":{"type":"string","description":"A column's name.","maxLength":100,"minLength":1},"uniqueItems":true,"default":[]},"sessionLength":{"type":"object","description":"attendance only (required there): what the sessionLength column counts.","additionalProperties":false,"properties":{"unit":{"type":"string","description":"HOURS, MINUTES, or LESSON_HOURS (school lessons of lessonMinutes each).","enum":["HOURS","MINUTES","LESSON_HOURS"]},"lessonMinutes":{"type":"integer","minimum":1,"maximum":240,"description":"LESSON_HOURS only (required there): minutes per lesson (ZDZ: 45)."}},"required":["unit"]},"codes":{"type":"object","description":"The partner's own codes, per coded field of the record, mapped to the hub's values. Default: none.","additionalProperties":false,"properties":{"status":{"type":"object","description":"The partner's codes for attendance status: partner code → PRESENT, ABSENT or EXCUSED.","propertyNames":{"minLength":1},"additionalProperties":{"type":"string","enum":["PRESENT","ABSENT","EXCUSED"]},"minProperties":1},"exitReason":{"type":"object","description":"The partner's codes for register exit reason: partner code → COMPLETED or DROPPED_OUT (an empty cell: still in the programme).","propertyNames":{"minLength":1},"additionalProperties":{"type":"string","enum":["COMPLETED","DROPPED_OUT"]},"minProperties":1},"labourStatus":{"type":"object","description":"The partner's codes for register labour-market status: partner code → UNEMPLOYED, INACTIVE or EMPLOYED.","propertyNames":{"minLength":1},"additionalProperties":{"type":"string","enum":["UNEMPLOYED","INACTIVE","EMPLOYED"]},"minProperties":1},"education":{"type":"object","description":"The partner's codes for register education: partner code → PRIMARY, LOWER_SECONDARY (ISCED 0–2), UPPER_SECONDARY, POST_SECONDARY (3–4) or TERTIARY (5–8).","propertyNames":{"minLength":1},"additionalProperties":{"type":"string","enum":["PRIMARY","LOWER_SECONDARY","UPPER_SECONDARY","POST_SECONDARY","TERTIARY"]},"minProperties":1},"result":{"type":"object","description":"The partner's codes for results: partner code → EMPLOYED, SELF_EMPLOYED, IN_EDUCATION or JOB_SEEKING.","propertyNames":{"minLength":1},"additionalProperties":{"type":"string","enum":["EMPLOYED","SELF_EMPLOYED","IN_EDUCATION","JOB_SEEKING"]},"minProperties":1},"outcome":{"type":"object","description":"The partner's codes for exams: partner code → PASSED or FAILED.","propertyNames":{"minLength":1},"additionalProperties":{"type":"string","enum":["PASSED","FAILED"]},"minProperties":1},"supportKind":{"type":"object","description":"The partner's codes for support: partner code → a code of the programme's supportKinds.","propertyNames":{"minLength":1},"additionalProperties":{"type":"string","minLength":1},"minProperties":1}},"default":{}}},"required":["kind","partner","record","format","dateFormat","decimalSeparator","columns"]},"event":{"type":"object","description":"An event open to the local community.","additionalProperties":false,"properties":{"code":{"type":"string","description":"Stable code.","minLength":1,"maxLength":40,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"name":{"type":"string","description":"Name.","maxLength":200,"minLength":1},"date":{"type":"string","format":"date","description":"The day it took place (YYYY-MM-DD)."},"venue":{"type":"string","description":"Where.","maxLength":300,"minLength":1},"description":{"type":"string","description":"What happened.","maxLength":2000},"audience":{"type":["integer","null"],"minimum":0,"description":"Audience size; null when the source does not give it."},"audienceIllustrative":{"type":"boolean","description":"True when the audience is not from the programme's documents but set for illustration."}},"required":["code","name","date","venue","description","audience","audienceIllustrative"]},"site":{"type":"object","description":"A place the programme redeveloped.","additionalProperties":false,"properties":{"code":{"type":"string","description":"Stable code.","minLength":1,"maxLength":40,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"name":{"type":"string","description":"Name.","maxLength":200,"minLength":1},"description":{"type":"string","description":"What was done there.","maxLength":2000},"redevelopedOn":{"type":["string","null"],"format":"date","description":"The day the work was finished (YYYY-MM-DD); null when unknown."}},"required":["code","name","description","redevelopedOn"]},"mediaMention":{"type":"object","description":"A publication about the programme.","additionalProperties":false,"properties":{"code":{"type":"string","description":"Stable code.","minLength":1,"maxLength":40,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"outlet":{"type":"string","description":"Where it was published.","maxLength":200,"minLength":1},"title":{"type":"string","description":"Its title.","maxLength":400,"minLength":1},"publishedOn":{"type":["string","null"],"format":"date","description":"The day it was published (YYYY-MM-DD); null when unknown."}},"required":["code","outlet","title","publishedOn"]},"indicator":{"type":"object","description":"An indicator: a measure (or a ratio of two) with its target and plan.","additionalProperties":false,"properties":{"code":{"type":"string","description":"Stable code.","minLength":1,"maxLength":60,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"name":{"type":"string","description":"Name.","maxLength":300,"minLength":1},"description":{"type":"string","description":"How it is counted, in words.","maxLength":2000},"numerator":{"$ref":"#/$defs/term","description":"What is counted."},"denominator":{"$ref":"#/$defs/term","description":"RATE only (required there): what the numerator is divided by."},"target":{"type":["number","null"],"minimum":0,"description":"The value to reach (RATE: a fraction 0–1); null when the programme sets none."},"targetIllustrative":{"type":"boolean","description":"True when the target is not in the programme's own documents but set for illustration."},"direction":{"type":"string","description":"AT_LEAST (default): a floor to reach; AT_MOST: a ceiling to stay under (a dropout rate).","enum":["AT_LEAST","AT_MOST"]},"plan":{"$ref":"#/$defs/plan","description":"The planned trajectory towards the target, when the programme sets one."},"unit":{"type":"string","description":"COUNT, RATE (numerator ÷ denominator) or HOURS.","enum":["COUNT","RATE","HOURS"]}},"required":["code","name","description","numerator","target","targetIllustrative","unit"]},"term":{"type":"object","description":"One measure, optionally filtered.","additionalProperties":false,"properties":{"measure":{"type":"string","description":"The measure counted (docs/interfaces.md §4).","enum":["PARTICIPANTS","ACTIVE_PARTICIPANTS","SESSIONS","ATTENDANCES","ATTENDANCE_RECORDS","ATTENDANCE_HOURS","ATTENDANCE_RATE","CERTIFICATES","CERTIFIED_PARTICIPANTS","COMPLETIONS","DROPOUTS","RESULTS","CHILDCARE_HOURS","SUPPORT_ITEMS","SITES","EVENTS","MEDIA_MENTIONS"]},"filter":{"$ref":"#/$defs/filter","description":"Which records the measure counts (absent: all of the programme's)."}},"required":["measure"]},"filter":{"type":"object","description":"Which records the measure counts: the same vocabulary as the GraphQL AnalyticsFilter; every list narrows, values of one list are alternatives.","additionalProperties":false,"properties":{"partners":{"type":"array","description":"Partner codes of this definition.","items":{"type":"string"},"minItems":1,"uniqueItems":true},"tasks":{"type":"array","description":"Task codes of this definition.","items":{"type":"string"},"minItems":1,"uniqueItems":true},"activities":{"type":"array","description":"Activity codes of this definition.","items":{"type":"string"},"minItems":1,"uniqueItems":true},"activityKinds":{"type":"array","description":"Activity kinds.","items":{"enum":["WORKSHOP","ANIMATION_CLASS","VOCATIONAL_COURSE","COMMUNITY_CENTRE","EVENT"]},"minItems":1,"uniqueItems":true},"sexes":{"type":"array","description":"Sexes (from the PESEL).","items":{"enum":["FEMALE","MALE"]},"minItems":1,"uniqueItems":true},"ageBands":{"type":"array","description":"Age bands on entry.","items":{"enum":["UNDER_18","AGE_18_24","AGE_25_29","AGE_30_54","AGE_55_PLUS"]},"minItems":1,"uniqueItems":true},"labourStatuses":{"type":"array","description":"Labour-market statuses on entry.","items":{"enum":["UNEMPLOYED","INACTIVE","EMPLOYED"]},"minItems":1,"uniqueItems":true},"educations":{"type":"array","description":"Education bands on entry (ISCED).","items":{"enum":["ISCED_0_2","ISCED_3_4","ISCED_5_8"]},"minItems":1,"uniqueItems":true},"resultTypes":{"type":"array","description":"Result types.","items":{"enum":["EMPLOYED","SELF_EMPLOYED","IN_EDUCATION","JOB_SEEKING"]},"minItems":1,"uniqueItems":true},"supportKinds":{"type":"array","description":"Support kind codes of this definition (supportKinds[].code).","items":{"type":"string"},"minItems":1,"uniqueItems":true}},"required":[]},"plan":{"type":"object","description":"The planned trajectory towards the target: cumulative planned values by month, either listed (points) or rising evenly (even). Months without a point carry the last one on; every month lies inside the programme's period.","additionalProperties":false,"properties":{"illustrative":{"type":"boolean","description":"True when the plan is not in the programme's own documents but set for illustration."},"points":{"type":"array","description":"A plan listed month by month: cumulative planned values, months in ascending order.","items":{"type":"object","description":"One month of the plan.","additionalProperties":false,"properties":{"month":{"type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])$","description":"The month (YYYY-MM)."},"planned":{"type":"number","minimum":0,"description":"The cumulative value planned to be reached by the month's end."}},"required":["month","planned"]},"minItems":1},"even":{"type":"object","description":"A plan rising evenly instead of points: month i of n plans round(start + (end − start) × i ÷ n); expanded into points when the definition is loaded.","additionalProperties":false,"properties":{"from":{"type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])$","description":"The first month (YYYY-MM)."},"to":{"type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])$","description":"The last month (YYYY-MM), when the plan reaches `end`."},"start":{"type":"number","minimum":0,"description":"The value the rise starts from (before the first month). Default 0."},"end":{"type":"number","minimum":0,"description":"The value reached in the last month. Default: the indicator's target."}},"required":["from","to"]}},"required":["illustrative"],"oneOf":[{"required":["points"]},{"required":["even"]}]}}};
const schema32 = {"type":"object","description":"A partner organisation.","additionalProperties":false,"properties":{"code":{"type":"string","description":"Stable code (letters, digits, . _ -), used in imports, roles and exports.","minLength":1,"maxLength":20,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"name":{"type":"string","description":"Full name.","maxLength":200,"minLength":1},"shortName":{"type":"string","description":"Short name shown in charts.","maxLength":40,"minLength":1},"role":{"type":"string","description":"LEADER (the programme's lead partner) or PARTNER.","enum":["LEADER","PARTNER"]}},"required":["code","name","shortName","role"]};
const schema33 = {"type":"object","description":"A task: a group of activities run by one partner.","additionalProperties":false,"properties":{"code":{"type":"string","description":"Stable code.","minLength":1,"maxLength":20,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"name":{"type":"string","description":"Name.","maxLength":200,"minLength":1},"partner":{"type":"string","description":"The partner running the task (a partners[].code).","minLength":1,"maxLength":20,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"}},"required":["code","name","partner"]};
const schema34 = {"type":"object","description":"An activity (workshop, class, course, community centre, event).","additionalProperties":false,"properties":{"code":{"type":"string","description":"Stable code: the ACTIVITY dimension key.","minLength":1,"maxLength":40,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"fileCode":{"type":"string","description":"The code this activity carries in its partner's files (`warsztat`, `zajecia`, `kurs` columns); unique within the partner.","minLength":1,"maxLength":40,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"name":{"type":"string","description":"Name.","maxLength":300,"minLength":1},"kind":{"type":"string","description":"The activity's kind.","enum":["WORKSHOP","ANIMATION_CLASS","VOCATIONAL_COURSE","COMMUNITY_CENTRE","EVENT"]},"partner":{"type":"string","description":"The partner running it (a partners[].code).","minLength":1,"maxLength":20,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"task":{"type":"string","description":"The task it belongs to (a tasks[].code).","minLength":1,"maxLength":20,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"venue":{"type":"string","description":"Where it takes place.","maxLength":300,"minLength":1},"organiser":{"type":"string","description":"Who runs it.","maxLength":300,"minLength":1}},"required":["code","fileCode","name","kind","partner","task","venue","organiser"]};
const schema35 = {"type":"object","description":"A kind of material support (equipment, examinations, allowances).","additionalProperties":false,"properties":{"code":{"type":"string","description":"Stable code: the SUPPORT_KIND dimension key and filter value.","minLength":1,"maxLength":40,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"name":{"type":"object","description":"The kind's label in both languages.","additionalProperties":false,"properties":{"pl":{"type":"string","description":"Polish label.","maxLength":200,"minLength":1},"en":{"type":"string","description":"English label.","maxLength":200,"minLength":1}},"required":["pl","en"]},"activity":{"type":"string","description":"The activity the support is given in (an activities[].code): support rows carry no activity of their own.","minLength":1,"maxLength":40,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"}},"required":["code","name","activity"]};
const schema36 = {"type":"object","description":"One partner file layout: what a partner's own export looks like and which unified record it feeds. The file is read by its header (column order may vary); mapped columns are validated and stored; dropColumns are never read; any other column is ignored and never stored.","additionalProperties":false,"properties":{"kind":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","maxLength":40,"description":"The kind code partners name on import (`hub import --kind`, `POST /imports/{kind}`): lower-case letters, digits and hyphens; unique in the programme."},"partner":{"type":"string","description":"The partner that sends this file (a partners[].code).","minLength":1,"maxLength":20,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"record":{"type":"string","description":"The unified record the file feeds.","enum":["register","attendance","childcare","results","support","exams"]},"format":{"type":"string","description":"csv: delimited text; xlsx: one worksheet of an Excel workbook, its first row the header.","enum":["csv","xlsx"]},"delimiter":{"type":"string","description":"csv only (required there): the field delimiter.","enum":[";",",","\t","|"]},"encodings":{"type":"array","description":"csv only: the encodings the partner's system writes (read as `--encoding` says, else detected among these). Default: utf-8.","items":{"enum":["utf-8","windows-1250"]},"minItems":1,"uniqueItems":true},"sheet":{"type":"string","description":"xlsx only: the worksheet's name (default: the first).","maxLength":31,"minLength":1},"dateFormat":{"type":"string","description":"How text dates are written (xlsx date cells are read as dates whatever this says).","enum":["YYYY-MM-DD","DD.MM.YYYY","DD/MM/YYYY","DD-MM-YYYY"]},"decimalSeparator":{"type":"string","description":"Decimal separator of text numbers: '.', ',' or either (1.5 and 1,5).","enum":[".",",","either"]},"activity":{"type":"string","description":"childcare only (required there): the activity childcare is recorded under (an activities[].code).","minLength":1,"maxLength":40,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"columns":{"type":"object","description":"record field → the file's column name (the header cell); each column at most once. Which fields a record needs: the participant by exactly one of participantCode or pesel (the register maps both), and every other field of the record except support's description.","additionalProperties":false,"minProperties":1,"properties":{"participantCode":{"type":"string","description":"The participant code (the register's key; format: participantCode.pattern). Value: the column's name.","maxLength":100,"minLength":1},"pesel":{"type":"string","description":"The PESEL, where a partner only knows it: stored only as an HMAC and linked to the register. Value: the column's name.","maxLength":100,"minLength":1},"entryDate":{"type":"string","description":"register: the day the participant joined the programme. Value: the column's name.","maxLength":100,"minLength":1},"exitDate":{"type":"string","description":"register: the day the participant left it (empty: still in the programme). Value: the column's name.","maxLength":100,"minLength":1},"exitReason":{"type":"string","description":"register: why the participant left (a code mapped by codes.exitReason). Value: the column's name.","maxLength":100,"minLength":1},"labourStatus":{"type":"string","description":"register: labour-market status on entry (codes.labourStatus). Value: the column's name.","maxLength":100,"minLength":1},"education":{"type":"string","description":"register: education on entry (codes.education). Value: the column's name.","maxLength":100,"minLength":1},"activity":{"type":"string","description":"attendance, exams: the activity's fileCode (the code it carries in this partner's files). Value: the column's name.","maxLength":100,"minLength":1},"date":{"type":"string","description":"The day the row is about (session, childcare day, result, support, exam). Value: the column's name.","maxLength":100,"minLength":1},"sessionLength":{"type":"string","description":"attendance: how long the session was, in the unit sessionLength.unit says. Value: the column's name.","maxLength":100,"minLength":1},"status":{"type":"string","description":"attendance: present, absent or excused (codes.status). Value: the column's name.","maxLength":100,"minLength":1},"children":{"type":"string","description":"childcare: how many of the participant's children were looked after. Value: the column's name.","maxLength":100,"minLength":1},"hours":{"type":"string","description":"childcare: for how many hours. Value: the column's name.","maxLength":100,"minLength":1},"result":{"type":"string","description":"results: the participant's result after leaving (codes.result). Value: the column's name.","maxLength":100,"minLength":1},"supportKind":{"type":"string","description":"support: the kind of support given (codes.supportKind, onto the programme's supportKinds). Value: the column's name.","maxLength":100,"minLength":1},"quantity":{"type":"string","description":"support: how many items. Value: the column's name.","maxLength":100,"minLength":1},"description":{"type":"string","description":"support: free text about the support (optional). Value: the column's name.","maxLength":100,"minLength":1},"outcome":{"type":"string","description":"exams: passed or failed (codes.outcome). Value: the column's name.","maxLength":100,"minLength":1},"certificateNumber":{"type":"string","description":"exams: the certificate's number (PASSED needs one, FAILED must have none). Value: the column's name.","maxLength":100,"minLength":1}}},"dropColumns":{"type":"array","description":"Columns the export carries that must never be read (personal names): dropped unread. Default: none.","items":{"type":"string","description":"A column's name.","maxLength":100,"minLength":1},"uniqueItems":true,"default":[]},"sessionLength":{"type":"object","description":"attendance only (required there): what the sessionLength column counts.","additionalProperties":false,"properties":{"unit":{"type":"string","description":"HOURS, MINUTES, or LESSON_HOURS (school lessons of lessonMinutes each).","enum":["HOURS","MINUTES","LESSON_HOURS"]},"lessonMinutes":{"type":"integer","minimum":1,"maximum":240,"description":"LESSON_HOURS only (required there): minutes per lesson (ZDZ: 45)."}},"required":["unit"]},"codes":{"type":"object","description":"The partner's own codes, per coded field of the record, mapped to the hub's values. Default: none.","additionalProperties":false,"properties":{"status":{"type":"object","description":"The partner's codes for attendance status: partner code → PRESENT, ABSENT or EXCUSED.","propertyNames":{"minLength":1},"additionalProperties":{"type":"string","enum":["PRESENT","ABSENT","EXCUSED"]},"minProperties":1},"exitReason":{"type":"object","description":"The partner's codes for register exit reason: partner code → COMPLETED or DROPPED_OUT (an empty cell: still in the programme).","propertyNames":{"minLength":1},"additionalProperties":{"type":"string","enum":["COMPLETED","DROPPED_OUT"]},"minProperties":1},"labourStatus":{"type":"object","description":"The partner's codes for register labour-market status: partner code → UNEMPLOYED, INACTIVE or EMPLOYED.","propertyNames":{"minLength":1},"additionalProperties":{"type":"string","enum":["UNEMPLOYED","INACTIVE","EMPLOYED"]},"minProperties":1},"education":{"type":"object","description":"The partner's codes for register education: partner code → PRIMARY, LOWER_SECONDARY (ISCED 0–2), UPPER_SECONDARY, POST_SECONDARY (3–4) or TERTIARY (5–8).","propertyNames":{"minLength":1},"additionalProperties":{"type":"string","enum":["PRIMARY","LOWER_SECONDARY","UPPER_SECONDARY","POST_SECONDARY","TERTIARY"]},"minProperties":1},"result":{"type":"object","description":"The partner's codes for results: partner code → EMPLOYED, SELF_EMPLOYED, IN_EDUCATION or JOB_SEEKING.","propertyNames":{"minLength":1},"additionalProperties":{"type":"string","enum":["EMPLOYED","SELF_EMPLOYED","IN_EDUCATION","JOB_SEEKING"]},"minProperties":1},"outcome":{"type":"object","description":"The partner's codes for exams: partner code → PASSED or FAILED.","propertyNames":{"minLength":1},"additionalProperties":{"type":"string","enum":["PASSED","FAILED"]},"minProperties":1},"supportKind":{"type":"object","description":"The partner's codes for support: partner code → a code of the programme's supportKinds.","propertyNames":{"minLength":1},"additionalProperties":{"type":"string","minLength":1},"minProperties":1}},"default":{}}},"required":["kind","partner","record","format","dateFormat","decimalSeparator","columns"]};
const schema37 = {"type":"object","description":"An event open to the local community.","additionalProperties":false,"properties":{"code":{"type":"string","description":"Stable code.","minLength":1,"maxLength":40,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"name":{"type":"string","description":"Name.","maxLength":200,"minLength":1},"date":{"type":"string","format":"date","description":"The day it took place (YYYY-MM-DD)."},"venue":{"type":"string","description":"Where.","maxLength":300,"minLength":1},"description":{"type":"string","description":"What happened.","maxLength":2000},"audience":{"type":["integer","null"],"minimum":0,"description":"Audience size; null when the source does not give it."},"audienceIllustrative":{"type":"boolean","description":"True when the audience is not from the programme's documents but set for illustration."}},"required":["code","name","date","venue","description","audience","audienceIllustrative"]};
const schema38 = {"type":"object","description":"A place the programme redeveloped.","additionalProperties":false,"properties":{"code":{"type":"string","description":"Stable code.","minLength":1,"maxLength":40,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"name":{"type":"string","description":"Name.","maxLength":200,"minLength":1},"description":{"type":"string","description":"What was done there.","maxLength":2000},"redevelopedOn":{"type":["string","null"],"format":"date","description":"The day the work was finished (YYYY-MM-DD); null when unknown."}},"required":["code","name","description","redevelopedOn"]};
const schema39 = {"type":"object","description":"A publication about the programme.","additionalProperties":false,"properties":{"code":{"type":"string","description":"Stable code.","minLength":1,"maxLength":40,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"outlet":{"type":"string","description":"Where it was published.","maxLength":200,"minLength":1},"title":{"type":"string","description":"Its title.","maxLength":400,"minLength":1},"publishedOn":{"type":["string","null"],"format":"date","description":"The day it was published (YYYY-MM-DD); null when unknown."}},"required":["code","outlet","title","publishedOn"]};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const func0 = require("ajv/dist/runtime/equal").default;
const pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
const pattern14 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
const formats0 = require("ajv-formats/dist/formats").fullFormats.date;
const schema40 = {"type":"object","description":"An indicator: a measure (or a ratio of two) with its target and plan.","additionalProperties":false,"properties":{"code":{"type":"string","description":"Stable code.","minLength":1,"maxLength":60,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"name":{"type":"string","description":"Name.","maxLength":300,"minLength":1},"description":{"type":"string","description":"How it is counted, in words.","maxLength":2000},"numerator":{"$ref":"#/$defs/term","description":"What is counted."},"denominator":{"$ref":"#/$defs/term","description":"RATE only (required there): what the numerator is divided by."},"target":{"type":["number","null"],"minimum":0,"description":"The value to reach (RATE: a fraction 0–1); null when the programme sets none."},"targetIllustrative":{"type":"boolean","description":"True when the target is not in the programme's own documents but set for illustration."},"direction":{"type":"string","description":"AT_LEAST (default): a floor to reach; AT_MOST: a ceiling to stay under (a dropout rate).","enum":["AT_LEAST","AT_MOST"]},"plan":{"$ref":"#/$defs/plan","description":"The planned trajectory towards the target, when the programme sets one."},"unit":{"type":"string","description":"COUNT, RATE (numerator ÷ denominator) or HOURS.","enum":["COUNT","RATE","HOURS"]}},"required":["code","name","description","numerator","target","targetIllustrative","unit"]};
const schema43 = {"type":"object","description":"The planned trajectory towards the target: cumulative planned values by month, either listed (points) or rising evenly (even). Months without a point carry the last one on; every month lies inside the programme's period.","additionalProperties":false,"properties":{"illustrative":{"type":"boolean","description":"True when the plan is not in the programme's own documents but set for illustration."},"points":{"type":"array","description":"A plan listed month by month: cumulative planned values, months in ascending order.","items":{"type":"object","description":"One month of the plan.","additionalProperties":false,"properties":{"month":{"type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])$","description":"The month (YYYY-MM)."},"planned":{"type":"number","minimum":0,"description":"The cumulative value planned to be reached by the month's end."}},"required":["month","planned"]},"minItems":1},"even":{"type":"object","description":"A plan rising evenly instead of points: month i of n plans round(start + (end − start) × i ÷ n); expanded into points when the definition is loaded.","additionalProperties":false,"properties":{"from":{"type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])$","description":"The first month (YYYY-MM)."},"to":{"type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])$","description":"The last month (YYYY-MM), when the plan reaches `end`."},"start":{"type":"number","minimum":0,"description":"The value the rise starts from (before the first month). Default 0."},"end":{"type":"number","minimum":0,"description":"The value reached in the last month. Default: the indicator's target."}},"required":["from","to"]}},"required":["illustrative"],"oneOf":[{"required":["points"]},{"required":["even"]}]};
const pattern21 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])$", "u");
const schema41 = {"type":"object","description":"One measure, optionally filtered.","additionalProperties":false,"properties":{"measure":{"type":"string","description":"The measure counted (docs/interfaces.md §4).","enum":["PARTICIPANTS","ACTIVE_PARTICIPANTS","SESSIONS","ATTENDANCES","ATTENDANCE_RECORDS","ATTENDANCE_HOURS","ATTENDANCE_RATE","CERTIFICATES","CERTIFIED_PARTICIPANTS","COMPLETIONS","DROPOUTS","RESULTS","CHILDCARE_HOURS","SUPPORT_ITEMS","SITES","EVENTS","MEDIA_MENTIONS"]},"filter":{"$ref":"#/$defs/filter","description":"Which records the measure counts (absent: all of the programme's)."}},"required":["measure"]};
const schema42 = {"type":"object","description":"Which records the measure counts: the same vocabulary as the GraphQL AnalyticsFilter; every list narrows, values of one list are alternatives.","additionalProperties":false,"properties":{"partners":{"type":"array","description":"Partner codes of this definition.","items":{"type":"string"},"minItems":1,"uniqueItems":true},"tasks":{"type":"array","description":"Task codes of this definition.","items":{"type":"string"},"minItems":1,"uniqueItems":true},"activities":{"type":"array","description":"Activity codes of this definition.","items":{"type":"string"},"minItems":1,"uniqueItems":true},"activityKinds":{"type":"array","description":"Activity kinds.","items":{"enum":["WORKSHOP","ANIMATION_CLASS","VOCATIONAL_COURSE","COMMUNITY_CENTRE","EVENT"]},"minItems":1,"uniqueItems":true},"sexes":{"type":"array","description":"Sexes (from the PESEL).","items":{"enum":["FEMALE","MALE"]},"minItems":1,"uniqueItems":true},"ageBands":{"type":"array","description":"Age bands on entry.","items":{"enum":["UNDER_18","AGE_18_24","AGE_25_29","AGE_30_54","AGE_55_PLUS"]},"minItems":1,"uniqueItems":true},"labourStatuses":{"type":"array","description":"Labour-market statuses on entry.","items":{"enum":["UNEMPLOYED","INACTIVE","EMPLOYED"]},"minItems":1,"uniqueItems":true},"educations":{"type":"array","description":"Education bands on entry (ISCED).","items":{"enum":["ISCED_0_2","ISCED_3_4","ISCED_5_8"]},"minItems":1,"uniqueItems":true},"resultTypes":{"type":"array","description":"Result types.","items":{"enum":["EMPLOYED","SELF_EMPLOYED","IN_EDUCATION","JOB_SEEKING"]},"minItems":1,"uniqueItems":true},"supportKinds":{"type":"array","description":"Support kind codes of this definition (supportKinds[].code).","items":{"type":"string"},"minItems":1,"uniqueItems":true}},"required":[]};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.measure === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "measure"},message:"must have required property '"+"measure"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "measure") || (key0 === "filter"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.measure !== undefined){
let data0 = data.measure;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/measure",schemaPath:"#/properties/measure/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.measure.type,parentSchema:schema41.properties.measure,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((((((((((((((((data0 === "PARTICIPANTS") || (data0 === "ACTIVE_PARTICIPANTS")) || (data0 === "SESSIONS")) || (data0 === "ATTENDANCES")) || (data0 === "ATTENDANCE_RECORDS")) || (data0 === "ATTENDANCE_HOURS")) || (data0 === "ATTENDANCE_RATE")) || (data0 === "CERTIFICATES")) || (data0 === "CERTIFIED_PARTICIPANTS")) || (data0 === "COMPLETIONS")) || (data0 === "DROPOUTS")) || (data0 === "RESULTS")) || (data0 === "CHILDCARE_HOURS")) || (data0 === "SUPPORT_ITEMS")) || (data0 === "SITES")) || (data0 === "EVENTS")) || (data0 === "MEDIA_MENTIONS"))){
const err3 = {instancePath:instancePath+"/measure",schemaPath:"#/properties/measure/enum",keyword:"enum",params:{allowedValues: schema41.properties.measure.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.measure.enum,parentSchema:schema41.properties.measure,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.filter !== undefined){
let data1 = data.filter;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(func1.call(schema42.properties, key1))){
const err4 = {instancePath:instancePath+"/filter",schemaPath:"#/$defs/filter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.partners !== undefined){
let data2 = data1.partners;
if(Array.isArray(data2)){
if(data2.length < 1){
const err5 = {instancePath:instancePath+"/filter/partners",schemaPath:"#/$defs/filter/properties/partners/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema42.properties.partners,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/filter/partners/" + i0,schemaPath:"#/$defs/filter/properties/partners/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.partners.items.type,parentSchema:schema42.properties.partners.items,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err7 = {instancePath:instancePath+"/filter/partners",schemaPath:"#/$defs/filter/properties/partners/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema42.properties.partners,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err8 = {instancePath:instancePath+"/filter/partners",schemaPath:"#/$defs/filter/properties/partners/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.partners.type,parentSchema:schema42.properties.partners,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.tasks !== undefined){
let data4 = data1.tasks;
if(Array.isArray(data4)){
if(data4.length < 1){
const err9 = {instancePath:instancePath+"/filter/tasks",schemaPath:"#/$defs/filter/properties/tasks/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema42.properties.tasks,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len1 = data4.length;
for(let i2=0; i2<len1; i2++){
let data5 = data4[i2];
if(typeof data5 !== "string"){
const err10 = {instancePath:instancePath+"/filter/tasks/" + i2,schemaPath:"#/$defs/filter/properties/tasks/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.tasks.items.type,parentSchema:schema42.properties.tasks.items,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
let i3 = data4.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data4[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err11 = {instancePath:instancePath+"/filter/tasks",schemaPath:"#/$defs/filter/properties/tasks/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema42.properties.tasks,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err12 = {instancePath:instancePath+"/filter/tasks",schemaPath:"#/$defs/filter/properties/tasks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.tasks.type,parentSchema:schema42.properties.tasks,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.activities !== undefined){
let data6 = data1.activities;
if(Array.isArray(data6)){
if(data6.length < 1){
const err13 = {instancePath:instancePath+"/filter/activities",schemaPath:"#/$defs/filter/properties/activities/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema42.properties.activities,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len2 = data6.length;
for(let i4=0; i4<len2; i4++){
let data7 = data6[i4];
if(typeof data7 !== "string"){
const err14 = {instancePath:instancePath+"/filter/activities/" + i4,schemaPath:"#/$defs/filter/properties/activities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.activities.items.type,parentSchema:schema42.properties.activities.items,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
let i5 = data6.length;
let j2;
if(i5 > 1){
const indices2 = {};
for(;i5--;){
let item2 = data6[i5];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err15 = {instancePath:instancePath+"/filter/activities",schemaPath:"#/$defs/filter/properties/activities/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema42.properties.activities,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
break;
}
indices2[item2] = i5;
}
}
}
else {
const err16 = {instancePath:instancePath+"/filter/activities",schemaPath:"#/$defs/filter/properties/activities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.activities.type,parentSchema:schema42.properties.activities,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.activityKinds !== undefined){
let data8 = data1.activityKinds;
if(Array.isArray(data8)){
if(data8.length < 1){
const err17 = {instancePath:instancePath+"/filter/activityKinds",schemaPath:"#/$defs/filter/properties/activityKinds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema42.properties.activityKinds,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len3 = data8.length;
for(let i6=0; i6<len3; i6++){
let data9 = data8[i6];
if(!(((((data9 === "WORKSHOP") || (data9 === "ANIMATION_CLASS")) || (data9 === "VOCATIONAL_COURSE")) || (data9 === "COMMUNITY_CENTRE")) || (data9 === "EVENT"))){
const err18 = {instancePath:instancePath+"/filter/activityKinds/" + i6,schemaPath:"#/$defs/filter/properties/activityKinds/items/enum",keyword:"enum",params:{allowedValues: schema42.properties.activityKinds.items.enum},message:"must be equal to one of the allowed values",schema:schema42.properties.activityKinds.items.enum,parentSchema:schema42.properties.activityKinds.items,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let i7 = data8.length;
let j3;
if(i7 > 1){
outer0:
for(;i7--;){
for(j3 = i7; j3--;){
if(func0(data8[i7], data8[j3])){
const err19 = {instancePath:instancePath+"/filter/activityKinds",schemaPath:"#/$defs/filter/properties/activityKinds/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)",schema:true,parentSchema:schema42.properties.activityKinds,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/filter/activityKinds",schemaPath:"#/$defs/filter/properties/activityKinds/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.activityKinds.type,parentSchema:schema42.properties.activityKinds,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data1.sexes !== undefined){
let data10 = data1.sexes;
if(Array.isArray(data10)){
if(data10.length < 1){
const err21 = {instancePath:instancePath+"/filter/sexes",schemaPath:"#/$defs/filter/properties/sexes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema42.properties.sexes,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len4 = data10.length;
for(let i8=0; i8<len4; i8++){
let data11 = data10[i8];
if(!((data11 === "FEMALE") || (data11 === "MALE"))){
const err22 = {instancePath:instancePath+"/filter/sexes/" + i8,schemaPath:"#/$defs/filter/properties/sexes/items/enum",keyword:"enum",params:{allowedValues: schema42.properties.sexes.items.enum},message:"must be equal to one of the allowed values",schema:schema42.properties.sexes.items.enum,parentSchema:schema42.properties.sexes.items,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
let i9 = data10.length;
let j4;
if(i9 > 1){
outer1:
for(;i9--;){
for(j4 = i9; j4--;){
if(func0(data10[i9], data10[j4])){
const err23 = {instancePath:instancePath+"/filter/sexes",schemaPath:"#/$defs/filter/properties/sexes/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i9+" are identical)",schema:true,parentSchema:schema42.properties.sexes,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/filter/sexes",schemaPath:"#/$defs/filter/properties/sexes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.sexes.type,parentSchema:schema42.properties.sexes,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data1.ageBands !== undefined){
let data12 = data1.ageBands;
if(Array.isArray(data12)){
if(data12.length < 1){
const err25 = {instancePath:instancePath+"/filter/ageBands",schemaPath:"#/$defs/filter/properties/ageBands/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema42.properties.ageBands,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len5 = data12.length;
for(let i10=0; i10<len5; i10++){
let data13 = data12[i10];
if(!(((((data13 === "UNDER_18") || (data13 === "AGE_18_24")) || (data13 === "AGE_25_29")) || (data13 === "AGE_30_54")) || (data13 === "AGE_55_PLUS"))){
const err26 = {instancePath:instancePath+"/filter/ageBands/" + i10,schemaPath:"#/$defs/filter/properties/ageBands/items/enum",keyword:"enum",params:{allowedValues: schema42.properties.ageBands.items.enum},message:"must be equal to one of the allowed values",schema:schema42.properties.ageBands.items.enum,parentSchema:schema42.properties.ageBands.items,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
let i11 = data12.length;
let j5;
if(i11 > 1){
outer2:
for(;i11--;){
for(j5 = i11; j5--;){
if(func0(data12[i11], data12[j5])){
const err27 = {instancePath:instancePath+"/filter/ageBands",schemaPath:"#/$defs/filter/properties/ageBands/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i11+" are identical)",schema:true,parentSchema:schema42.properties.ageBands,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
break outer2;
}
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/filter/ageBands",schemaPath:"#/$defs/filter/properties/ageBands/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.ageBands.type,parentSchema:schema42.properties.ageBands,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data1.labourStatuses !== undefined){
let data14 = data1.labourStatuses;
if(Array.isArray(data14)){
if(data14.length < 1){
const err29 = {instancePath:instancePath+"/filter/labourStatuses",schemaPath:"#/$defs/filter/properties/labourStatuses/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema42.properties.labourStatuses,data:data14};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
const len6 = data14.length;
for(let i12=0; i12<len6; i12++){
let data15 = data14[i12];
if(!(((data15 === "UNEMPLOYED") || (data15 === "INACTIVE")) || (data15 === "EMPLOYED"))){
const err30 = {instancePath:instancePath+"/filter/labourStatuses/" + i12,schemaPath:"#/$defs/filter/properties/labourStatuses/items/enum",keyword:"enum",params:{allowedValues: schema42.properties.labourStatuses.items.enum},message:"must be equal to one of the allowed values",schema:schema42.properties.labourStatuses.items.enum,parentSchema:schema42.properties.labourStatuses.items,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
let i13 = data14.length;
let j6;
if(i13 > 1){
outer3:
for(;i13--;){
for(j6 = i13; j6--;){
if(func0(data14[i13], data14[j6])){
const err31 = {instancePath:instancePath+"/filter/labourStatuses",schemaPath:"#/$defs/filter/properties/labourStatuses/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i13+" are identical)",schema:true,parentSchema:schema42.properties.labourStatuses,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
break outer3;
}
}
}
}
}
else {
const err32 = {instancePath:instancePath+"/filter/labourStatuses",schemaPath:"#/$defs/filter/properties/labourStatuses/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.labourStatuses.type,parentSchema:schema42.properties.labourStatuses,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data1.educations !== undefined){
let data16 = data1.educations;
if(Array.isArray(data16)){
if(data16.length < 1){
const err33 = {instancePath:instancePath+"/filter/educations",schemaPath:"#/$defs/filter/properties/educations/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema42.properties.educations,data:data16};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len7 = data16.length;
for(let i14=0; i14<len7; i14++){
let data17 = data16[i14];
if(!(((data17 === "ISCED_0_2") || (data17 === "ISCED_3_4")) || (data17 === "ISCED_5_8"))){
const err34 = {instancePath:instancePath+"/filter/educations/" + i14,schemaPath:"#/$defs/filter/properties/educations/items/enum",keyword:"enum",params:{allowedValues: schema42.properties.educations.items.enum},message:"must be equal to one of the allowed values",schema:schema42.properties.educations.items.enum,parentSchema:schema42.properties.educations.items,data:data17};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
let i15 = data16.length;
let j7;
if(i15 > 1){
outer4:
for(;i15--;){
for(j7 = i15; j7--;){
if(func0(data16[i15], data16[j7])){
const err35 = {instancePath:instancePath+"/filter/educations",schemaPath:"#/$defs/filter/properties/educations/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i15+" are identical)",schema:true,parentSchema:schema42.properties.educations,data:data16};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
break outer4;
}
}
}
}
}
else {
const err36 = {instancePath:instancePath+"/filter/educations",schemaPath:"#/$defs/filter/properties/educations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.educations.type,parentSchema:schema42.properties.educations,data:data16};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data1.resultTypes !== undefined){
let data18 = data1.resultTypes;
if(Array.isArray(data18)){
if(data18.length < 1){
const err37 = {instancePath:instancePath+"/filter/resultTypes",schemaPath:"#/$defs/filter/properties/resultTypes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema42.properties.resultTypes,data:data18};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const len8 = data18.length;
for(let i16=0; i16<len8; i16++){
let data19 = data18[i16];
if(!((((data19 === "EMPLOYED") || (data19 === "SELF_EMPLOYED")) || (data19 === "IN_EDUCATION")) || (data19 === "JOB_SEEKING"))){
const err38 = {instancePath:instancePath+"/filter/resultTypes/" + i16,schemaPath:"#/$defs/filter/properties/resultTypes/items/enum",keyword:"enum",params:{allowedValues: schema42.properties.resultTypes.items.enum},message:"must be equal to one of the allowed values",schema:schema42.properties.resultTypes.items.enum,parentSchema:schema42.properties.resultTypes.items,data:data19};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
let i17 = data18.length;
let j8;
if(i17 > 1){
outer5:
for(;i17--;){
for(j8 = i17; j8--;){
if(func0(data18[i17], data18[j8])){
const err39 = {instancePath:instancePath+"/filter/resultTypes",schemaPath:"#/$defs/filter/properties/resultTypes/uniqueItems",keyword:"uniqueItems",params:{i: i17, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i17+" are identical)",schema:true,parentSchema:schema42.properties.resultTypes,data:data18};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
break outer5;
}
}
}
}
}
else {
const err40 = {instancePath:instancePath+"/filter/resultTypes",schemaPath:"#/$defs/filter/properties/resultTypes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.resultTypes.type,parentSchema:schema42.properties.resultTypes,data:data18};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data1.supportKinds !== undefined){
let data20 = data1.supportKinds;
if(Array.isArray(data20)){
if(data20.length < 1){
const err41 = {instancePath:instancePath+"/filter/supportKinds",schemaPath:"#/$defs/filter/properties/supportKinds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema42.properties.supportKinds,data:data20};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
const len9 = data20.length;
for(let i18=0; i18<len9; i18++){
let data21 = data20[i18];
if(typeof data21 !== "string"){
const err42 = {instancePath:instancePath+"/filter/supportKinds/" + i18,schemaPath:"#/$defs/filter/properties/supportKinds/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.supportKinds.items.type,parentSchema:schema42.properties.supportKinds.items,data:data21};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
let i19 = data20.length;
let j9;
if(i19 > 1){
const indices3 = {};
for(;i19--;){
let item3 = data20[i19];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j9 = indices3[item3];
const err43 = {instancePath:instancePath+"/filter/supportKinds",schemaPath:"#/$defs/filter/properties/supportKinds/uniqueItems",keyword:"uniqueItems",params:{i: i19, j: j9},message:"must NOT have duplicate items (items ## "+j9+" and "+i19+" are identical)",schema:true,parentSchema:schema42.properties.supportKinds,data:data20};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
break;
}
indices3[item3] = i19;
}
}
}
else {
const err44 = {instancePath:instancePath+"/filter/supportKinds",schemaPath:"#/$defs/filter/properties/supportKinds/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.supportKinds.type,parentSchema:schema42.properties.supportKinds,data:data20};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/filter",schemaPath:"#/$defs/filter/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data:data1};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.description === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.numerator === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "numerator"},message:"must have required property '"+"numerator"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.target === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.targetIllustrative === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "targetIllustrative"},message:"must have required property '"+"targetIllustrative"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.unit === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema40.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.code !== undefined){
let data0 = data.code;
if(typeof data0 === "string"){
if(func2(data0) > 60){
const err8 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema40.properties.code,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data0) < 1){
const err9 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.code,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern4.test(data0)){
const err10 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema40.properties.code,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.code.type,parentSchema:schema40.properties.code,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) > 300){
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema40.properties.name,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(data1) < 1){
const err13 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.name,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.name.type,parentSchema:schema40.properties.name,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 2000){
const err15 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema40.properties.description,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.description.type,parentSchema:schema40.properties.description,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.numerator !== undefined){
if(!(validate22(data.numerator, {instancePath:instancePath+"/numerator",parentData:data,parentDataProperty:"numerator",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.denominator !== undefined){
if(!(validate22(data.denominator, {instancePath:instancePath+"/denominator",parentData:data,parentDataProperty:"denominator",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.target !== undefined){
let data5 = data.target;
if((!((typeof data5 == "number") && (isFinite(data5)))) && (data5 !== null)){
const err17 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: schema40.properties.target.type},message:"must be number,null",schema:schema40.properties.target.type,parentSchema:schema40.properties.target,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema40.properties.target,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.targetIllustrative !== undefined){
let data6 = data.targetIllustrative;
if(typeof data6 !== "boolean"){
const err19 = {instancePath:instancePath+"/targetIllustrative",schemaPath:"#/properties/targetIllustrative/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema40.properties.targetIllustrative.type,parentSchema:schema40.properties.targetIllustrative,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.direction !== undefined){
let data7 = data.direction;
if(typeof data7 !== "string"){
const err20 = {instancePath:instancePath+"/direction",schemaPath:"#/properties/direction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.direction.type,parentSchema:schema40.properties.direction,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((data7 === "AT_LEAST") || (data7 === "AT_MOST"))){
const err21 = {instancePath:instancePath+"/direction",schemaPath:"#/properties/direction/enum",keyword:"enum",params:{allowedValues: schema40.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema40.properties.direction.enum,parentSchema:schema40.properties.direction,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.plan !== undefined){
let data8 = data.plan;
const _errs19 = errors;
let valid2 = false;
let passing0 = null;
const _errs20 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.points === undefined){
const err22 = {instancePath:instancePath+"/plan",schemaPath:"#/$defs/plan/oneOf/0/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'",schema:schema43.oneOf[0].required,parentSchema:schema43.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
var _valid0 = _errs20 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs21 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.even === undefined){
const err23 = {instancePath:instancePath+"/plan",schemaPath:"#/$defs/plan/oneOf/1/required",keyword:"required",params:{missingProperty: "even"},message:"must have required property '"+"even"+"'",schema:schema43.oneOf[1].required,parentSchema:schema43.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var _valid0 = _errs21 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err24 = {instancePath:instancePath+"/plan",schemaPath:"#/$defs/plan/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema43.oneOf,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.illustrative === undefined){
const err25 = {instancePath:instancePath+"/plan",schemaPath:"#/$defs/plan/required",keyword:"required",params:{missingProperty: "illustrative"},message:"must have required property '"+"illustrative"+"'",schema:schema43.required,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key1 in data8){
if(!(((key1 === "illustrative") || (key1 === "points")) || (key1 === "even"))){
const err26 = {instancePath:instancePath+"/plan",schemaPath:"#/$defs/plan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data8.illustrative !== undefined){
let data9 = data8.illustrative;
if(typeof data9 !== "boolean"){
const err27 = {instancePath:instancePath+"/plan/illustrative",schemaPath:"#/$defs/plan/properties/illustrative/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.illustrative.type,parentSchema:schema43.properties.illustrative,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data8.points !== undefined){
let data10 = data8.points;
if(Array.isArray(data10)){
if(data10.length < 1){
const err28 = {instancePath:instancePath+"/plan/points",schemaPath:"#/$defs/plan/properties/points/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema43.properties.points,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.month === undefined){
const err29 = {instancePath:instancePath+"/plan/points/" + i0,schemaPath:"#/$defs/plan/properties/points/items/required",keyword:"required",params:{missingProperty: "month"},message:"must have required property '"+"month"+"'",schema:schema43.properties.points.items.required,parentSchema:schema43.properties.points.items,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data11.planned === undefined){
const err30 = {instancePath:instancePath+"/plan/points/" + i0,schemaPath:"#/$defs/plan/properties/points/items/required",keyword:"required",params:{missingProperty: "planned"},message:"must have required property '"+"planned"+"'",schema:schema43.properties.points.items.required,parentSchema:schema43.properties.points.items,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key2 in data11){
if(!((key2 === "month") || (key2 === "planned"))){
const err31 = {instancePath:instancePath+"/plan/points/" + i0,schemaPath:"#/$defs/plan/properties/points/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema43.properties.points.items,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data11.month !== undefined){
let data12 = data11.month;
if(typeof data12 === "string"){
if(!pattern21.test(data12)){
const err32 = {instancePath:instancePath+"/plan/points/" + i0+"/month",schemaPath:"#/$defs/plan/properties/points/items/properties/month/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])$"+"\"",schema:"^[0-9]{4}-(0[1-9]|1[0-2])$",parentSchema:schema43.properties.points.items.properties.month,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/plan/points/" + i0+"/month",schemaPath:"#/$defs/plan/properties/points/items/properties/month/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.points.items.properties.month.type,parentSchema:schema43.properties.points.items.properties.month,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data11.planned !== undefined){
let data13 = data11.planned;
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err34 = {instancePath:instancePath+"/plan/points/" + i0+"/planned",schemaPath:"#/$defs/plan/properties/points/items/properties/planned/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.points.items.properties.planned,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/plan/points/" + i0+"/planned",schemaPath:"#/$defs/plan/properties/points/items/properties/planned/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema43.properties.points.items.properties.planned.type,parentSchema:schema43.properties.points.items.properties.planned,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/plan/points/" + i0,schemaPath:"#/$defs/plan/properties/points/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.points.items.type,parentSchema:schema43.properties.points.items,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/plan/points",schemaPath:"#/$defs/plan/properties/points/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.points.type,parentSchema:schema43.properties.points,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data8.even !== undefined){
let data14 = data8.even;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.from === undefined){
const err38 = {instancePath:instancePath+"/plan/even",schemaPath:"#/$defs/plan/properties/even/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema43.properties.even.required,parentSchema:schema43.properties.even,data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data14.to === undefined){
const err39 = {instancePath:instancePath+"/plan/even",schemaPath:"#/$defs/plan/properties/even/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema43.properties.even.required,parentSchema:schema43.properties.even,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key3 in data14){
if(!((((key3 === "from") || (key3 === "to")) || (key3 === "start")) || (key3 === "end"))){
const err40 = {instancePath:instancePath+"/plan/even",schemaPath:"#/$defs/plan/properties/even/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema43.properties.even,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data14.from !== undefined){
let data15 = data14.from;
if(typeof data15 === "string"){
if(!pattern21.test(data15)){
const err41 = {instancePath:instancePath+"/plan/even/from",schemaPath:"#/$defs/plan/properties/even/properties/from/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])$"+"\"",schema:"^[0-9]{4}-(0[1-9]|1[0-2])$",parentSchema:schema43.properties.even.properties.from,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/plan/even/from",schemaPath:"#/$defs/plan/properties/even/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.even.properties.from.type,parentSchema:schema43.properties.even.properties.from,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data14.to !== undefined){
let data16 = data14.to;
if(typeof data16 === "string"){
if(!pattern21.test(data16)){
const err43 = {instancePath:instancePath+"/plan/even/to",schemaPath:"#/$defs/plan/properties/even/properties/to/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])$"+"\"",schema:"^[0-9]{4}-(0[1-9]|1[0-2])$",parentSchema:schema43.properties.even.properties.to,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/plan/even/to",schemaPath:"#/$defs/plan/properties/even/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.even.properties.to.type,parentSchema:schema43.properties.even.properties.to,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data14.start !== undefined){
let data17 = data14.start;
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err45 = {instancePath:instancePath+"/plan/even/start",schemaPath:"#/$defs/plan/properties/even/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.even.properties.start,data:data17};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/plan/even/start",schemaPath:"#/$defs/plan/properties/even/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema43.properties.even.properties.start.type,parentSchema:schema43.properties.even.properties.start,data:data17};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data14.end !== undefined){
let data18 = data14.end;
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err47 = {instancePath:instancePath+"/plan/even/end",schemaPath:"#/$defs/plan/properties/even/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.even.properties.end,data:data18};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/plan/even/end",schemaPath:"#/$defs/plan/properties/even/properties/end/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema43.properties.even.properties.end.type,parentSchema:schema43.properties.even.properties.end,data:data18};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/plan/even",schemaPath:"#/$defs/plan/properties/even/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.even.type,parentSchema:schema43.properties.even,data:data14};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/plan",schemaPath:"#/$defs/plan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.unit !== undefined){
let data19 = data.unit;
if(typeof data19 !== "string"){
const err51 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.unit.type,parentSchema:schema40.properties.unit,data:data19};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!(((data19 === "COUNT") || (data19 === "RATE")) || (data19 === "HOURS"))){
const err52 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/enum",keyword:"enum",params:{allowedValues: schema40.properties.unit.enum},message:"must be equal to one of the allowed values",schema:schema40.properties.unit.enum,parentSchema:schema40.properties.unit,data:data19};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://razem-hub.example/schemas/programme-definition.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.description === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.startDate === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "startDate"},message:"must have required property '"+"startDate"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.endDate === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "endDate"},message:"must have required property '"+"endDate"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.syntheticParticipants === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "syntheticParticipants"},message:"must have required property '"+"syntheticParticipants"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.targetParticipants === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "targetParticipants"},message:"must have required property '"+"targetParticipants"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.participantCode === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participantCode"},message:"must have required property '"+"participantCode"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.partners === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "partners"},message:"must have required property '"+"partners"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.tasks === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tasks"},message:"must have required property '"+"tasks"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.activities === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "activities"},message:"must have required property '"+"activities"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.supportKinds === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "supportKinds"},message:"must have required property '"+"supportKinds"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.fileLayouts === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fileLayouts"},message:"must have required property '"+"fileLayouts"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.events === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "events"},message:"must have required property '"+"events"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.sites === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sites"},message:"must have required property '"+"sites"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.mediaMentions === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mediaMentions"},message:"must have required property '"+"mediaMentions"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.indicators === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "indicators"},message:"must have required property '"+"indicators"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err17 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.code !== undefined){
let data0 = data.code;
if(typeof data0 === "string"){
if(func2(data0) > 40){
const err18 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema31.properties.code,data:data0};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func2(data0) < 1){
const err19 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.code,data:data0};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern4.test(data0)){
const err20 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema31.properties.code,data:data0};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.code.type,parentSchema:schema31.properties.code,data:data0};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) > 200){
const err22 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema31.properties.name,data:data1};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func2(data1) < 1){
const err23 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.name,data:data1};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.name.type,parentSchema:schema31.properties.name,data:data1};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 2000){
const err25 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema31.properties.description,data:data2};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.description.type,parentSchema:schema31.properties.description,data:data2};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.startDate !== undefined){
let data3 = data.startDate;
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
const err27 = {instancePath:instancePath+"/startDate",schemaPath:"#/properties/startDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema31.properties.startDate,data:data3};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/startDate",schemaPath:"#/properties/startDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.startDate.type,parentSchema:schema31.properties.startDate,data:data3};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.endDate !== undefined){
let data4 = data.endDate;
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
const err29 = {instancePath:instancePath+"/endDate",schemaPath:"#/properties/endDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema31.properties.endDate,data:data4};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/endDate",schemaPath:"#/properties/endDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.endDate.type,parentSchema:schema31.properties.endDate,data:data4};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.syntheticParticipants !== undefined){
let data5 = data.syntheticParticipants;
if(typeof data5 !== "boolean"){
const err31 = {instancePath:instancePath+"/syntheticParticipants",schemaPath:"#/properties/syntheticParticipants/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.syntheticParticipants.type,parentSchema:schema31.properties.syntheticParticipants,data:data5};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.targetParticipants !== undefined){
let data6 = data.targetParticipants;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err32 = {instancePath:instancePath+"/targetParticipants",schemaPath:"#/properties/targetParticipants/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.targetParticipants.type,parentSchema:schema31.properties.targetParticipants,data:data6};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err33 = {instancePath:instancePath+"/targetParticipants",schemaPath:"#/properties/targetParticipants/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.targetParticipants,data:data6};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data.submissionDueDay !== undefined){
let data7 = data.submissionDueDay;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err34 = {instancePath:instancePath+"/submissionDueDay",schemaPath:"#/properties/submissionDueDay/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.submissionDueDay.type,parentSchema:schema31.properties.submissionDueDay,data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 28 || isNaN(data7)){
const err35 = {instancePath:instancePath+"/submissionDueDay",schemaPath:"#/properties/submissionDueDay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 28},message:"must be <= 28",schema:28,parentSchema:schema31.properties.submissionDueDay,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err36 = {instancePath:instancePath+"/submissionDueDay",schemaPath:"#/properties/submissionDueDay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.submissionDueDay,data:data7};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
if(data.participantCode !== undefined){
let data8 = data.participantCode;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.pattern === undefined){
const err37 = {instancePath:instancePath+"/participantCode",schemaPath:"#/properties/participantCode/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'",schema:schema31.properties.participantCode.required,parentSchema:schema31.properties.participantCode,data:data8};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data8.description === undefined){
const err38 = {instancePath:instancePath+"/participantCode",schemaPath:"#/properties/participantCode/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema31.properties.participantCode.required,parentSchema:schema31.properties.participantCode,data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key1 in data8){
if(!((key1 === "pattern") || (key1 === "description"))){
const err39 = {instancePath:instancePath+"/participantCode",schemaPath:"#/properties/participantCode/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.participantCode,data:data8};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data8.pattern !== undefined){
let data9 = data8.pattern;
if(typeof data9 === "string"){
if(func2(data9) > 200){
const err40 = {instancePath:instancePath+"/participantCode/pattern",schemaPath:"#/properties/participantCode/properties/pattern/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema31.properties.participantCode.properties.pattern,data:data9};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(func2(data9) < 1){
const err41 = {instancePath:instancePath+"/participantCode/pattern",schemaPath:"#/properties/participantCode/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.participantCode.properties.pattern,data:data9};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/participantCode/pattern",schemaPath:"#/properties/participantCode/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.participantCode.properties.pattern.type,parentSchema:schema31.properties.participantCode.properties.pattern,data:data9};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data8.description !== undefined){
let data10 = data8.description;
if(typeof data10 === "string"){
if(func2(data10) > 200){
const err43 = {instancePath:instancePath+"/participantCode/description",schemaPath:"#/properties/participantCode/properties/description/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema31.properties.participantCode.properties.description,data:data10};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(func2(data10) < 1){
const err44 = {instancePath:instancePath+"/participantCode/description",schemaPath:"#/properties/participantCode/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.participantCode.properties.description,data:data10};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/participantCode/description",schemaPath:"#/properties/participantCode/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.participantCode.properties.description.type,parentSchema:schema31.properties.participantCode.properties.description,data:data10};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/participantCode",schemaPath:"#/properties/participantCode/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.participantCode.type,parentSchema:schema31.properties.participantCode,data:data8};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.partners !== undefined){
let data11 = data.partners;
if(Array.isArray(data11)){
if(data11.length < 1){
const err47 = {instancePath:instancePath+"/partners",schemaPath:"#/properties/partners/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.partners,data:data11};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.code === undefined){
const err48 = {instancePath:instancePath+"/partners/" + i0,schemaPath:"#/$defs/partner/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema32.required,parentSchema:schema32,data:data12};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data12.name === undefined){
const err49 = {instancePath:instancePath+"/partners/" + i0,schemaPath:"#/$defs/partner/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema32.required,parentSchema:schema32,data:data12};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data12.shortName === undefined){
const err50 = {instancePath:instancePath+"/partners/" + i0,schemaPath:"#/$defs/partner/required",keyword:"required",params:{missingProperty: "shortName"},message:"must have required property '"+"shortName"+"'",schema:schema32.required,parentSchema:schema32,data:data12};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data12.role === undefined){
const err51 = {instancePath:instancePath+"/partners/" + i0,schemaPath:"#/$defs/partner/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema32.required,parentSchema:schema32,data:data12};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
for(const key2 in data12){
if(!((((key2 === "code") || (key2 === "name")) || (key2 === "shortName")) || (key2 === "role"))){
const err52 = {instancePath:instancePath+"/partners/" + i0,schemaPath:"#/$defs/partner/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data12};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data12.code !== undefined){
let data13 = data12.code;
if(typeof data13 === "string"){
if(func2(data13) > 20){
const err53 = {instancePath:instancePath+"/partners/" + i0+"/code",schemaPath:"#/$defs/partner/properties/code/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema32.properties.code,data:data13};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(func2(data13) < 1){
const err54 = {instancePath:instancePath+"/partners/" + i0+"/code",schemaPath:"#/$defs/partner/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.code,data:data13};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(!pattern4.test(data13)){
const err55 = {instancePath:instancePath+"/partners/" + i0+"/code",schemaPath:"#/$defs/partner/properties/code/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema32.properties.code,data:data13};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/partners/" + i0+"/code",schemaPath:"#/$defs/partner/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.code.type,parentSchema:schema32.properties.code,data:data13};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data12.name !== undefined){
let data14 = data12.name;
if(typeof data14 === "string"){
if(func2(data14) > 200){
const err57 = {instancePath:instancePath+"/partners/" + i0+"/name",schemaPath:"#/$defs/partner/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema32.properties.name,data:data14};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(func2(data14) < 1){
const err58 = {instancePath:instancePath+"/partners/" + i0+"/name",schemaPath:"#/$defs/partner/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.name,data:data14};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/partners/" + i0+"/name",schemaPath:"#/$defs/partner/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.name.type,parentSchema:schema32.properties.name,data:data14};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data12.shortName !== undefined){
let data15 = data12.shortName;
if(typeof data15 === "string"){
if(func2(data15) > 40){
const err60 = {instancePath:instancePath+"/partners/" + i0+"/shortName",schemaPath:"#/$defs/partner/properties/shortName/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema32.properties.shortName,data:data15};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(func2(data15) < 1){
const err61 = {instancePath:instancePath+"/partners/" + i0+"/shortName",schemaPath:"#/$defs/partner/properties/shortName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.shortName,data:data15};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/partners/" + i0+"/shortName",schemaPath:"#/$defs/partner/properties/shortName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.shortName.type,parentSchema:schema32.properties.shortName,data:data15};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data12.role !== undefined){
let data16 = data12.role;
if(typeof data16 !== "string"){
const err63 = {instancePath:instancePath+"/partners/" + i0+"/role",schemaPath:"#/$defs/partner/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.role.type,parentSchema:schema32.properties.role,data:data16};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(!((data16 === "LEADER") || (data16 === "PARTNER"))){
const err64 = {instancePath:instancePath+"/partners/" + i0+"/role",schemaPath:"#/$defs/partner/properties/role/enum",keyword:"enum",params:{allowedValues: schema32.properties.role.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.role.enum,parentSchema:schema32.properties.role,data:data16};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/partners/" + i0,schemaPath:"#/$defs/partner/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data12};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/partners",schemaPath:"#/properties/partners/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.partners.type,parentSchema:schema31.properties.partners,data:data11};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.tasks !== undefined){
let data17 = data.tasks;
if(Array.isArray(data17)){
if(data17.length < 1){
const err67 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.tasks,data:data17};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
let data18 = data17[i1];
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.code === undefined){
const err68 = {instancePath:instancePath+"/tasks/" + i1,schemaPath:"#/$defs/task/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema33.required,parentSchema:schema33,data:data18};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data18.name === undefined){
const err69 = {instancePath:instancePath+"/tasks/" + i1,schemaPath:"#/$defs/task/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema33.required,parentSchema:schema33,data:data18};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data18.partner === undefined){
const err70 = {instancePath:instancePath+"/tasks/" + i1,schemaPath:"#/$defs/task/required",keyword:"required",params:{missingProperty: "partner"},message:"must have required property '"+"partner"+"'",schema:schema33.required,parentSchema:schema33,data:data18};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
for(const key3 in data18){
if(!(((key3 === "code") || (key3 === "name")) || (key3 === "partner"))){
const err71 = {instancePath:instancePath+"/tasks/" + i1,schemaPath:"#/$defs/task/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data:data18};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data18.code !== undefined){
let data19 = data18.code;
if(typeof data19 === "string"){
if(func2(data19) > 20){
const err72 = {instancePath:instancePath+"/tasks/" + i1+"/code",schemaPath:"#/$defs/task/properties/code/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema33.properties.code,data:data19};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(func2(data19) < 1){
const err73 = {instancePath:instancePath+"/tasks/" + i1+"/code",schemaPath:"#/$defs/task/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.code,data:data19};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(!pattern4.test(data19)){
const err74 = {instancePath:instancePath+"/tasks/" + i1+"/code",schemaPath:"#/$defs/task/properties/code/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema33.properties.code,data:data19};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/tasks/" + i1+"/code",schemaPath:"#/$defs/task/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.code.type,parentSchema:schema33.properties.code,data:data19};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data18.name !== undefined){
let data20 = data18.name;
if(typeof data20 === "string"){
if(func2(data20) > 200){
const err76 = {instancePath:instancePath+"/tasks/" + i1+"/name",schemaPath:"#/$defs/task/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema33.properties.name,data:data20};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(func2(data20) < 1){
const err77 = {instancePath:instancePath+"/tasks/" + i1+"/name",schemaPath:"#/$defs/task/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.name,data:data20};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/tasks/" + i1+"/name",schemaPath:"#/$defs/task/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.name.type,parentSchema:schema33.properties.name,data:data20};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data18.partner !== undefined){
let data21 = data18.partner;
if(typeof data21 === "string"){
if(func2(data21) > 20){
const err79 = {instancePath:instancePath+"/tasks/" + i1+"/partner",schemaPath:"#/$defs/task/properties/partner/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema33.properties.partner,data:data21};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(func2(data21) < 1){
const err80 = {instancePath:instancePath+"/tasks/" + i1+"/partner",schemaPath:"#/$defs/task/properties/partner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.partner,data:data21};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(!pattern4.test(data21)){
const err81 = {instancePath:instancePath+"/tasks/" + i1+"/partner",schemaPath:"#/$defs/task/properties/partner/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema33.properties.partner,data:data21};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/tasks/" + i1+"/partner",schemaPath:"#/$defs/task/properties/partner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.partner.type,parentSchema:schema33.properties.partner,data:data21};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/tasks/" + i1,schemaPath:"#/$defs/task/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data18};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.tasks.type,parentSchema:schema31.properties.tasks,data:data17};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.activities !== undefined){
let data22 = data.activities;
if(Array.isArray(data22)){
if(data22.length < 1){
const err85 = {instancePath:instancePath+"/activities",schemaPath:"#/properties/activities/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.activities,data:data22};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
const len2 = data22.length;
for(let i2=0; i2<len2; i2++){
let data23 = data22[i2];
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.code === undefined){
const err86 = {instancePath:instancePath+"/activities/" + i2,schemaPath:"#/$defs/activity/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema34.required,parentSchema:schema34,data:data23};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data23.fileCode === undefined){
const err87 = {instancePath:instancePath+"/activities/" + i2,schemaPath:"#/$defs/activity/required",keyword:"required",params:{missingProperty: "fileCode"},message:"must have required property '"+"fileCode"+"'",schema:schema34.required,parentSchema:schema34,data:data23};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data23.name === undefined){
const err88 = {instancePath:instancePath+"/activities/" + i2,schemaPath:"#/$defs/activity/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema34.required,parentSchema:schema34,data:data23};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data23.kind === undefined){
const err89 = {instancePath:instancePath+"/activities/" + i2,schemaPath:"#/$defs/activity/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema34.required,parentSchema:schema34,data:data23};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data23.partner === undefined){
const err90 = {instancePath:instancePath+"/activities/" + i2,schemaPath:"#/$defs/activity/required",keyword:"required",params:{missingProperty: "partner"},message:"must have required property '"+"partner"+"'",schema:schema34.required,parentSchema:schema34,data:data23};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(data23.task === undefined){
const err91 = {instancePath:instancePath+"/activities/" + i2,schemaPath:"#/$defs/activity/required",keyword:"required",params:{missingProperty: "task"},message:"must have required property '"+"task"+"'",schema:schema34.required,parentSchema:schema34,data:data23};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data23.venue === undefined){
const err92 = {instancePath:instancePath+"/activities/" + i2,schemaPath:"#/$defs/activity/required",keyword:"required",params:{missingProperty: "venue"},message:"must have required property '"+"venue"+"'",schema:schema34.required,parentSchema:schema34,data:data23};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data23.organiser === undefined){
const err93 = {instancePath:instancePath+"/activities/" + i2,schemaPath:"#/$defs/activity/required",keyword:"required",params:{missingProperty: "organiser"},message:"must have required property '"+"organiser"+"'",schema:schema34.required,parentSchema:schema34,data:data23};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
for(const key4 in data23){
if(!((((((((key4 === "code") || (key4 === "fileCode")) || (key4 === "name")) || (key4 === "kind")) || (key4 === "partner")) || (key4 === "task")) || (key4 === "venue")) || (key4 === "organiser"))){
const err94 = {instancePath:instancePath+"/activities/" + i2,schemaPath:"#/$defs/activity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data:data23};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data23.code !== undefined){
let data24 = data23.code;
if(typeof data24 === "string"){
if(func2(data24) > 40){
const err95 = {instancePath:instancePath+"/activities/" + i2+"/code",schemaPath:"#/$defs/activity/properties/code/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema34.properties.code,data:data24};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(func2(data24) < 1){
const err96 = {instancePath:instancePath+"/activities/" + i2+"/code",schemaPath:"#/$defs/activity/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.code,data:data24};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(!pattern4.test(data24)){
const err97 = {instancePath:instancePath+"/activities/" + i2+"/code",schemaPath:"#/$defs/activity/properties/code/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema34.properties.code,data:data24};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/activities/" + i2+"/code",schemaPath:"#/$defs/activity/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.code.type,parentSchema:schema34.properties.code,data:data24};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data23.fileCode !== undefined){
let data25 = data23.fileCode;
if(typeof data25 === "string"){
if(func2(data25) > 40){
const err99 = {instancePath:instancePath+"/activities/" + i2+"/fileCode",schemaPath:"#/$defs/activity/properties/fileCode/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema34.properties.fileCode,data:data25};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(func2(data25) < 1){
const err100 = {instancePath:instancePath+"/activities/" + i2+"/fileCode",schemaPath:"#/$defs/activity/properties/fileCode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.fileCode,data:data25};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(!pattern4.test(data25)){
const err101 = {instancePath:instancePath+"/activities/" + i2+"/fileCode",schemaPath:"#/$defs/activity/properties/fileCode/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema34.properties.fileCode,data:data25};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/activities/" + i2+"/fileCode",schemaPath:"#/$defs/activity/properties/fileCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.fileCode.type,parentSchema:schema34.properties.fileCode,data:data25};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data23.name !== undefined){
let data26 = data23.name;
if(typeof data26 === "string"){
if(func2(data26) > 300){
const err103 = {instancePath:instancePath+"/activities/" + i2+"/name",schemaPath:"#/$defs/activity/properties/name/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema34.properties.name,data:data26};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(func2(data26) < 1){
const err104 = {instancePath:instancePath+"/activities/" + i2+"/name",schemaPath:"#/$defs/activity/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.name,data:data26};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/activities/" + i2+"/name",schemaPath:"#/$defs/activity/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.name.type,parentSchema:schema34.properties.name,data:data26};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data23.kind !== undefined){
let data27 = data23.kind;
if(typeof data27 !== "string"){
const err106 = {instancePath:instancePath+"/activities/" + i2+"/kind",schemaPath:"#/$defs/activity/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.kind.type,parentSchema:schema34.properties.kind,data:data27};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(!(((((data27 === "WORKSHOP") || (data27 === "ANIMATION_CLASS")) || (data27 === "VOCATIONAL_COURSE")) || (data27 === "COMMUNITY_CENTRE")) || (data27 === "EVENT"))){
const err107 = {instancePath:instancePath+"/activities/" + i2+"/kind",schemaPath:"#/$defs/activity/properties/kind/enum",keyword:"enum",params:{allowedValues: schema34.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema34.properties.kind.enum,parentSchema:schema34.properties.kind,data:data27};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data23.partner !== undefined){
let data28 = data23.partner;
if(typeof data28 === "string"){
if(func2(data28) > 20){
const err108 = {instancePath:instancePath+"/activities/" + i2+"/partner",schemaPath:"#/$defs/activity/properties/partner/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema34.properties.partner,data:data28};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(func2(data28) < 1){
const err109 = {instancePath:instancePath+"/activities/" + i2+"/partner",schemaPath:"#/$defs/activity/properties/partner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.partner,data:data28};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(!pattern4.test(data28)){
const err110 = {instancePath:instancePath+"/activities/" + i2+"/partner",schemaPath:"#/$defs/activity/properties/partner/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema34.properties.partner,data:data28};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
else {
const err111 = {instancePath:instancePath+"/activities/" + i2+"/partner",schemaPath:"#/$defs/activity/properties/partner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.partner.type,parentSchema:schema34.properties.partner,data:data28};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data23.task !== undefined){
let data29 = data23.task;
if(typeof data29 === "string"){
if(func2(data29) > 20){
const err112 = {instancePath:instancePath+"/activities/" + i2+"/task",schemaPath:"#/$defs/activity/properties/task/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema34.properties.task,data:data29};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(func2(data29) < 1){
const err113 = {instancePath:instancePath+"/activities/" + i2+"/task",schemaPath:"#/$defs/activity/properties/task/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.task,data:data29};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(!pattern4.test(data29)){
const err114 = {instancePath:instancePath+"/activities/" + i2+"/task",schemaPath:"#/$defs/activity/properties/task/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema34.properties.task,data:data29};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/activities/" + i2+"/task",schemaPath:"#/$defs/activity/properties/task/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.task.type,parentSchema:schema34.properties.task,data:data29};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data23.venue !== undefined){
let data30 = data23.venue;
if(typeof data30 === "string"){
if(func2(data30) > 300){
const err116 = {instancePath:instancePath+"/activities/" + i2+"/venue",schemaPath:"#/$defs/activity/properties/venue/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema34.properties.venue,data:data30};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(func2(data30) < 1){
const err117 = {instancePath:instancePath+"/activities/" + i2+"/venue",schemaPath:"#/$defs/activity/properties/venue/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.venue,data:data30};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/activities/" + i2+"/venue",schemaPath:"#/$defs/activity/properties/venue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.venue.type,parentSchema:schema34.properties.venue,data:data30};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data23.organiser !== undefined){
let data31 = data23.organiser;
if(typeof data31 === "string"){
if(func2(data31) > 300){
const err119 = {instancePath:instancePath+"/activities/" + i2+"/organiser",schemaPath:"#/$defs/activity/properties/organiser/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema34.properties.organiser,data:data31};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(func2(data31) < 1){
const err120 = {instancePath:instancePath+"/activities/" + i2+"/organiser",schemaPath:"#/$defs/activity/properties/organiser/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.organiser,data:data31};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
else {
const err121 = {instancePath:instancePath+"/activities/" + i2+"/organiser",schemaPath:"#/$defs/activity/properties/organiser/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.organiser.type,parentSchema:schema34.properties.organiser,data:data31};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
else {
const err122 = {instancePath:instancePath+"/activities/" + i2,schemaPath:"#/$defs/activity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data:data23};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
else {
const err123 = {instancePath:instancePath+"/activities",schemaPath:"#/properties/activities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.activities.type,parentSchema:schema31.properties.activities,data:data22};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data.supportKinds !== undefined){
let data32 = data.supportKinds;
if(Array.isArray(data32)){
const len3 = data32.length;
for(let i3=0; i3<len3; i3++){
let data33 = data32[i3];
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.code === undefined){
const err124 = {instancePath:instancePath+"/supportKinds/" + i3,schemaPath:"#/$defs/supportKind/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema35.required,parentSchema:schema35,data:data33};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(data33.name === undefined){
const err125 = {instancePath:instancePath+"/supportKinds/" + i3,schemaPath:"#/$defs/supportKind/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema35.required,parentSchema:schema35,data:data33};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(data33.activity === undefined){
const err126 = {instancePath:instancePath+"/supportKinds/" + i3,schemaPath:"#/$defs/supportKind/required",keyword:"required",params:{missingProperty: "activity"},message:"must have required property '"+"activity"+"'",schema:schema35.required,parentSchema:schema35,data:data33};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
for(const key5 in data33){
if(!(((key5 === "code") || (key5 === "name")) || (key5 === "activity"))){
const err127 = {instancePath:instancePath+"/supportKinds/" + i3,schemaPath:"#/$defs/supportKind/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data:data33};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data33.code !== undefined){
let data34 = data33.code;
if(typeof data34 === "string"){
if(func2(data34) > 40){
const err128 = {instancePath:instancePath+"/supportKinds/" + i3+"/code",schemaPath:"#/$defs/supportKind/properties/code/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema35.properties.code,data:data34};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if(func2(data34) < 1){
const err129 = {instancePath:instancePath+"/supportKinds/" + i3+"/code",schemaPath:"#/$defs/supportKind/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.code,data:data34};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(!pattern4.test(data34)){
const err130 = {instancePath:instancePath+"/supportKinds/" + i3+"/code",schemaPath:"#/$defs/supportKind/properties/code/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema35.properties.code,data:data34};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
else {
const err131 = {instancePath:instancePath+"/supportKinds/" + i3+"/code",schemaPath:"#/$defs/supportKind/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.code.type,parentSchema:schema35.properties.code,data:data34};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data33.name !== undefined){
let data35 = data33.name;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.pl === undefined){
const err132 = {instancePath:instancePath+"/supportKinds/" + i3+"/name",schemaPath:"#/$defs/supportKind/properties/name/required",keyword:"required",params:{missingProperty: "pl"},message:"must have required property '"+"pl"+"'",schema:schema35.properties.name.required,parentSchema:schema35.properties.name,data:data35};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(data35.en === undefined){
const err133 = {instancePath:instancePath+"/supportKinds/" + i3+"/name",schemaPath:"#/$defs/supportKind/properties/name/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'",schema:schema35.properties.name.required,parentSchema:schema35.properties.name,data:data35};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
for(const key6 in data35){
if(!((key6 === "pl") || (key6 === "en"))){
const err134 = {instancePath:instancePath+"/supportKinds/" + i3+"/name",schemaPath:"#/$defs/supportKind/properties/name/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.name,data:data35};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data35.pl !== undefined){
let data36 = data35.pl;
if(typeof data36 === "string"){
if(func2(data36) > 200){
const err135 = {instancePath:instancePath+"/supportKinds/" + i3+"/name/pl",schemaPath:"#/$defs/supportKind/properties/name/properties/pl/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema35.properties.name.properties.pl,data:data36};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(func2(data36) < 1){
const err136 = {instancePath:instancePath+"/supportKinds/" + i3+"/name/pl",schemaPath:"#/$defs/supportKind/properties/name/properties/pl/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.name.properties.pl,data:data36};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
else {
const err137 = {instancePath:instancePath+"/supportKinds/" + i3+"/name/pl",schemaPath:"#/$defs/supportKind/properties/name/properties/pl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.name.properties.pl.type,parentSchema:schema35.properties.name.properties.pl,data:data36};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data35.en !== undefined){
let data37 = data35.en;
if(typeof data37 === "string"){
if(func2(data37) > 200){
const err138 = {instancePath:instancePath+"/supportKinds/" + i3+"/name/en",schemaPath:"#/$defs/supportKind/properties/name/properties/en/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema35.properties.name.properties.en,data:data37};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(func2(data37) < 1){
const err139 = {instancePath:instancePath+"/supportKinds/" + i3+"/name/en",schemaPath:"#/$defs/supportKind/properties/name/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.name.properties.en,data:data37};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath:instancePath+"/supportKinds/" + i3+"/name/en",schemaPath:"#/$defs/supportKind/properties/name/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.name.properties.en.type,parentSchema:schema35.properties.name.properties.en,data:data37};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
}
else {
const err141 = {instancePath:instancePath+"/supportKinds/" + i3+"/name",schemaPath:"#/$defs/supportKind/properties/name/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.name.type,parentSchema:schema35.properties.name,data:data35};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data33.activity !== undefined){
let data38 = data33.activity;
if(typeof data38 === "string"){
if(func2(data38) > 40){
const err142 = {instancePath:instancePath+"/supportKinds/" + i3+"/activity",schemaPath:"#/$defs/supportKind/properties/activity/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema35.properties.activity,data:data38};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if(func2(data38) < 1){
const err143 = {instancePath:instancePath+"/supportKinds/" + i3+"/activity",schemaPath:"#/$defs/supportKind/properties/activity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.activity,data:data38};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(!pattern4.test(data38)){
const err144 = {instancePath:instancePath+"/supportKinds/" + i3+"/activity",schemaPath:"#/$defs/supportKind/properties/activity/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema35.properties.activity,data:data38};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
else {
const err145 = {instancePath:instancePath+"/supportKinds/" + i3+"/activity",schemaPath:"#/$defs/supportKind/properties/activity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.activity.type,parentSchema:schema35.properties.activity,data:data38};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
}
else {
const err146 = {instancePath:instancePath+"/supportKinds/" + i3,schemaPath:"#/$defs/supportKind/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data:data33};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
}
else {
const err147 = {instancePath:instancePath+"/supportKinds",schemaPath:"#/properties/supportKinds/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.supportKinds.type,parentSchema:schema31.properties.supportKinds,data:data32};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data.fileLayouts !== undefined){
let data39 = data.fileLayouts;
if(Array.isArray(data39)){
const len4 = data39.length;
for(let i4=0; i4<len4; i4++){
let data40 = data39[i4];
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.dropColumns === undefined){
data40.dropColumns = [];
}
if(data40.codes === undefined){
data40.codes = {};
}
if(data40.kind === undefined){
const err148 = {instancePath:instancePath+"/fileLayouts/" + i4,schemaPath:"#/$defs/fileLayout/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema36.required,parentSchema:schema36,data:data40};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(data40.partner === undefined){
const err149 = {instancePath:instancePath+"/fileLayouts/" + i4,schemaPath:"#/$defs/fileLayout/required",keyword:"required",params:{missingProperty: "partner"},message:"must have required property '"+"partner"+"'",schema:schema36.required,parentSchema:schema36,data:data40};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(data40.record === undefined){
const err150 = {instancePath:instancePath+"/fileLayouts/" + i4,schemaPath:"#/$defs/fileLayout/required",keyword:"required",params:{missingProperty: "record"},message:"must have required property '"+"record"+"'",schema:schema36.required,parentSchema:schema36,data:data40};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(data40.format === undefined){
const err151 = {instancePath:instancePath+"/fileLayouts/" + i4,schemaPath:"#/$defs/fileLayout/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'",schema:schema36.required,parentSchema:schema36,data:data40};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
if(data40.dateFormat === undefined){
const err152 = {instancePath:instancePath+"/fileLayouts/" + i4,schemaPath:"#/$defs/fileLayout/required",keyword:"required",params:{missingProperty: "dateFormat"},message:"must have required property '"+"dateFormat"+"'",schema:schema36.required,parentSchema:schema36,data:data40};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if(data40.decimalSeparator === undefined){
const err153 = {instancePath:instancePath+"/fileLayouts/" + i4,schemaPath:"#/$defs/fileLayout/required",keyword:"required",params:{missingProperty: "decimalSeparator"},message:"must have required property '"+"decimalSeparator"+"'",schema:schema36.required,parentSchema:schema36,data:data40};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(data40.columns === undefined){
const err154 = {instancePath:instancePath+"/fileLayouts/" + i4,schemaPath:"#/$defs/fileLayout/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'",schema:schema36.required,parentSchema:schema36,data:data40};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
for(const key7 in data40){
if(!(func1.call(schema36.properties, key7))){
const err155 = {instancePath:instancePath+"/fileLayouts/" + i4,schemaPath:"#/$defs/fileLayout/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data40};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data40.kind !== undefined){
let data41 = data40.kind;
if(typeof data41 === "string"){
if(func2(data41) > 40){
const err156 = {instancePath:instancePath+"/fileLayouts/" + i4+"/kind",schemaPath:"#/$defs/fileLayout/properties/kind/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema36.properties.kind,data:data41};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
if(!pattern14.test(data41)){
const err157 = {instancePath:instancePath+"/fileLayouts/" + i4+"/kind",schemaPath:"#/$defs/fileLayout/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema36.properties.kind,data:data41};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
else {
const err158 = {instancePath:instancePath+"/fileLayouts/" + i4+"/kind",schemaPath:"#/$defs/fileLayout/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.kind.type,parentSchema:schema36.properties.kind,data:data41};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data40.partner !== undefined){
let data42 = data40.partner;
if(typeof data42 === "string"){
if(func2(data42) > 20){
const err159 = {instancePath:instancePath+"/fileLayouts/" + i4+"/partner",schemaPath:"#/$defs/fileLayout/properties/partner/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema36.properties.partner,data:data42};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(func2(data42) < 1){
const err160 = {instancePath:instancePath+"/fileLayouts/" + i4+"/partner",schemaPath:"#/$defs/fileLayout/properties/partner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.partner,data:data42};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
if(!pattern4.test(data42)){
const err161 = {instancePath:instancePath+"/fileLayouts/" + i4+"/partner",schemaPath:"#/$defs/fileLayout/properties/partner/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema36.properties.partner,data:data42};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
else {
const err162 = {instancePath:instancePath+"/fileLayouts/" + i4+"/partner",schemaPath:"#/$defs/fileLayout/properties/partner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.partner.type,parentSchema:schema36.properties.partner,data:data42};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data40.record !== undefined){
let data43 = data40.record;
if(typeof data43 !== "string"){
const err163 = {instancePath:instancePath+"/fileLayouts/" + i4+"/record",schemaPath:"#/$defs/fileLayout/properties/record/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.record.type,parentSchema:schema36.properties.record,data:data43};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(!((((((data43 === "register") || (data43 === "attendance")) || (data43 === "childcare")) || (data43 === "results")) || (data43 === "support")) || (data43 === "exams"))){
const err164 = {instancePath:instancePath+"/fileLayouts/" + i4+"/record",schemaPath:"#/$defs/fileLayout/properties/record/enum",keyword:"enum",params:{allowedValues: schema36.properties.record.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.record.enum,parentSchema:schema36.properties.record,data:data43};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data40.format !== undefined){
let data44 = data40.format;
if(typeof data44 !== "string"){
const err165 = {instancePath:instancePath+"/fileLayouts/" + i4+"/format",schemaPath:"#/$defs/fileLayout/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.format.type,parentSchema:schema36.properties.format,data:data44};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if(!((data44 === "csv") || (data44 === "xlsx"))){
const err166 = {instancePath:instancePath+"/fileLayouts/" + i4+"/format",schemaPath:"#/$defs/fileLayout/properties/format/enum",keyword:"enum",params:{allowedValues: schema36.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.format.enum,parentSchema:schema36.properties.format,data:data44};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data40.delimiter !== undefined){
let data45 = data40.delimiter;
if(typeof data45 !== "string"){
const err167 = {instancePath:instancePath+"/fileLayouts/" + i4+"/delimiter",schemaPath:"#/$defs/fileLayout/properties/delimiter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.delimiter.type,parentSchema:schema36.properties.delimiter,data:data45};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(!((((data45 === ";") || (data45 === ",")) || (data45 === "\t")) || (data45 === "|"))){
const err168 = {instancePath:instancePath+"/fileLayouts/" + i4+"/delimiter",schemaPath:"#/$defs/fileLayout/properties/delimiter/enum",keyword:"enum",params:{allowedValues: schema36.properties.delimiter.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.delimiter.enum,parentSchema:schema36.properties.delimiter,data:data45};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data40.encodings !== undefined){
let data46 = data40.encodings;
if(Array.isArray(data46)){
if(data46.length < 1){
const err169 = {instancePath:instancePath+"/fileLayouts/" + i4+"/encodings",schemaPath:"#/$defs/fileLayout/properties/encodings/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema36.properties.encodings,data:data46};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
const len5 = data46.length;
for(let i5=0; i5<len5; i5++){
let data47 = data46[i5];
if(!((data47 === "utf-8") || (data47 === "windows-1250"))){
const err170 = {instancePath:instancePath+"/fileLayouts/" + i4+"/encodings/" + i5,schemaPath:"#/$defs/fileLayout/properties/encodings/items/enum",keyword:"enum",params:{allowedValues: schema36.properties.encodings.items.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.encodings.items.enum,parentSchema:schema36.properties.encodings.items,data:data47};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
let i6 = data46.length;
let j0;
if(i6 > 1){
outer0:
for(;i6--;){
for(j0 = i6; j0--;){
if(func0(data46[i6], data46[j0])){
const err171 = {instancePath:instancePath+"/fileLayouts/" + i4+"/encodings",schemaPath:"#/$defs/fileLayout/properties/encodings/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i6+" are identical)",schema:true,parentSchema:schema36.properties.encodings,data:data46};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err172 = {instancePath:instancePath+"/fileLayouts/" + i4+"/encodings",schemaPath:"#/$defs/fileLayout/properties/encodings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.encodings.type,parentSchema:schema36.properties.encodings,data:data46};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data40.sheet !== undefined){
let data48 = data40.sheet;
if(typeof data48 === "string"){
if(func2(data48) > 31){
const err173 = {instancePath:instancePath+"/fileLayouts/" + i4+"/sheet",schemaPath:"#/$defs/fileLayout/properties/sheet/maxLength",keyword:"maxLength",params:{limit: 31},message:"must NOT have more than 31 characters",schema:31,parentSchema:schema36.properties.sheet,data:data48};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(func2(data48) < 1){
const err174 = {instancePath:instancePath+"/fileLayouts/" + i4+"/sheet",schemaPath:"#/$defs/fileLayout/properties/sheet/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.sheet,data:data48};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
else {
const err175 = {instancePath:instancePath+"/fileLayouts/" + i4+"/sheet",schemaPath:"#/$defs/fileLayout/properties/sheet/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.sheet.type,parentSchema:schema36.properties.sheet,data:data48};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data40.dateFormat !== undefined){
let data49 = data40.dateFormat;
if(typeof data49 !== "string"){
const err176 = {instancePath:instancePath+"/fileLayouts/" + i4+"/dateFormat",schemaPath:"#/$defs/fileLayout/properties/dateFormat/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.dateFormat.type,parentSchema:schema36.properties.dateFormat,data:data49};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(!((((data49 === "YYYY-MM-DD") || (data49 === "DD.MM.YYYY")) || (data49 === "DD/MM/YYYY")) || (data49 === "DD-MM-YYYY"))){
const err177 = {instancePath:instancePath+"/fileLayouts/" + i4+"/dateFormat",schemaPath:"#/$defs/fileLayout/properties/dateFormat/enum",keyword:"enum",params:{allowedValues: schema36.properties.dateFormat.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.dateFormat.enum,parentSchema:schema36.properties.dateFormat,data:data49};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data40.decimalSeparator !== undefined){
let data50 = data40.decimalSeparator;
if(typeof data50 !== "string"){
const err178 = {instancePath:instancePath+"/fileLayouts/" + i4+"/decimalSeparator",schemaPath:"#/$defs/fileLayout/properties/decimalSeparator/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.decimalSeparator.type,parentSchema:schema36.properties.decimalSeparator,data:data50};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
if(!(((data50 === ".") || (data50 === ",")) || (data50 === "either"))){
const err179 = {instancePath:instancePath+"/fileLayouts/" + i4+"/decimalSeparator",schemaPath:"#/$defs/fileLayout/properties/decimalSeparator/enum",keyword:"enum",params:{allowedValues: schema36.properties.decimalSeparator.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.decimalSeparator.enum,parentSchema:schema36.properties.decimalSeparator,data:data50};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data40.activity !== undefined){
let data51 = data40.activity;
if(typeof data51 === "string"){
if(func2(data51) > 40){
const err180 = {instancePath:instancePath+"/fileLayouts/" + i4+"/activity",schemaPath:"#/$defs/fileLayout/properties/activity/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema36.properties.activity,data:data51};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if(func2(data51) < 1){
const err181 = {instancePath:instancePath+"/fileLayouts/" + i4+"/activity",schemaPath:"#/$defs/fileLayout/properties/activity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.activity,data:data51};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if(!pattern4.test(data51)){
const err182 = {instancePath:instancePath+"/fileLayouts/" + i4+"/activity",schemaPath:"#/$defs/fileLayout/properties/activity/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema36.properties.activity,data:data51};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
else {
const err183 = {instancePath:instancePath+"/fileLayouts/" + i4+"/activity",schemaPath:"#/$defs/fileLayout/properties/activity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.activity.type,parentSchema:schema36.properties.activity,data:data51};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data40.columns !== undefined){
let data52 = data40.columns;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(Object.keys(data52).length < 1){
const err184 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns",schemaPath:"#/$defs/fileLayout/properties/columns/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.columns,data:data52};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
for(const key8 in data52){
if(!(func1.call(schema36.properties.columns.properties, key8))){
const err185 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns",schemaPath:"#/$defs/fileLayout/properties/columns/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema36.properties.columns,data:data52};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data52.participantCode !== undefined){
let data53 = data52.participantCode;
if(typeof data53 === "string"){
if(func2(data53) > 100){
const err186 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/participantCode",schemaPath:"#/$defs/fileLayout/properties/columns/properties/participantCode/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema36.properties.columns.properties.participantCode,data:data53};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if(func2(data53) < 1){
const err187 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/participantCode",schemaPath:"#/$defs/fileLayout/properties/columns/properties/participantCode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.columns.properties.participantCode,data:data53};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
else {
const err188 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/participantCode",schemaPath:"#/$defs/fileLayout/properties/columns/properties/participantCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.columns.properties.participantCode.type,parentSchema:schema36.properties.columns.properties.participantCode,data:data53};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data52.pesel !== undefined){
let data54 = data52.pesel;
if(typeof data54 === "string"){
if(func2(data54) > 100){
const err189 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/pesel",schemaPath:"#/$defs/fileLayout/properties/columns/properties/pesel/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema36.properties.columns.properties.pesel,data:data54};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if(func2(data54) < 1){
const err190 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/pesel",schemaPath:"#/$defs/fileLayout/properties/columns/properties/pesel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.columns.properties.pesel,data:data54};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
else {
const err191 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/pesel",schemaPath:"#/$defs/fileLayout/properties/columns/properties/pesel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.columns.properties.pesel.type,parentSchema:schema36.properties.columns.properties.pesel,data:data54};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data52.entryDate !== undefined){
let data55 = data52.entryDate;
if(typeof data55 === "string"){
if(func2(data55) > 100){
const err192 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/entryDate",schemaPath:"#/$defs/fileLayout/properties/columns/properties/entryDate/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema36.properties.columns.properties.entryDate,data:data55};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
if(func2(data55) < 1){
const err193 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/entryDate",schemaPath:"#/$defs/fileLayout/properties/columns/properties/entryDate/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.columns.properties.entryDate,data:data55};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
else {
const err194 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/entryDate",schemaPath:"#/$defs/fileLayout/properties/columns/properties/entryDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.columns.properties.entryDate.type,parentSchema:schema36.properties.columns.properties.entryDate,data:data55};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
if(data52.exitDate !== undefined){
let data56 = data52.exitDate;
if(typeof data56 === "string"){
if(func2(data56) > 100){
const err195 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/exitDate",schemaPath:"#/$defs/fileLayout/properties/columns/properties/exitDate/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema36.properties.columns.properties.exitDate,data:data56};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
if(func2(data56) < 1){
const err196 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/exitDate",schemaPath:"#/$defs/fileLayout/properties/columns/properties/exitDate/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.columns.properties.exitDate,data:data56};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
else {
const err197 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/exitDate",schemaPath:"#/$defs/fileLayout/properties/columns/properties/exitDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.columns.properties.exitDate.type,parentSchema:schema36.properties.columns.properties.exitDate,data:data56};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data52.exitReason !== undefined){
let data57 = data52.exitReason;
if(typeof data57 === "string"){
if(func2(data57) > 100){
const err198 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/exitReason",schemaPath:"#/$defs/fileLayout/properties/columns/properties/exitReason/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema36.properties.columns.properties.exitReason,data:data57};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
if(func2(data57) < 1){
const err199 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/exitReason",schemaPath:"#/$defs/fileLayout/properties/columns/properties/exitReason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.columns.properties.exitReason,data:data57};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
else {
const err200 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/exitReason",schemaPath:"#/$defs/fileLayout/properties/columns/properties/exitReason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.columns.properties.exitReason.type,parentSchema:schema36.properties.columns.properties.exitReason,data:data57};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data52.labourStatus !== undefined){
let data58 = data52.labourStatus;
if(typeof data58 === "string"){
if(func2(data58) > 100){
const err201 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/labourStatus",schemaPath:"#/$defs/fileLayout/properties/columns/properties/labourStatus/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema36.properties.columns.properties.labourStatus,data:data58};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
if(func2(data58) < 1){
const err202 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/labourStatus",schemaPath:"#/$defs/fileLayout/properties/columns/properties/labourStatus/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.columns.properties.labourStatus,data:data58};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
else {
const err203 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/labourStatus",schemaPath:"#/$defs/fileLayout/properties/columns/properties/labourStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.columns.properties.labourStatus.type,parentSchema:schema36.properties.columns.properties.labourStatus,data:data58};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
if(data52.education !== undefined){
let data59 = data52.education;
if(typeof data59 === "string"){
if(func2(data59) > 100){
const err204 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/education",schemaPath:"#/$defs/fileLayout/properties/columns/properties/education/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema36.properties.columns.properties.education,data:data59};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
if(func2(data59) < 1){
const err205 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/education",schemaPath:"#/$defs/fileLayout/properties/columns/properties/education/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.columns.properties.education,data:data59};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
else {
const err206 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/education",schemaPath:"#/$defs/fileLayout/properties/columns/properties/education/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.columns.properties.education.type,parentSchema:schema36.properties.columns.properties.education,data:data59};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data52.activity !== undefined){
let data60 = data52.activity;
if(typeof data60 === "string"){
if(func2(data60) > 100){
const err207 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/activity",schemaPath:"#/$defs/fileLayout/properties/columns/properties/activity/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema36.properties.columns.properties.activity,data:data60};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
if(func2(data60) < 1){
const err208 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/activity",schemaPath:"#/$defs/fileLayout/properties/columns/properties/activity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.columns.properties.activity,data:data60};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
else {
const err209 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/activity",schemaPath:"#/$defs/fileLayout/properties/columns/properties/activity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.columns.properties.activity.type,parentSchema:schema36.properties.columns.properties.activity,data:data60};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
if(data52.date !== undefined){
let data61 = data52.date;
if(typeof data61 === "string"){
if(func2(data61) > 100){
const err210 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/date",schemaPath:"#/$defs/fileLayout/properties/columns/properties/date/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema36.properties.columns.properties.date,data:data61};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
if(func2(data61) < 1){
const err211 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/date",schemaPath:"#/$defs/fileLayout/properties/columns/properties/date/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.columns.properties.date,data:data61};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
else {
const err212 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/date",schemaPath:"#/$defs/fileLayout/properties/columns/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.columns.properties.date.type,parentSchema:schema36.properties.columns.properties.date,data:data61};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(data52.sessionLength !== undefined){
let data62 = data52.sessionLength;
if(typeof data62 === "string"){
if(func2(data62) > 100){
const err213 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/sessionLength",schemaPath:"#/$defs/fileLayout/properties/columns/properties/sessionLength/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema36.properties.columns.properties.sessionLength,data:data62};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
if(func2(data62) < 1){
const err214 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/sessionLength",schemaPath:"#/$defs/fileLayout/properties/columns/properties/sessionLength/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.columns.properties.sessionLength,data:data62};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
else {
const err215 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/sessionLength",schemaPath:"#/$defs/fileLayout/properties/columns/properties/sessionLength/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.columns.properties.sessionLength.type,parentSchema:schema36.properties.columns.properties.sessionLength,data:data62};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data52.status !== undefined){
let data63 = data52.status;
if(typeof data63 === "string"){
if(func2(data63) > 100){
const err216 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/status",schemaPath:"#/$defs/fileLayout/properties/columns/properties/status/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema36.properties.columns.properties.status,data:data63};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
if(func2(data63) < 1){
const err217 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/status",schemaPath:"#/$defs/fileLayout/properties/columns/properties/status/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.columns.properties.status,data:data63};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
else {
const err218 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/status",schemaPath:"#/$defs/fileLayout/properties/columns/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.columns.properties.status.type,parentSchema:schema36.properties.columns.properties.status,data:data63};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data52.children !== undefined){
let data64 = data52.children;
if(typeof data64 === "string"){
if(func2(data64) > 100){
const err219 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/children",schemaPath:"#/$defs/fileLayout/properties/columns/properties/children/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema36.properties.columns.properties.children,data:data64};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
if(func2(data64) < 1){
const err220 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/children",schemaPath:"#/$defs/fileLayout/properties/columns/properties/children/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.columns.properties.children,data:data64};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
else {
const err221 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/children",schemaPath:"#/$defs/fileLayout/properties/columns/properties/children/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.columns.properties.children.type,parentSchema:schema36.properties.columns.properties.children,data:data64};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
if(data52.hours !== undefined){
let data65 = data52.hours;
if(typeof data65 === "string"){
if(func2(data65) > 100){
const err222 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/hours",schemaPath:"#/$defs/fileLayout/properties/columns/properties/hours/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema36.properties.columns.properties.hours,data:data65};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
if(func2(data65) < 1){
const err223 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/hours",schemaPath:"#/$defs/fileLayout/properties/columns/properties/hours/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.columns.properties.hours,data:data65};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
else {
const err224 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/hours",schemaPath:"#/$defs/fileLayout/properties/columns/properties/hours/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.columns.properties.hours.type,parentSchema:schema36.properties.columns.properties.hours,data:data65};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data52.result !== undefined){
let data66 = data52.result;
if(typeof data66 === "string"){
if(func2(data66) > 100){
const err225 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/result",schemaPath:"#/$defs/fileLayout/properties/columns/properties/result/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema36.properties.columns.properties.result,data:data66};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
if(func2(data66) < 1){
const err226 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/result",schemaPath:"#/$defs/fileLayout/properties/columns/properties/result/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.columns.properties.result,data:data66};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
else {
const err227 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/result",schemaPath:"#/$defs/fileLayout/properties/columns/properties/result/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.columns.properties.result.type,parentSchema:schema36.properties.columns.properties.result,data:data66};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data52.supportKind !== undefined){
let data67 = data52.supportKind;
if(typeof data67 === "string"){
if(func2(data67) > 100){
const err228 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/supportKind",schemaPath:"#/$defs/fileLayout/properties/columns/properties/supportKind/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema36.properties.columns.properties.supportKind,data:data67};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
if(func2(data67) < 1){
const err229 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/supportKind",schemaPath:"#/$defs/fileLayout/properties/columns/properties/supportKind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.columns.properties.supportKind,data:data67};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
else {
const err230 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/supportKind",schemaPath:"#/$defs/fileLayout/properties/columns/properties/supportKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.columns.properties.supportKind.type,parentSchema:schema36.properties.columns.properties.supportKind,data:data67};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data52.quantity !== undefined){
let data68 = data52.quantity;
if(typeof data68 === "string"){
if(func2(data68) > 100){
const err231 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/quantity",schemaPath:"#/$defs/fileLayout/properties/columns/properties/quantity/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema36.properties.columns.properties.quantity,data:data68};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
if(func2(data68) < 1){
const err232 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/quantity",schemaPath:"#/$defs/fileLayout/properties/columns/properties/quantity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.columns.properties.quantity,data:data68};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
else {
const err233 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/quantity",schemaPath:"#/$defs/fileLayout/properties/columns/properties/quantity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.columns.properties.quantity.type,parentSchema:schema36.properties.columns.properties.quantity,data:data68};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
if(data52.description !== undefined){
let data69 = data52.description;
if(typeof data69 === "string"){
if(func2(data69) > 100){
const err234 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/description",schemaPath:"#/$defs/fileLayout/properties/columns/properties/description/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema36.properties.columns.properties.description,data:data69};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
if(func2(data69) < 1){
const err235 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/description",schemaPath:"#/$defs/fileLayout/properties/columns/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.columns.properties.description,data:data69};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
else {
const err236 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/description",schemaPath:"#/$defs/fileLayout/properties/columns/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.columns.properties.description.type,parentSchema:schema36.properties.columns.properties.description,data:data69};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
if(data52.outcome !== undefined){
let data70 = data52.outcome;
if(typeof data70 === "string"){
if(func2(data70) > 100){
const err237 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/outcome",schemaPath:"#/$defs/fileLayout/properties/columns/properties/outcome/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema36.properties.columns.properties.outcome,data:data70};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
if(func2(data70) < 1){
const err238 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/outcome",schemaPath:"#/$defs/fileLayout/properties/columns/properties/outcome/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.columns.properties.outcome,data:data70};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
else {
const err239 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/outcome",schemaPath:"#/$defs/fileLayout/properties/columns/properties/outcome/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.columns.properties.outcome.type,parentSchema:schema36.properties.columns.properties.outcome,data:data70};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
if(data52.certificateNumber !== undefined){
let data71 = data52.certificateNumber;
if(typeof data71 === "string"){
if(func2(data71) > 100){
const err240 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/certificateNumber",schemaPath:"#/$defs/fileLayout/properties/columns/properties/certificateNumber/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema36.properties.columns.properties.certificateNumber,data:data71};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
if(func2(data71) < 1){
const err241 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/certificateNumber",schemaPath:"#/$defs/fileLayout/properties/columns/properties/certificateNumber/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.columns.properties.certificateNumber,data:data71};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
else {
const err242 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns/certificateNumber",schemaPath:"#/$defs/fileLayout/properties/columns/properties/certificateNumber/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.columns.properties.certificateNumber.type,parentSchema:schema36.properties.columns.properties.certificateNumber,data:data71};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
}
else {
const err243 = {instancePath:instancePath+"/fileLayouts/" + i4+"/columns",schemaPath:"#/$defs/fileLayout/properties/columns/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.columns.type,parentSchema:schema36.properties.columns,data:data52};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
let data72 = data40.dropColumns;
if(Array.isArray(data72)){
const len6 = data72.length;
for(let i7=0; i7<len6; i7++){
let data73 = data72[i7];
if(typeof data73 === "string"){
if(func2(data73) > 100){
const err244 = {instancePath:instancePath+"/fileLayouts/" + i4+"/dropColumns/" + i7,schemaPath:"#/$defs/fileLayout/properties/dropColumns/items/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema36.properties.dropColumns.items,data:data73};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
if(func2(data73) < 1){
const err245 = {instancePath:instancePath+"/fileLayouts/" + i4+"/dropColumns/" + i7,schemaPath:"#/$defs/fileLayout/properties/dropColumns/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.dropColumns.items,data:data73};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
else {
const err246 = {instancePath:instancePath+"/fileLayouts/" + i4+"/dropColumns/" + i7,schemaPath:"#/$defs/fileLayout/properties/dropColumns/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.dropColumns.items.type,parentSchema:schema36.properties.dropColumns.items,data:data73};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
let i8 = data72.length;
let j1;
if(i8 > 1){
const indices0 = {};
for(;i8--;){
let item0 = data72[i8];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err247 = {instancePath:instancePath+"/fileLayouts/" + i4+"/dropColumns",schemaPath:"#/$defs/fileLayout/properties/dropColumns/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i8+" are identical)",schema:true,parentSchema:schema36.properties.dropColumns,data:data72};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
break;
}
indices0[item0] = i8;
}
}
}
else {
const err248 = {instancePath:instancePath+"/fileLayouts/" + i4+"/dropColumns",schemaPath:"#/$defs/fileLayout/properties/dropColumns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.dropColumns.type,parentSchema:schema36.properties.dropColumns,data:data72};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
if(data40.sessionLength !== undefined){
let data74 = data40.sessionLength;
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
if(data74.unit === undefined){
const err249 = {instancePath:instancePath+"/fileLayouts/" + i4+"/sessionLength",schemaPath:"#/$defs/fileLayout/properties/sessionLength/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'",schema:schema36.properties.sessionLength.required,parentSchema:schema36.properties.sessionLength,data:data74};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
for(const key9 in data74){
if(!((key9 === "unit") || (key9 === "lessonMinutes"))){
const err250 = {instancePath:instancePath+"/fileLayouts/" + i4+"/sessionLength",schemaPath:"#/$defs/fileLayout/properties/sessionLength/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema36.properties.sessionLength,data:data74};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(data74.unit !== undefined){
let data75 = data74.unit;
if(typeof data75 !== "string"){
const err251 = {instancePath:instancePath+"/fileLayouts/" + i4+"/sessionLength/unit",schemaPath:"#/$defs/fileLayout/properties/sessionLength/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.sessionLength.properties.unit.type,parentSchema:schema36.properties.sessionLength.properties.unit,data:data75};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
if(!(((data75 === "HOURS") || (data75 === "MINUTES")) || (data75 === "LESSON_HOURS"))){
const err252 = {instancePath:instancePath+"/fileLayouts/" + i4+"/sessionLength/unit",schemaPath:"#/$defs/fileLayout/properties/sessionLength/properties/unit/enum",keyword:"enum",params:{allowedValues: schema36.properties.sessionLength.properties.unit.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.sessionLength.properties.unit.enum,parentSchema:schema36.properties.sessionLength.properties.unit,data:data75};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
if(data74.lessonMinutes !== undefined){
let data76 = data74.lessonMinutes;
if(!(((typeof data76 == "number") && (!(data76 % 1) && !isNaN(data76))) && (isFinite(data76)))){
const err253 = {instancePath:instancePath+"/fileLayouts/" + i4+"/sessionLength/lessonMinutes",schemaPath:"#/$defs/fileLayout/properties/sessionLength/properties/lessonMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.sessionLength.properties.lessonMinutes.type,parentSchema:schema36.properties.sessionLength.properties.lessonMinutes,data:data76};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
if((typeof data76 == "number") && (isFinite(data76))){
if(data76 > 240 || isNaN(data76)){
const err254 = {instancePath:instancePath+"/fileLayouts/" + i4+"/sessionLength/lessonMinutes",schemaPath:"#/$defs/fileLayout/properties/sessionLength/properties/lessonMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 240},message:"must be <= 240",schema:240,parentSchema:schema36.properties.sessionLength.properties.lessonMinutes,data:data76};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
if(data76 < 1 || isNaN(data76)){
const err255 = {instancePath:instancePath+"/fileLayouts/" + i4+"/sessionLength/lessonMinutes",schemaPath:"#/$defs/fileLayout/properties/sessionLength/properties/lessonMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.sessionLength.properties.lessonMinutes,data:data76};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
}
}
else {
const err256 = {instancePath:instancePath+"/fileLayouts/" + i4+"/sessionLength",schemaPath:"#/$defs/fileLayout/properties/sessionLength/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.sessionLength.type,parentSchema:schema36.properties.sessionLength,data:data74};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
let data77 = data40.codes;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
for(const key10 in data77){
if(!(((((((key10 === "status") || (key10 === "exitReason")) || (key10 === "labourStatus")) || (key10 === "education")) || (key10 === "result")) || (key10 === "outcome")) || (key10 === "supportKind"))){
const err257 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes",schemaPath:"#/$defs/fileLayout/properties/codes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema36.properties.codes,data:data77};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
if(data77.status !== undefined){
let data78 = data77.status;
if(data78 && typeof data78 == "object" && !Array.isArray(data78)){
if(Object.keys(data78).length < 1){
const err258 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/status",schemaPath:"#/$defs/fileLayout/properties/codes/properties/status/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.codes.properties.status,data:data78};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
for(const key11 in data78){
const _errs174 = errors;
if(typeof key11 === "string"){
if(func2(key11) < 1){
const err259 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/status",schemaPath:"#/$defs/fileLayout/properties/codes/properties/status/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.codes.properties.status.propertyNames,data:key11,propertyName:key11};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
var valid32 = _errs174 === errors;
if(!valid32){
const err260 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/status",schemaPath:"#/$defs/fileLayout/properties/codes/properties/status/propertyNames",keyword:"propertyNames",params:{propertyName: key11},message:"property name must be valid",schema:schema36.properties.codes.properties.status.propertyNames,parentSchema:schema36.properties.codes.properties.status,data:data78};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
for(const key12 in data78){
let data79 = data78[key12];
if(typeof data79 !== "string"){
const err261 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/status/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/fileLayout/properties/codes/properties/status/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.codes.properties.status.additionalProperties.type,parentSchema:schema36.properties.codes.properties.status.additionalProperties,data:data79};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
if(!(((data79 === "PRESENT") || (data79 === "ABSENT")) || (data79 === "EXCUSED"))){
const err262 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/status/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/fileLayout/properties/codes/properties/status/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema36.properties.codes.properties.status.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.codes.properties.status.additionalProperties.enum,parentSchema:schema36.properties.codes.properties.status.additionalProperties,data:data79};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
}
else {
const err263 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/status",schemaPath:"#/$defs/fileLayout/properties/codes/properties/status/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.codes.properties.status.type,parentSchema:schema36.properties.codes.properties.status,data:data78};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
if(data77.exitReason !== undefined){
let data80 = data77.exitReason;
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
if(Object.keys(data80).length < 1){
const err264 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/exitReason",schemaPath:"#/$defs/fileLayout/properties/codes/properties/exitReason/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.codes.properties.exitReason,data:data80};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
for(const key13 in data80){
const _errs180 = errors;
if(typeof key13 === "string"){
if(func2(key13) < 1){
const err265 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/exitReason",schemaPath:"#/$defs/fileLayout/properties/codes/properties/exitReason/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.codes.properties.exitReason.propertyNames,data:key13,propertyName:key13};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
var valid34 = _errs180 === errors;
if(!valid34){
const err266 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/exitReason",schemaPath:"#/$defs/fileLayout/properties/codes/properties/exitReason/propertyNames",keyword:"propertyNames",params:{propertyName: key13},message:"property name must be valid",schema:schema36.properties.codes.properties.exitReason.propertyNames,parentSchema:schema36.properties.codes.properties.exitReason,data:data80};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
for(const key14 in data80){
let data81 = data80[key14];
if(typeof data81 !== "string"){
const err267 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/exitReason/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/fileLayout/properties/codes/properties/exitReason/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.codes.properties.exitReason.additionalProperties.type,parentSchema:schema36.properties.codes.properties.exitReason.additionalProperties,data:data81};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
if(!((data81 === "COMPLETED") || (data81 === "DROPPED_OUT"))){
const err268 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/exitReason/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/fileLayout/properties/codes/properties/exitReason/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema36.properties.codes.properties.exitReason.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.codes.properties.exitReason.additionalProperties.enum,parentSchema:schema36.properties.codes.properties.exitReason.additionalProperties,data:data81};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
}
else {
const err269 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/exitReason",schemaPath:"#/$defs/fileLayout/properties/codes/properties/exitReason/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.codes.properties.exitReason.type,parentSchema:schema36.properties.codes.properties.exitReason,data:data80};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data77.labourStatus !== undefined){
let data82 = data77.labourStatus;
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
if(Object.keys(data82).length < 1){
const err270 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/labourStatus",schemaPath:"#/$defs/fileLayout/properties/codes/properties/labourStatus/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.codes.properties.labourStatus,data:data82};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
for(const key15 in data82){
const _errs186 = errors;
if(typeof key15 === "string"){
if(func2(key15) < 1){
const err271 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/labourStatus",schemaPath:"#/$defs/fileLayout/properties/codes/properties/labourStatus/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.codes.properties.labourStatus.propertyNames,data:key15,propertyName:key15};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
var valid36 = _errs186 === errors;
if(!valid36){
const err272 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/labourStatus",schemaPath:"#/$defs/fileLayout/properties/codes/properties/labourStatus/propertyNames",keyword:"propertyNames",params:{propertyName: key15},message:"property name must be valid",schema:schema36.properties.codes.properties.labourStatus.propertyNames,parentSchema:schema36.properties.codes.properties.labourStatus,data:data82};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
for(const key16 in data82){
let data83 = data82[key16];
if(typeof data83 !== "string"){
const err273 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/labourStatus/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/fileLayout/properties/codes/properties/labourStatus/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.codes.properties.labourStatus.additionalProperties.type,parentSchema:schema36.properties.codes.properties.labourStatus.additionalProperties,data:data83};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
if(!(((data83 === "UNEMPLOYED") || (data83 === "INACTIVE")) || (data83 === "EMPLOYED"))){
const err274 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/labourStatus/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/fileLayout/properties/codes/properties/labourStatus/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema36.properties.codes.properties.labourStatus.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.codes.properties.labourStatus.additionalProperties.enum,parentSchema:schema36.properties.codes.properties.labourStatus.additionalProperties,data:data83};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
}
else {
const err275 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/labourStatus",schemaPath:"#/$defs/fileLayout/properties/codes/properties/labourStatus/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.codes.properties.labourStatus.type,parentSchema:schema36.properties.codes.properties.labourStatus,data:data82};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
if(data77.education !== undefined){
let data84 = data77.education;
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
if(Object.keys(data84).length < 1){
const err276 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/education",schemaPath:"#/$defs/fileLayout/properties/codes/properties/education/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.codes.properties.education,data:data84};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
for(const key17 in data84){
const _errs192 = errors;
if(typeof key17 === "string"){
if(func2(key17) < 1){
const err277 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/education",schemaPath:"#/$defs/fileLayout/properties/codes/properties/education/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.codes.properties.education.propertyNames,data:key17,propertyName:key17};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
var valid38 = _errs192 === errors;
if(!valid38){
const err278 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/education",schemaPath:"#/$defs/fileLayout/properties/codes/properties/education/propertyNames",keyword:"propertyNames",params:{propertyName: key17},message:"property name must be valid",schema:schema36.properties.codes.properties.education.propertyNames,parentSchema:schema36.properties.codes.properties.education,data:data84};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
for(const key18 in data84){
let data85 = data84[key18];
if(typeof data85 !== "string"){
const err279 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/education/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/fileLayout/properties/codes/properties/education/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.codes.properties.education.additionalProperties.type,parentSchema:schema36.properties.codes.properties.education.additionalProperties,data:data85};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
if(!(((((data85 === "PRIMARY") || (data85 === "LOWER_SECONDARY")) || (data85 === "UPPER_SECONDARY")) || (data85 === "POST_SECONDARY")) || (data85 === "TERTIARY"))){
const err280 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/education/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/fileLayout/properties/codes/properties/education/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema36.properties.codes.properties.education.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.codes.properties.education.additionalProperties.enum,parentSchema:schema36.properties.codes.properties.education.additionalProperties,data:data85};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
}
else {
const err281 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/education",schemaPath:"#/$defs/fileLayout/properties/codes/properties/education/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.codes.properties.education.type,parentSchema:schema36.properties.codes.properties.education,data:data84};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
if(data77.result !== undefined){
let data86 = data77.result;
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
if(Object.keys(data86).length < 1){
const err282 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/result",schemaPath:"#/$defs/fileLayout/properties/codes/properties/result/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.codes.properties.result,data:data86};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
for(const key19 in data86){
const _errs198 = errors;
if(typeof key19 === "string"){
if(func2(key19) < 1){
const err283 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/result",schemaPath:"#/$defs/fileLayout/properties/codes/properties/result/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.codes.properties.result.propertyNames,data:key19,propertyName:key19};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
var valid40 = _errs198 === errors;
if(!valid40){
const err284 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/result",schemaPath:"#/$defs/fileLayout/properties/codes/properties/result/propertyNames",keyword:"propertyNames",params:{propertyName: key19},message:"property name must be valid",schema:schema36.properties.codes.properties.result.propertyNames,parentSchema:schema36.properties.codes.properties.result,data:data86};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
for(const key20 in data86){
let data87 = data86[key20];
if(typeof data87 !== "string"){
const err285 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/result/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/fileLayout/properties/codes/properties/result/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.codes.properties.result.additionalProperties.type,parentSchema:schema36.properties.codes.properties.result.additionalProperties,data:data87};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
if(!((((data87 === "EMPLOYED") || (data87 === "SELF_EMPLOYED")) || (data87 === "IN_EDUCATION")) || (data87 === "JOB_SEEKING"))){
const err286 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/result/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/fileLayout/properties/codes/properties/result/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema36.properties.codes.properties.result.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.codes.properties.result.additionalProperties.enum,parentSchema:schema36.properties.codes.properties.result.additionalProperties,data:data87};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
}
else {
const err287 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/result",schemaPath:"#/$defs/fileLayout/properties/codes/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.codes.properties.result.type,parentSchema:schema36.properties.codes.properties.result,data:data86};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
if(data77.outcome !== undefined){
let data88 = data77.outcome;
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
if(Object.keys(data88).length < 1){
const err288 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/outcome",schemaPath:"#/$defs/fileLayout/properties/codes/properties/outcome/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.codes.properties.outcome,data:data88};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
for(const key21 in data88){
const _errs204 = errors;
if(typeof key21 === "string"){
if(func2(key21) < 1){
const err289 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/outcome",schemaPath:"#/$defs/fileLayout/properties/codes/properties/outcome/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.codes.properties.outcome.propertyNames,data:key21,propertyName:key21};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
var valid42 = _errs204 === errors;
if(!valid42){
const err290 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/outcome",schemaPath:"#/$defs/fileLayout/properties/codes/properties/outcome/propertyNames",keyword:"propertyNames",params:{propertyName: key21},message:"property name must be valid",schema:schema36.properties.codes.properties.outcome.propertyNames,parentSchema:schema36.properties.codes.properties.outcome,data:data88};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
for(const key22 in data88){
let data89 = data88[key22];
if(typeof data89 !== "string"){
const err291 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/outcome/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/fileLayout/properties/codes/properties/outcome/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.codes.properties.outcome.additionalProperties.type,parentSchema:schema36.properties.codes.properties.outcome.additionalProperties,data:data89};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
if(!((data89 === "PASSED") || (data89 === "FAILED"))){
const err292 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/outcome/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/fileLayout/properties/codes/properties/outcome/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema36.properties.codes.properties.outcome.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.codes.properties.outcome.additionalProperties.enum,parentSchema:schema36.properties.codes.properties.outcome.additionalProperties,data:data89};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
}
else {
const err293 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/outcome",schemaPath:"#/$defs/fileLayout/properties/codes/properties/outcome/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.codes.properties.outcome.type,parentSchema:schema36.properties.codes.properties.outcome,data:data88};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
if(data77.supportKind !== undefined){
let data90 = data77.supportKind;
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
if(Object.keys(data90).length < 1){
const err294 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/supportKind",schemaPath:"#/$defs/fileLayout/properties/codes/properties/supportKind/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.codes.properties.supportKind,data:data90};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
for(const key23 in data90){
const _errs210 = errors;
if(typeof key23 === "string"){
if(func2(key23) < 1){
const err295 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/supportKind",schemaPath:"#/$defs/fileLayout/properties/codes/properties/supportKind/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.codes.properties.supportKind.propertyNames,data:key23,propertyName:key23};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
var valid44 = _errs210 === errors;
if(!valid44){
const err296 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/supportKind",schemaPath:"#/$defs/fileLayout/properties/codes/properties/supportKind/propertyNames",keyword:"propertyNames",params:{propertyName: key23},message:"property name must be valid",schema:schema36.properties.codes.properties.supportKind.propertyNames,parentSchema:schema36.properties.codes.properties.supportKind,data:data90};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
for(const key24 in data90){
let data91 = data90[key24];
if(typeof data91 === "string"){
if(func2(data91) < 1){
const err297 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/supportKind/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/fileLayout/properties/codes/properties/supportKind/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.codes.properties.supportKind.additionalProperties,data:data91};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
else {
const err298 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/supportKind/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/fileLayout/properties/codes/properties/supportKind/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.codes.properties.supportKind.additionalProperties.type,parentSchema:schema36.properties.codes.properties.supportKind.additionalProperties,data:data91};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
}
else {
const err299 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes/supportKind",schemaPath:"#/$defs/fileLayout/properties/codes/properties/supportKind/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.codes.properties.supportKind.type,parentSchema:schema36.properties.codes.properties.supportKind,data:data90};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
}
else {
const err300 = {instancePath:instancePath+"/fileLayouts/" + i4+"/codes",schemaPath:"#/$defs/fileLayout/properties/codes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.codes.type,parentSchema:schema36.properties.codes,data:data77};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
else {
const err301 = {instancePath:instancePath+"/fileLayouts/" + i4,schemaPath:"#/$defs/fileLayout/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data40};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
}
else {
const err302 = {instancePath:instancePath+"/fileLayouts",schemaPath:"#/properties/fileLayouts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.fileLayouts.type,parentSchema:schema31.properties.fileLayouts,data:data39};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
if(data.events !== undefined){
let data92 = data.events;
if(Array.isArray(data92)){
const len7 = data92.length;
for(let i9=0; i9<len7; i9++){
let data93 = data92[i9];
if(data93 && typeof data93 == "object" && !Array.isArray(data93)){
if(data93.code === undefined){
const err303 = {instancePath:instancePath+"/events/" + i9,schemaPath:"#/$defs/event/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema37.required,parentSchema:schema37,data:data93};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
if(data93.name === undefined){
const err304 = {instancePath:instancePath+"/events/" + i9,schemaPath:"#/$defs/event/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema37.required,parentSchema:schema37,data:data93};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
if(data93.date === undefined){
const err305 = {instancePath:instancePath+"/events/" + i9,schemaPath:"#/$defs/event/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema37.required,parentSchema:schema37,data:data93};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
if(data93.venue === undefined){
const err306 = {instancePath:instancePath+"/events/" + i9,schemaPath:"#/$defs/event/required",keyword:"required",params:{missingProperty: "venue"},message:"must have required property '"+"venue"+"'",schema:schema37.required,parentSchema:schema37,data:data93};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
if(data93.description === undefined){
const err307 = {instancePath:instancePath+"/events/" + i9,schemaPath:"#/$defs/event/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema37.required,parentSchema:schema37,data:data93};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
if(data93.audience === undefined){
const err308 = {instancePath:instancePath+"/events/" + i9,schemaPath:"#/$defs/event/required",keyword:"required",params:{missingProperty: "audience"},message:"must have required property '"+"audience"+"'",schema:schema37.required,parentSchema:schema37,data:data93};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
if(data93.audienceIllustrative === undefined){
const err309 = {instancePath:instancePath+"/events/" + i9,schemaPath:"#/$defs/event/required",keyword:"required",params:{missingProperty: "audienceIllustrative"},message:"must have required property '"+"audienceIllustrative"+"'",schema:schema37.required,parentSchema:schema37,data:data93};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
for(const key25 in data93){
if(!(((((((key25 === "code") || (key25 === "name")) || (key25 === "date")) || (key25 === "venue")) || (key25 === "description")) || (key25 === "audience")) || (key25 === "audienceIllustrative"))){
const err310 = {instancePath:instancePath+"/events/" + i9,schemaPath:"#/$defs/event/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data:data93};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
if(data93.code !== undefined){
let data94 = data93.code;
if(typeof data94 === "string"){
if(func2(data94) > 40){
const err311 = {instancePath:instancePath+"/events/" + i9+"/code",schemaPath:"#/$defs/event/properties/code/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema37.properties.code,data:data94};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
if(func2(data94) < 1){
const err312 = {instancePath:instancePath+"/events/" + i9+"/code",schemaPath:"#/$defs/event/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.code,data:data94};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
if(!pattern4.test(data94)){
const err313 = {instancePath:instancePath+"/events/" + i9+"/code",schemaPath:"#/$defs/event/properties/code/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema37.properties.code,data:data94};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
else {
const err314 = {instancePath:instancePath+"/events/" + i9+"/code",schemaPath:"#/$defs/event/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.code.type,parentSchema:schema37.properties.code,data:data94};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
if(data93.name !== undefined){
let data95 = data93.name;
if(typeof data95 === "string"){
if(func2(data95) > 200){
const err315 = {instancePath:instancePath+"/events/" + i9+"/name",schemaPath:"#/$defs/event/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema37.properties.name,data:data95};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
if(func2(data95) < 1){
const err316 = {instancePath:instancePath+"/events/" + i9+"/name",schemaPath:"#/$defs/event/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.name,data:data95};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
else {
const err317 = {instancePath:instancePath+"/events/" + i9+"/name",schemaPath:"#/$defs/event/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.name.type,parentSchema:schema37.properties.name,data:data95};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
if(data93.date !== undefined){
let data96 = data93.date;
if(typeof data96 === "string"){
if(!(formats0.validate(data96))){
const err318 = {instancePath:instancePath+"/events/" + i9+"/date",schemaPath:"#/$defs/event/properties/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema37.properties.date,data:data96};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
else {
const err319 = {instancePath:instancePath+"/events/" + i9+"/date",schemaPath:"#/$defs/event/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.date.type,parentSchema:schema37.properties.date,data:data96};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
if(data93.venue !== undefined){
let data97 = data93.venue;
if(typeof data97 === "string"){
if(func2(data97) > 300){
const err320 = {instancePath:instancePath+"/events/" + i9+"/venue",schemaPath:"#/$defs/event/properties/venue/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema37.properties.venue,data:data97};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
if(func2(data97) < 1){
const err321 = {instancePath:instancePath+"/events/" + i9+"/venue",schemaPath:"#/$defs/event/properties/venue/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.venue,data:data97};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
else {
const err322 = {instancePath:instancePath+"/events/" + i9+"/venue",schemaPath:"#/$defs/event/properties/venue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.venue.type,parentSchema:schema37.properties.venue,data:data97};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
}
if(data93.description !== undefined){
let data98 = data93.description;
if(typeof data98 === "string"){
if(func2(data98) > 2000){
const err323 = {instancePath:instancePath+"/events/" + i9+"/description",schemaPath:"#/$defs/event/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema37.properties.description,data:data98};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
else {
const err324 = {instancePath:instancePath+"/events/" + i9+"/description",schemaPath:"#/$defs/event/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.description.type,parentSchema:schema37.properties.description,data:data98};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
if(data93.audience !== undefined){
let data99 = data93.audience;
if((!(((typeof data99 == "number") && (!(data99 % 1) && !isNaN(data99))) && (isFinite(data99)))) && (data99 !== null)){
const err325 = {instancePath:instancePath+"/events/" + i9+"/audience",schemaPath:"#/$defs/event/properties/audience/type",keyword:"type",params:{type: schema37.properties.audience.type},message:"must be integer,null",schema:schema37.properties.audience.type,parentSchema:schema37.properties.audience,data:data99};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
if((typeof data99 == "number") && (isFinite(data99))){
if(data99 < 0 || isNaN(data99)){
const err326 = {instancePath:instancePath+"/events/" + i9+"/audience",schemaPath:"#/$defs/event/properties/audience/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema37.properties.audience,data:data99};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
}
if(data93.audienceIllustrative !== undefined){
let data100 = data93.audienceIllustrative;
if(typeof data100 !== "boolean"){
const err327 = {instancePath:instancePath+"/events/" + i9+"/audienceIllustrative",schemaPath:"#/$defs/event/properties/audienceIllustrative/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.audienceIllustrative.type,parentSchema:schema37.properties.audienceIllustrative,data:data100};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
}
else {
const err328 = {instancePath:instancePath+"/events/" + i9,schemaPath:"#/$defs/event/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data:data93};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
}
else {
const err329 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.events.type,parentSchema:schema31.properties.events,data:data92};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
if(data.sites !== undefined){
let data101 = data.sites;
if(Array.isArray(data101)){
const len8 = data101.length;
for(let i10=0; i10<len8; i10++){
let data102 = data101[i10];
if(data102 && typeof data102 == "object" && !Array.isArray(data102)){
if(data102.code === undefined){
const err330 = {instancePath:instancePath+"/sites/" + i10,schemaPath:"#/$defs/site/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema38.required,parentSchema:schema38,data:data102};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
if(data102.name === undefined){
const err331 = {instancePath:instancePath+"/sites/" + i10,schemaPath:"#/$defs/site/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema38.required,parentSchema:schema38,data:data102};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
if(data102.description === undefined){
const err332 = {instancePath:instancePath+"/sites/" + i10,schemaPath:"#/$defs/site/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema38.required,parentSchema:schema38,data:data102};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
if(data102.redevelopedOn === undefined){
const err333 = {instancePath:instancePath+"/sites/" + i10,schemaPath:"#/$defs/site/required",keyword:"required",params:{missingProperty: "redevelopedOn"},message:"must have required property '"+"redevelopedOn"+"'",schema:schema38.required,parentSchema:schema38,data:data102};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
for(const key26 in data102){
if(!((((key26 === "code") || (key26 === "name")) || (key26 === "description")) || (key26 === "redevelopedOn"))){
const err334 = {instancePath:instancePath+"/sites/" + i10,schemaPath:"#/$defs/site/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data:data102};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
if(data102.code !== undefined){
let data103 = data102.code;
if(typeof data103 === "string"){
if(func2(data103) > 40){
const err335 = {instancePath:instancePath+"/sites/" + i10+"/code",schemaPath:"#/$defs/site/properties/code/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema38.properties.code,data:data103};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
if(func2(data103) < 1){
const err336 = {instancePath:instancePath+"/sites/" + i10+"/code",schemaPath:"#/$defs/site/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.code,data:data103};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
if(!pattern4.test(data103)){
const err337 = {instancePath:instancePath+"/sites/" + i10+"/code",schemaPath:"#/$defs/site/properties/code/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema38.properties.code,data:data103};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
else {
const err338 = {instancePath:instancePath+"/sites/" + i10+"/code",schemaPath:"#/$defs/site/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.code.type,parentSchema:schema38.properties.code,data:data103};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
if(data102.name !== undefined){
let data104 = data102.name;
if(typeof data104 === "string"){
if(func2(data104) > 200){
const err339 = {instancePath:instancePath+"/sites/" + i10+"/name",schemaPath:"#/$defs/site/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema38.properties.name,data:data104};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
if(func2(data104) < 1){
const err340 = {instancePath:instancePath+"/sites/" + i10+"/name",schemaPath:"#/$defs/site/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.name,data:data104};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
else {
const err341 = {instancePath:instancePath+"/sites/" + i10+"/name",schemaPath:"#/$defs/site/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.name.type,parentSchema:schema38.properties.name,data:data104};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
}
if(data102.description !== undefined){
let data105 = data102.description;
if(typeof data105 === "string"){
if(func2(data105) > 2000){
const err342 = {instancePath:instancePath+"/sites/" + i10+"/description",schemaPath:"#/$defs/site/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema38.properties.description,data:data105};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
else {
const err343 = {instancePath:instancePath+"/sites/" + i10+"/description",schemaPath:"#/$defs/site/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.description.type,parentSchema:schema38.properties.description,data:data105};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
if(data102.redevelopedOn !== undefined){
let data106 = data102.redevelopedOn;
if((typeof data106 !== "string") && (data106 !== null)){
const err344 = {instancePath:instancePath+"/sites/" + i10+"/redevelopedOn",schemaPath:"#/$defs/site/properties/redevelopedOn/type",keyword:"type",params:{type: schema38.properties.redevelopedOn.type},message:"must be string,null",schema:schema38.properties.redevelopedOn.type,parentSchema:schema38.properties.redevelopedOn,data:data106};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
if(typeof data106 === "string"){
if(!(formats0.validate(data106))){
const err345 = {instancePath:instancePath+"/sites/" + i10+"/redevelopedOn",schemaPath:"#/$defs/site/properties/redevelopedOn/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema38.properties.redevelopedOn,data:data106};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
}
}
}
else {
const err346 = {instancePath:instancePath+"/sites/" + i10,schemaPath:"#/$defs/site/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data:data102};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
}
else {
const err347 = {instancePath:instancePath+"/sites",schemaPath:"#/properties/sites/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.sites.type,parentSchema:schema31.properties.sites,data:data101};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
if(data.mediaMentions !== undefined){
let data107 = data.mediaMentions;
if(Array.isArray(data107)){
const len9 = data107.length;
for(let i11=0; i11<len9; i11++){
let data108 = data107[i11];
if(data108 && typeof data108 == "object" && !Array.isArray(data108)){
if(data108.code === undefined){
const err348 = {instancePath:instancePath+"/mediaMentions/" + i11,schemaPath:"#/$defs/mediaMention/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema39.required,parentSchema:schema39,data:data108};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
if(data108.outlet === undefined){
const err349 = {instancePath:instancePath+"/mediaMentions/" + i11,schemaPath:"#/$defs/mediaMention/required",keyword:"required",params:{missingProperty: "outlet"},message:"must have required property '"+"outlet"+"'",schema:schema39.required,parentSchema:schema39,data:data108};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
if(data108.title === undefined){
const err350 = {instancePath:instancePath+"/mediaMentions/" + i11,schemaPath:"#/$defs/mediaMention/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema39.required,parentSchema:schema39,data:data108};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
if(data108.publishedOn === undefined){
const err351 = {instancePath:instancePath+"/mediaMentions/" + i11,schemaPath:"#/$defs/mediaMention/required",keyword:"required",params:{missingProperty: "publishedOn"},message:"must have required property '"+"publishedOn"+"'",schema:schema39.required,parentSchema:schema39,data:data108};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
for(const key27 in data108){
if(!((((key27 === "code") || (key27 === "outlet")) || (key27 === "title")) || (key27 === "publishedOn"))){
const err352 = {instancePath:instancePath+"/mediaMentions/" + i11,schemaPath:"#/$defs/mediaMention/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data:data108};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
}
if(data108.code !== undefined){
let data109 = data108.code;
if(typeof data109 === "string"){
if(func2(data109) > 40){
const err353 = {instancePath:instancePath+"/mediaMentions/" + i11+"/code",schemaPath:"#/$defs/mediaMention/properties/code/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema39.properties.code,data:data109};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
if(func2(data109) < 1){
const err354 = {instancePath:instancePath+"/mediaMentions/" + i11+"/code",schemaPath:"#/$defs/mediaMention/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.code,data:data109};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
if(!pattern4.test(data109)){
const err355 = {instancePath:instancePath+"/mediaMentions/" + i11+"/code",schemaPath:"#/$defs/mediaMention/properties/code/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema39.properties.code,data:data109};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
}
else {
const err356 = {instancePath:instancePath+"/mediaMentions/" + i11+"/code",schemaPath:"#/$defs/mediaMention/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.code.type,parentSchema:schema39.properties.code,data:data109};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
}
if(data108.outlet !== undefined){
let data110 = data108.outlet;
if(typeof data110 === "string"){
if(func2(data110) > 200){
const err357 = {instancePath:instancePath+"/mediaMentions/" + i11+"/outlet",schemaPath:"#/$defs/mediaMention/properties/outlet/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema39.properties.outlet,data:data110};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
if(func2(data110) < 1){
const err358 = {instancePath:instancePath+"/mediaMentions/" + i11+"/outlet",schemaPath:"#/$defs/mediaMention/properties/outlet/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.outlet,data:data110};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
else {
const err359 = {instancePath:instancePath+"/mediaMentions/" + i11+"/outlet",schemaPath:"#/$defs/mediaMention/properties/outlet/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.outlet.type,parentSchema:schema39.properties.outlet,data:data110};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
}
if(data108.title !== undefined){
let data111 = data108.title;
if(typeof data111 === "string"){
if(func2(data111) > 400){
const err360 = {instancePath:instancePath+"/mediaMentions/" + i11+"/title",schemaPath:"#/$defs/mediaMention/properties/title/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters",schema:400,parentSchema:schema39.properties.title,data:data111};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
if(func2(data111) < 1){
const err361 = {instancePath:instancePath+"/mediaMentions/" + i11+"/title",schemaPath:"#/$defs/mediaMention/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.title,data:data111};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
}
else {
const err362 = {instancePath:instancePath+"/mediaMentions/" + i11+"/title",schemaPath:"#/$defs/mediaMention/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.title.type,parentSchema:schema39.properties.title,data:data111};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
if(data108.publishedOn !== undefined){
let data112 = data108.publishedOn;
if((typeof data112 !== "string") && (data112 !== null)){
const err363 = {instancePath:instancePath+"/mediaMentions/" + i11+"/publishedOn",schemaPath:"#/$defs/mediaMention/properties/publishedOn/type",keyword:"type",params:{type: schema39.properties.publishedOn.type},message:"must be string,null",schema:schema39.properties.publishedOn.type,parentSchema:schema39.properties.publishedOn,data:data112};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
if(typeof data112 === "string"){
if(!(formats0.validate(data112))){
const err364 = {instancePath:instancePath+"/mediaMentions/" + i11+"/publishedOn",schemaPath:"#/$defs/mediaMention/properties/publishedOn/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema39.properties.publishedOn,data:data112};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
}
}
else {
const err365 = {instancePath:instancePath+"/mediaMentions/" + i11,schemaPath:"#/$defs/mediaMention/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data:data108};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
}
else {
const err366 = {instancePath:instancePath+"/mediaMentions",schemaPath:"#/properties/mediaMentions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.mediaMentions.type,parentSchema:schema31.properties.mediaMentions,data:data107};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
if(data.indicators !== undefined){
let data113 = data.indicators;
if(Array.isArray(data113)){
const len10 = data113.length;
for(let i12=0; i12<len10; i12++){
if(!(validate21(data113[i12], {instancePath:instancePath+"/indicators/" + i12,parentData:data113,parentDataProperty:i12,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err367 = {instancePath:instancePath+"/indicators",schemaPath:"#/properties/indicators/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.indicators.type,parentSchema:schema31.properties.indicators,data:data113};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
}
}
else {
const err368 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

