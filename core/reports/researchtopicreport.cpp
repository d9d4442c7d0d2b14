// Report "research-topic": one research topic (調査テーマ) with its log in
// date order, the organizations and people it involved, and what came of it.
#include "reports/report.h"
#include "reports/reportbuilder.h"
#include "reports/reporterror.h"
#include "reports/researchreportparts.h"
#include "storage/database.h"
#include "storage/researchlogrepository.h"
#include "storage/researchtopicrepository.h"

namespace jlgc {

namespace {

struct Involved {
    Bilingual name;
    QString sortKey;
    bool person = false;
    int entries = 0;
    QDate last;
};

void involved(ReportBuilder& r, const QList<ResearchLogEntry>& log)
{
    const Language order = primaryLanguage(r.language());
    QMap<QString, Involved> byKey;
    for (const ResearchLogEntry& e : log) {
        auto count = [&](const QString& key, const Bilingual& name, const QString& sortKey,
                         bool person) {
            Involved& i = byKey[key];
            i.name = name;
            i.sortKey = sortKey;
            i.person = person;
            ++i.entries;
            if (!i.last.isValid() || e.date > i.last)
                i.last = e.date;
        };
        for (const OrganizationRef& o : e.organizations)
            count(QStringLiteral("o%1").arg(o.id), Bilingual{o.nameEn, o.nameJa}, o.display(order),
                  false);
        for (const PersonRef& p : e.people)
            count(QStringLiteral("p%1").arg(p.id), personName(p.name), p.name.sortKey(order), true);
    }
    r.heading(r.text(QT_TRANSLATE_NOOP("Reports", "Organizations and people involved")));
    if (byKey.isEmpty()) {
        r.paragraph(r.text(QT_TRANSLATE_NOOP("Reports", "The log names no one yet.")));
        return;
    }
    QList<Involved> list = byKey.values();
    sortByKey(list, order, [](const Involved& i) { return i.sortKey; });
    std::stable_sort(list.begin(), list.end(),
                     [](const Involved& a, const Involved& b) { return a.person < b.person; });
    ReportTable t = r.table({{r.text(QT_TRANSLATE_NOOP("Reports", "Name")), 52},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Kind")), 16},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Log entries")), 12},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Last contact")), 20}});
    for (const Involved& i : std::as_const(list))
        t.addRow({{ReportLine(i.name, ReportLine::Strong)},
                  {ReportLine(i.person ? r.text(QT_TRANSLATE_NOOP("Reports", "Person"))
                                       : r.text(QT_TRANSLATE_NOOP("Reports", "Organization")))},
                  {ReportLine(r.number(i.entries))},
                  {ReportLine(r.date(i.last))}});
}

void deliverables(ReportBuilder& r, const ResearchTopic& topic)
{
    r.heading(r.text(QT_TRANSLATE_NOOP("Reports", "Deliverables")));
    if (topic.deliverables.isEmpty()) {
        r.paragraph(r.text(QT_TRANSLATE_NOOP("Reports", "No report has come out of it yet.")));
        return;
    }
    ReportTable t = r.table({{r.text(QT_TRANSLATE_NOOP("Reports", "Report title")), 50},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Published")), 18},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Link")), 32}});
    for (const ResearchDeliverable& d : topic.deliverables)
        t.addRow({{ReportLine(Bilingual{d.titleEn, d.titleJa}, ReportLine::Strong)},
                  {ReportLine(r.date(d.published))},
                  {ReportLine(Bilingual::same(d.link))}});
}

void build(ReportBuilder& r, Database& db)
{
    const auto topic = ResearchTopicRepository(db).find(r.options().id);
    if (!topic)
        throw StorageError(
            StorageError::Kind::NotFound,
            ReportMessages::tr("No research topic has the id %1.").arg(r.options().id));
    ResearchLogFilter filter;
    filter.topicId = topic->id;
    const QList<ResearchLogEntry> log = ResearchLogRepository(db).list(filter);

    r.summary(arg(arg(r.text(QT_TRANSLATE_NOOP("Reports", "Log entries: %1; deliverables: %2")),
                      r.number(log.size())),
                  r.number(topic->deliverables.size())));
    r.heading(Bilingual{topic->titleEn, topic->titleJa});
    DetailsTable details(r);
    details.row(QT_TRANSLATE_NOOP("Reports", "Researched by"), personName(topic->ownerName));
    details.row(QT_TRANSLATE_NOOP("Reports", "Status"), reportlabels::of(topic->status));
    details.row(QT_TRANSLATE_NOOP("Reports", "Period"), r.dateRange(topic->start, topic->end));
    details.row(QT_TRANSLATE_NOOP("Reports", "Tags"),
                Bilingual::same(topic->tags.join(QStringLiteral(", "))));
    details.row(QT_TRANSLATE_NOOP("Reports", "Description"), Bilingual::same(topic->description));

    r.heading(r.text(QT_TRANSLATE_NOOP("Reports", "Research log")));
    if (log.isEmpty())
        r.paragraph(r.text(QT_TRANSLATE_NOOP("Reports", "Nothing is logged yet.")));
    else
        researchreport::logTable(r, log, false);
    involved(r, log);
    deliverables(r, *topic);
}

} // namespace

ReportInfo researchTopicReport()
{
    ReportInfo info;
    info.name = "research-topic";
    info.title = QT_TRANSLATE_NOOP("Reports", "Research topic report");
    info.description = QT_TRANSLATE_NOOP(
        "Reports", "One research topic: its log in date order, the organizations and people "
                   "involved, and its deliverables.");
    info.options = ReportOption::Id;
    info.required = ReportOption::Id;
    info.idRecordKind = "research_topics";
    info.build = &build;
    return info;
}

} // namespace jlgc
