#include "storage/officeeventrepository.h"

#include "search/textnormalizer.h"
#include "storage/childrows.h"
#include "storage/database.h"
#include "storage/kindrepositoryimpl.h"
#include "storage/records/recordfield.h"
#include "storage/recordwrite.h"
#include "storage/sqlconditions.h"
#include "storage/sqlrefs.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace jlgc {

namespace {

QString isoOrEmpty(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// The conditions for the filters set (placeholders only; values are bound).
SqlConditions conditionsFor(const EventFilter& f, EventId id)
{
    // The fiscal year narrows the range given, if any.
    QDate from = f.from;
    QDate to = f.to;
    if (!f.fiscalYear.isNull()) {
        if (!from.isValid() || from < f.fiscalYear.start())
            from = f.fiscalYear.start();
        if (!to.isValid() || to > f.fiscalYear.end())
            to = f.fiscalYear.end();
    }
    SqlConditions c;
    c.equalIfSet(QStringLiteral("r.id"), id);
    if (from.isValid())
        c.add(QStringLiteral("r.event_date >= :from"),
              {{QStringLiteral(":from"), isoOrEmpty(from)}});
    if (to.isValid())
        c.add(QStringLiteral("r.event_date <= :to"), {{QStringLiteral(":to"), isoOrEmpty(to)}});
    c.equalIfSet<EventKinds>(QStringLiteral("r.kind"), f.kind);
    if (f.organizationId != 0)
        c.add(QStringLiteral("r.id IN (SELECT event_id FROM office_event_organization WHERE "
                             "organization_id = :org)"),
              {{QStringLiteral(":org"), f.organizationId}});
    if (f.personId != 0)
        c.add(QStringLiteral("r.id IN (SELECT event_id FROM office_event_attendee WHERE "
                             "person_id = :person)"),
              {{QStringLiteral(":person"), f.personId}});
    return c;
}

const QString CalendarOrder =
    QStringLiteral("r.event_date, r.start_time IS NOT NULL, r.start_time, r.id");

bool matchesText(const OfficeEvent& e, const QString& folded)
{
    if (folded.isEmpty())
        return true;
    for (const QString& s : {e.titleEn, e.titleJa, e.place})
        if (containsFolded(normalizeForSearch(s), folded))
            return true;
    return false;
}

} // namespace

const RecordColumns<OfficeEvent>& OfficeEventRepository::columns()
{
    static const RecordColumns<OfficeEvent> stated =
        recordDefinition<OfficeEvent>().columns(QStringLiteral("r"));
    return stated;
}

QList<OfficeEvent> OfficeEventRepository::select(const EventFilter& filter, EventId id,
                                                 Language language) const
{
    const SqlConditions conditions = conditionsFor(filter, id);
    const QString folded = normalizeForSearch(filter.text);
    QList<OfficeEvent> result =
        columns().list(m_db, conditions, QStringLiteral("ORDER BY ") + CalendarOrder);
    result.removeIf([&](const OfficeEvent& e) { return !matchesText(e, folded); });
    if (result.isEmpty() || !filter.withParticipants)
        return result;

    Query o(m_db, QStringLiteral("SELECT x.event_id, x.organization_id, "
                                 "coalesce(o.name_en,''), coalesce(o.name_ja,''), "
                                 "coalesce(x.role,'') FROM office_event_organization x "
                                 "JOIN organization o ON o.id = x.organization_id "
                                 "JOIN office_event r ON r.id = x.event_id WHERE ") +
                      conditions.sql() + QStringLiteral(" ORDER BY x.event_id, x.id"));
    conditions.bindTo(o);
    const auto organizations = childRowsByParent(o, [language](const Query& row) {
        Organization org;
        org.nameEn = row.text(2);
        org.nameJa = row.text(3);
        return EventOrganization{row.id(1), org.display(language), row.text(4)};
    });
    Query p(m_db, QStringLiteral("SELECT x.event_id, x.person_id, ") +
                      sqlrefs::personNameColumns(QStringLiteral("n")) +
                      QStringLiteral(", coalesce(x.role,'') FROM "
                                     "office_event_attendee x JOIN person n ON n.id = x.person_id "
                                     "JOIN office_event r ON r.id = x.event_id WHERE ") +
                      conditions.sql() + QStringLiteral(" ORDER BY x.event_id, x.id"));
    conditions.bindTo(p);
    const auto attendees = childRowsByParent(p, [language](const Query& row) {
        return EventAttendee{row.id(1), sqlrefs::personNameAt(row, 2).display(language),
                             row.text(8)};
    });
    setById(result, &OfficeEvent::organizations, organizations);
    setById(result, &OfficeEvent::attendees, attendees);
    return result;
}

std::optional<OfficeEvent> OfficeEventRepository::find(EventId id, Language language) const
{
    if (id <= 0)
        return std::nullopt;
    return firstOf(select({}, id, language));
}

QList<OfficeEvent> OfficeEventRepository::list(const EventFilter& filter, Language language) const
{
    return select(filter, 0, language);
}

QList<FiscalYear> OfficeEventRepository::fiscalYears() const
{
    // A fiscal year is known from the month (April to March).
    Query q(m_db, QStringLiteral("SELECT DISTINCT substr(event_date, 1, 7) FROM office_event"));
    q.exec();
    QSet<int> years;
    while (q.next()) {
        const QDate month = QDate::fromString(q.text(0) + QStringLiteral("-01"), Qt::ISODate);
        if (month.isValid())
            years.insert(FiscalYear::containing(month).year());
    }
    QList<FiscalYear> result;
    for (int y : years)
        result << FiscalYear(y);
    std::sort(result.begin(), result.end(),
              [](const FiscalYear& a, const FiscalYear& b) { return a.year() > b.year(); });
    return result;
}

QList<EventKindCount> OfficeEventRepository::countByKind(const EventFilter& filter) const
{
    QHash<EventKind, EventKindCount> counts;
    for (const OfficeEvent& e : list(filter)) {
        EventKindCount& c = counts[e.kind];
        c.kind = e.kind;
        c.events += 1;
        c.attendance += e.attendance.value_or(0);
    }
    QList<EventKindCount> result;
    for (EventKind k : EventKinds::all())
        if (counts.contains(k))
            result << counts.value(k);
    return result;
}

void OfficeEventRepository::check(const OfficeEvent& event) const
{
    FieldErrors errors = event.validate();
    if (!namedRecordsExist(m_db, QStringLiteral("person"), event.attendees,
                           &EventAttendee::personId))
        errors.append(
            {QStringLiteral("attendees"), tr("A person chosen as attending no longer exists.")});
    if (!namedRecordsExist(m_db, QStringLiteral("organization"), event.organizations,
                           &EventOrganization::organizationId))
        errors.append({QStringLiteral("organizations"),
                       tr("An organization chosen as taking part no longer exists.")});
    if (!errors.isEmpty())
        throw StorageError(errors);
}

void OfficeEventRepository::writeChildren(EventId id, const OfficeEvent& event)
{
    recordwrite::replaceOwned(m_db, QStringLiteral("office_event_organization"),
                              QStringLiteral("event_id"), id,
                              {QStringLiteral("organization_id"), QStringLiteral("role")},
                              event.organizations, [](const EventOrganization& o, int) {
                                  return QVariantList{o.organizationId, nullIfEmpty(o.role)};
                              });
    recordwrite::replaceOwned(m_db, QStringLiteral("office_event_attendee"),
                              QStringLiteral("event_id"), id,
                              {QStringLiteral("person_id"), QStringLiteral("role")},
                              event.attendees, [](const EventAttendee& a, int) {
                                  return QVariantList{a.personId, nullIfEmpty(a.role)};
                              });
}

SaveSteps<OfficeEvent> OfficeEventRepository::saveSteps()
{
    return {[this](const OfficeEvent& e) { check(e); },
            [this](qint64 id, const OfficeEvent& e) { writeChildren(id, e); }};
}

template class KindRepository<OfficeEventRepository, OfficeEvent>;

} // namespace jlgc
