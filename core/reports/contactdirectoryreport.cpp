// Report "contacts": the partner organizations with their addresses and the
// people who hold a role in each today, grouped by country and kind.
#include "reference/jurisdiction.h"
#include "reports/report.h"
#include "reports/reportbuilder.h"
#include "reports/reporthelpers.h"
#include "storage/database.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "storage/referencerepository.h"

#include <QSet>
#include <algorithm>

namespace jlgc {

namespace {

struct Contact {
    Person person;
    Affiliation affiliation;
};

Bilingual kindHeading(const ReportBuilder& r, OrganizationKind kind)
{
    switch (kind) {
    case OrganizationKind::Association:
        return r.text(QT_TRANSLATE_NOOP("Reports", "Associations of governments"));
    case OrganizationKind::StateGovernment:
        return r.text(QT_TRANSLATE_NOOP("Reports", "State and provincial governments"));
    case OrganizationKind::LocalGovernment:
        return r.text(QT_TRANSLATE_NOOP("Reports", "City and county governments"));
    case OrganizationKind::JapaneseGovernment:
        return r.text(QT_TRANSLATE_NOOP("Reports", "Japanese governments"));
    case OrganizationKind::Consulate:
        return r.text(QT_TRANSLATE_NOOP("Reports", "Consulates and embassies"));
    case OrganizationKind::Other:
        break;
    }
    return r.text(QT_TRANSLATE_NOOP("Reports", "Other organizations"));
}

// The address block: street lines, then the city with its state, province or
// prefecture, then website, email and phone.
ReportCell addressCell(const Organization& o, const ReferenceRepository& reference)
{
    ReportCell cell;
    if (!o.address.isEmpty())
        cell << ReportLine(Bilingual::same(o.address));
    Bilingual place = Bilingual::same(o.city);
    auto withRegion = [](const QString& city, const QString& region, bool regionFirst) {
        if (city.isEmpty() || region.isEmpty())
            return city.isEmpty() ? region : city;
        return regionFirst ? region + QLatin1Char(' ') + city
                           : city + QStringLiteral(", ") + region;
    };
    if (!o.subdivisionCode.isEmpty()) {
        if (const auto s = reference.subdivision(o.subdivisionCode))
            place = Bilingual::same(withRegion(o.city, s->name, false));
    } else if (!o.municipalityCode.isEmpty()) {
        if (const auto m = reference.municipality(o.municipalityCode))
            place = {withRegion(o.city.isEmpty() ? QString() : o.city, m->prefectureEn, false),
                     m->prefectureJa + m->nameJa};
    } else if (!o.prefectureCode.isEmpty()) {
        if (const auto p = reference.prefecture(o.prefectureCode))
            place = {withRegion(o.city, p->nameEn, false), p->nameJa};
    }
    if (!place.isEmpty())
        cell << ReportLine(place);
    for (const QString& line : {o.website, o.email, o.phone})
        if (!line.isEmpty())
            cell << ReportLine(Bilingual::same(line));
    return cell;
}

// The people of an organization, a few to a row: a long list is divided
// between people, never inside one, when it reaches the foot of a page.
constexpr qsizetype ContactsPerRow = 5;

ReportCell peopleCell(const QList<Contact>& contacts)
{
    ReportCell cell;
    for (const Contact& c : contacts) {
        cell << ReportLine(personName(c.person.name), ReportLine::Strong);
        const QString role = c.affiliation.role.isEmpty() ? c.person.title : c.affiliation.role;
        if (!role.isEmpty())
            cell << ReportLine(Bilingual::same(role), ReportLine::Muted);
        for (const QString& line : {c.person.email, c.person.phone})
            if (!line.isEmpty())
                cell << ReportLine(Bilingual::same(line));
    }
    return cell;
}

// The organization's rows: its name, short name and address beside its
// first people; its name again, "continued", beside the others.
void addOrganization(const ReportBuilder& r, ReportTable& table, const Organization& o,
                     const QList<Contact>& contacts, const ReferenceRepository& reference)
{
    const ReportLine nameLine(Bilingual{o.nameEn, o.nameJa}, ReportLine::Strong);
    ReportCell name{nameLine};
    if (!o.shortName.isEmpty())
        name << ReportLine(Bilingual::same(o.shortName), ReportLine::Muted);
    if (contacts.isEmpty()) {
        table.addRow({name,
                      addressCell(o, reference),
                      {ReportLine(r.text(QT_TRANSLATE_NOOP("Reports", "No current contacts")),
                                  ReportLine::Muted)}});
        return;
    }
    const ReportCell continued{
        nameLine,
        ReportLine(r.text(QT_TRANSLATE_NOOP("Reports", "(continued)")), ReportLine::Muted)};
    for (qsizetype i = 0; i < contacts.size(); i += ContactsPerRow)
        table.addRow({i == 0 ? name : continued, i == 0 ? addressCell(o, reference) : ReportCell{},
                      peopleCell(contacts.mid(i, ContactsPerRow))});
}

void build(ReportBuilder& r, Database& db)
{
    const OrganizationRepository organizations(db);
    const ReferenceRepository reference(db);
    QList<Organization> list;
    if (r.options().id != 0) {
        const auto o = organizations.find(r.options().id);
        if (!o)
            throw StorageError(
                StorageError::Kind::NotFound,
                OrganizationRepository::tr("No organization has the id %1.").arg(r.options().id));
        list << *o;
    } else {
        list = organizations.list();
    }

    QSet<OrganizationId> listed;
    for (const Organization& o : std::as_const(list))
        listed.insert(o.id);
    // The people of the organizations listed (of the one asked for, or all).
    QHash<OrganizationId, QList<Contact>> contacts;
    int contactCount = 0;
    for (const Person& p : PersonRepository(db).list()) {
        for (const Affiliation& a : p.affiliations) {
            if (listed.contains(a.organizationId) && a.isCurrent(r.today()) &&
                (!a.start.isValid() || a.start <= r.today())) {
                contacts[a.organizationId] << Contact{p, a};
                ++contactCount;
            }
        }
    }
    const Language order = primaryLanguage(r.language());
    for (QList<Contact>& group : contacts)
        sortByKey(group, order, [order](const Contact& c) { return c.person.name.sortKey(order); });

    r.summary(arg(arg(arg(r.text(QT_TRANSLATE_NOOP(
                              "Reports", "Organizations: %1; current contacts as of %3: %2")),
                          r.number(list.size())),
                      r.number(contactCount)),
                  r.date(r.today())));
    if (list.isEmpty())
        return; // the framework says "No records match."

    // By country (the United States, Canada, Japan, then others), then kind.
    auto countryRank = [](const QString& c) {
        const QStringList first{QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("JP")};
        const qsizetype i = first.indexOf(c);
        return i >= 0 ? QString::number(i) : (c.isEmpty() ? QStringLiteral("9") : u'5' + c);
    };
    QMap<QString, QList<Organization>> groups;
    const QList<OrganizationKind> kinds = OrganizationKinds::all();
    for (const Organization& o : std::as_const(list))
        groups[countryRank(o.country) + QLatin1Char('/') + QString::number(kinds.indexOf(o.kind))]
            << o;

    for (QList<Organization>& group : groups) {
        sortByKey(group, order, [order](const Organization& o) { return o.sortKey(order); });
        const Organization& first = group.front();
        const Bilingual country =
            first.country.isEmpty() ? r.text(QT_TRANSLATE_NOOP("Reports", "Country not recorded"))
            : first.country == QLatin1String("US")
                ? r.text("JurisdictionLabels",
                         QT_TRANSLATE_NOOP("JurisdictionLabels", "United States"))
            : first.country == QLatin1String("CA")
                ? r.text("JurisdictionLabels", QT_TRANSLATE_NOOP("JurisdictionLabels", "Canada"))
            : first.country == QLatin1String("JP")
                ? r.text("JurisdictionLabels", QT_TRANSLATE_NOOP("JurisdictionLabels", "Japan"))
                : Bilingual::same(first.country);
        const Bilingual caption = arg(arg(r.text(QT_TRANSLATE_NOOP("Reports", "%1 — %2")), country),
                                      kindHeading(r, first.kind));
        ReportTable table =
            r.table({{r.text(QT_TRANSLATE_NOOP("Reports", "Organization")), 30},
                     {r.text(QT_TRANSLATE_NOOP("Reports", "Address and contact")), 32},
                     {r.text(QT_TRANSLATE_NOOP("Reports", "People and their roles")), 38}},
                    caption);
        for (const Organization& o : std::as_const(group))
            addOrganization(r, table, o, contacts.value(o.id), reference);
    }
}

} // namespace

ReportInfo contactDirectoryReport()
{
    ReportInfo info;
    info.name = "contacts";
    info.title = QT_TRANSLATE_NOOP("Reports", "Contact directory of partner organizations");
    info.description = QT_TRANSLATE_NOOP(
        "Reports", "Organizations by country and kind, with their addresses and the people who "
                   "hold a role in each today; all of them, or one.");
    info.options = ReportOption::Id;
    info.idRecordKind = "organizations";
    info.build = &build;
    return info;
}

} // namespace jlgc
