// Report "people": everyone in the database, by name, with their title,
// current roles and contact details.
#include "reports/report.h"
#include "reports/reportbuilder.h"
#include "reports/reporthelpers.h"
#include "storage/database.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"

namespace jlgc {

namespace {

void build(ReportBuilder& r, Database& db)
{
    QHash<OrganizationId, Organization> organizations;
    for (const Organization& o : OrganizationRepository(db).list())
        organizations.insert(o.id, o);
    QList<Person> people = PersonRepository(db).list();
    const Language order = primaryLanguage(r.language());
    sortByKey(people, order, [order](const Person& p) { return p.name.sortKey(order); });

    r.summary(arg(arg(r.text(QT_TRANSLATE_NOOP("Reports", "%1 people, with their roles as of %2")),
                      r.number(people.size())),
                  r.date(r.today())));
    if (people.isEmpty())
        return;

    ReportTable table = r.table({{r.text(QT_TRANSLATE_NOOP("Reports", "Name")), 28},
                                 {r.text(QT_TRANSLATE_NOOP("Reports", "Title and roles")), 38},
                                 {r.text(QT_TRANSLATE_NOOP("Reports", "Email and phone")), 34}});
    // A role at an organization: "Director, NACo" (a translation may reorder).
    const Bilingual rolePattern = r.text(QT_TRANSLATE_NOOP("Reports", "%1, %2"));
    for (const Person& p : std::as_const(people)) {
        ReportCell name{ReportLine(personName(p.name), ReportLine::Strong)};
        // The kana reading helps a Japanese reader; an English one has the romaji.
        if (r.language() != ReportLanguage::English && !p.name.reading().isEmpty())
            name << ReportLine(Bilingual{QString(), p.name.reading()}, ReportLine::Muted);

        ReportCell roles;
        if (!p.title.isEmpty())
            roles << ReportLine(Bilingual::same(p.title));
        for (const Affiliation& a : p.affiliations) {
            if (!a.isCurrent(r.today()))
                continue;
            const Bilingual org = organizationName(organizations.value(a.organizationId));
            Bilingual line = org;
            if (r.language() == ReportLanguage::Both) {
                // One line, not the role twice: "主査, 金沢市 / Kanazawa City".
                const QStringList names = reportLines(ReportLanguage::Both, org);
                const QString both = names.join(QStringLiteral(" / "));
                line = Bilingual::same(a.role.isEmpty() ? both : rolePattern.ja.arg(a.role, both));
            } else if (!a.role.isEmpty()) {
                line = {rolePattern.en.arg(a.role, org.in(Language::English)),
                        rolePattern.ja.arg(a.role, org.in(Language::Japanese))};
            }
            roles << ReportLine(line, ReportLine::Muted);
        }

        ReportCell contact;
        for (const QString& line : {p.email, p.phone})
            if (!line.isEmpty())
                contact << ReportLine(Bilingual::same(line));
        table.addRow({name, roles, contact});
    }
}

} // namespace

ReportInfo peopleDirectoryReport()
{
    ReportInfo info;
    info.name = "people";
    info.title = QT_TRANSLATE_NOOP("Reports", "People directory");
    info.description = QT_TRANSLATE_NOOP(
        "Reports", "Everyone in the database by name, with title, current roles and contact "
                   "details.");
    info.build = &build;
    return info;
}

} // namespace jlgc
