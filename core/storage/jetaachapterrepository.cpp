#include "storage/jetaachapterrepository.h"

#include "domain/jetaarules.h"
#include "storage/childrows.h"
#include "storage/database.h"
#include "storage/kindrepositoryimpl.h"
#include "storage/queryrows.h"
#include "storage/recordcolumns.h"
#include "storage/recordwrite.h"
#include "storage/sqlconditions.h"
#include "storage/sqlrefs.h"

namespace jlgc {

const RecordColumns<JetaaChapter>& JetaaChapterRepository::columns()
{
    using C = JetaaChapter;
    static const RecordColumns<C> stated =
        RecordColumns<C>(QStringLiteral("jetaa_chapter"), QStringLiteral("c"))
            .join(QStringLiteral("LEFT JOIN jetaa_chapter p ON p.id = c.parent_id"))
            .required(QStringLiteral("name"), &C::name)
            .text(QStringLiteral("short_name"), &C::shortName)
            .required(QStringLiteral("country"), &C::country)
            .text(QStringLiteral("city"), &C::city)
            .text(QStringLiteral("subdivision_code"), &C::subdivisionCode)
            .ref(QStringLiteral("parent_id"), &C::parentId)
            .derivedText(QStringLiteral("coalesce(p.name, '')"), &C::parentName)
            .code<ChapterStatuses>(QStringLiteral("status"), &C::status)
            .positive(
                QStringLiteral("founded_year"), [](auto& c) -> auto& { return c.founded.year; })
            .positive(
                QStringLiteral("founded_month"), [](auto& c) -> auto& { return c.founded.month; })
            .positive(
                QStringLiteral("founded_day"), [](auto& c) -> auto& { return c.founded.day; })
            .text(QStringLiteral("website"), &C::website)
            .text(QStringLiteral("email"), &C::email)
            .text(QStringLiteral("notes"), &C::notes);
    return stated;
}

QHash<ChapterId, QList<ChapterMembership>>
JetaaChapterRepository::memberships(ChapterId onlyId) const
{
    return childRowsOf(
        m_db,
        QStringLiteral("SELECT chapter_id, fiscal_year, member_count FROM "
                       "jetaa_membership "),
        QStringLiteral("chapter_id"), onlyId,
        QStringLiteral("ORDER BY chapter_id, fiscal_year DESC"), [](const Query& row) {
            return ChapterMembership{FiscalYear(row.value(1).toInt()), row.value(2).toInt()};
        });
}

QHash<ChapterId, QList<ChapterOfficer>> JetaaChapterRepository::officers(ChapterId onlyId,
                                                                         Language language) const
{
    return childRowsOf(
        m_db,
        QStringLiteral("SELECT o.chapter_id, o.id, o.person_id, o.office, "
                       "coalesce(o.office_title,''), coalesce(o.term_start,''), "
                       "coalesce(o.term_end,''), ") +
            sqlrefs::personNameColumns(QStringLiteral("p")) +
            QStringLiteral(" FROM jetaa_officer o JOIN person p ON p.id = o.person_id "),
        QStringLiteral("o.chapter_id"), onlyId,
        QStringLiteral("ORDER BY o.chapter_id, o.term_end IS NOT NULL, "
                       "o.term_end DESC, o.term_start DESC, o.id"),
        [language](const Query& row) {
            ChapterOfficer o;
            o.id = row.id(1);
            o.personId = row.id(2);
            o.office = OfficerOffices::fromCode(row.text(3));
            o.officeTitle = row.text(4);
            o.termStart = QDate::fromString(row.text(5), Qt::ISODate);
            o.termEnd = QDate::fromString(row.text(6), Qt::ISODate);
            o.personName = sqlrefs::personNameAt(row, 7).display(language);
            return o;
        });
}

std::optional<JetaaChapter> JetaaChapterRepository::find(ChapterId id, Language language) const
{
    std::optional<JetaaChapter> c = columns().find(m_db, id);
    if (c) {
        c->memberships = memberships(id).value(id);
        c->officers = officers(id, language).value(id);
    }
    return c;
}

QList<JetaaChapter> JetaaChapterRepository::list(const ChapterFilter& filter,
                                                 Language language) const
{
    SqlConditions where;
    where.equalIfSet(QStringLiteral("c.country"), filter.country);
    where.equalIfSet<ChapterStatuses>(QStringLiteral("c.status"), filter.status);
    QList<JetaaChapter> result =
        columns().list(m_db, where, QStringLiteral("ORDER BY c.country DESC, c.name, c.id"));
    setById(result, &JetaaChapter::memberships, memberships(0));
    setById(result, &JetaaChapter::officers, officers(0, language));
    return result;
}

QHash<ChapterId, ChapterId> JetaaChapterRepository::parentMap() const
{
    Query q(m_db, QStringLiteral("SELECT id, coalesce(parent_id, 0) FROM jetaa_chapter"));
    q.exec();
    QHash<ChapterId, ChapterId> result;
    while (q.next())
        result.insert(q.id(0), q.id(1));
    return result;
}

QHash<ChapterId, ChapterId> JetaaChapterRepository::ancestry(ChapterId chapter, int depth) const
{
    // The chapter and its ancestors only (a chain as deep as the tree, not
    // every chapter on file for every save): what the parent rules read.
    QHash<ChapterId, ChapterId> result;
    if (chapter <= 0)
        return result;
    // At most `depth` steps up; "no limit" is as many steps as there are
    // chapters (so that a loop in the data ends too).
    if (depth < 0)
        depth = int(Query(m_db, QStringLiteral("SELECT count(*) FROM jetaa_chapter"))
                        .exec()
                        .scalar()
                        .toLongLong()) +
                1;
    Query q(m_db, QStringLiteral("WITH RECURSIVE up(id, parent, depth) AS (SELECT id, "
                                 "coalesce(parent_id, 0), 1 FROM jetaa_chapter WHERE id = :id "
                                 "UNION SELECT c.id, coalesce(c.parent_id, 0), up.depth + 1 FROM "
                                 "jetaa_chapter c JOIN up ON c.id = up.parent WHERE up.depth < "
                                 ":depth) SELECT id, parent FROM up"));
    q.bind(QStringLiteral(":id"), chapter).bind(QStringLiteral(":depth"), depth).exec();
    while (q.next())
        result.insert(q.id(0), q.id(1));
    return result;
}

QList<OfficerTerm> JetaaChapterRepository::termsOf(PersonId person) const
{
    Query q(m_db,
            QStringLiteral("SELECT c.id, c.name, o.id, o.office, coalesce(o.office_title,''), "
                           "coalesce(o.term_start,''), coalesce(o.term_end,'') FROM "
                           "jetaa_officer o JOIN jetaa_chapter c ON c.id = o.chapter_id "
                           "WHERE o.person_id = :person ORDER BY o.term_start DESC, o.id"));
    q.bind(QStringLiteral(":person"), person);
    return rowsOf(q, [person](const Query& row) {
        OfficerTerm t;
        t.chapterId = row.id(0);
        t.chapterName = row.text(1);
        t.officer.id = row.id(2);
        t.officer.personId = person;
        t.officer.office = OfficerOffices::fromCode(row.text(3));
        t.officer.officeTitle = row.text(4);
        t.officer.termStart = QDate::fromString(row.text(5), Qt::ISODate);
        t.officer.termEnd = QDate::fromString(row.text(6), Qt::ISODate);
        return t;
    });
}

void JetaaChapterRepository::check(const JetaaChapter& chapter) const
{
    FieldErrors errors = chapter.validate();
    // A new chapter has no subchapters, so no cycle: its parent need only exist.
    errors.append(
        JetaaRules::checkParent(chapter, ancestry(chapter.parentId, chapter.id > 0 ? -1 : 1)));
    if (!chapter.subdivisionCode.isEmpty()) {
        Query q(m_db, QStringLiteral("SELECT count(*) FROM subdivision WHERE code = :code"));
        if (q.bind(QStringLiteral(":code"), chapter.subdivisionCode).exec().scalar().toInt() == 0)
            errors.append({QStringLiteral("subdivisionCode"),
                           tr("Choose the state or province from the list.")});
    }
    if (!namedRecordsExist(m_db, QStringLiteral("person"), chapter.officers,
                           &ChapterOfficer::personId))
        errors.append(
            {QStringLiteral("officers"), tr("A person chosen as an officer no longer exists.")});
    if (!errors.isEmpty())
        throw StorageError(errors);
}

void JetaaChapterRepository::writeChildren(ChapterId id, const JetaaChapter& chapter)
{
    recordwrite::replaceOwned(m_db, QStringLiteral("jetaa_membership"),
                              QStringLiteral("chapter_id"), id,
                              {QStringLiteral("fiscal_year"), QStringLiteral("member_count")},
                              chapter.memberships, [](const ChapterMembership& m, int) {
                                  return QVariantList{m.fiscalYear.year(), m.members};
                              });
    recordwrite::replaceOwned(
        m_db, QStringLiteral("jetaa_officer"), QStringLiteral("chapter_id"), id,
        {QStringLiteral("person_id"), QStringLiteral("office"), QStringLiteral("office_title"),
         QStringLiteral("term_start"), QStringLiteral("term_end")},
        chapter.officers, [](const ChapterOfficer& o, int) {
            return QVariantList{o.personId, OfficerOffices::code(o.office),
                                nullIfEmpty(o.officeTitle), nullIfInvalid(o.termStart),
                                nullIfInvalid(o.termEnd)};
        });
}

SaveSteps<JetaaChapter> JetaaChapterRepository::saveSteps()
{
    return {[this](const JetaaChapter& c) { check(c); },
            [this](qint64 id, const JetaaChapter& c) { writeChildren(id, c); }};
}

void JetaaChapterRepository::remove(ChapterId id)
{
    recordwrite::remove(m_db, columns().table(), id,
                        tr("This chapter still has subchapters or funding records (%1). "
                           "Move or remove those first."));
}

template class KindRepository<JetaaChapterRepository, JetaaChapter>;

} // namespace jlgc
