#pragma once

#include "domain/jetaachapter.h"
#include "storage/kindrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace jlgc {

struct ChapterFilter {
    QString country; // US or CA; empty: both
    std::optional<ChapterStatus> status;
};

// A term a person holds or held, seen from the person: "President of JETAA
// New York, 2023–2025".
struct OfficerTerm {
    ChapterId chapterId = 0;
    QString chapterName;
    ChapterOfficer officer;
};

class JetaaChapterRepository : public KindRepository<JetaaChapterRepository, JetaaChapter> {
    Q_DECLARE_TR_FUNCTIONS(JetaaChapterRepository)
public:
    using KindRepository::KindRepository;

    // The columns of its records, read and written.
    static const RecordColumns<JetaaChapter>& columns();

    // With memberships and officers (officers named in `language`).
    std::optional<JetaaChapter> find(ChapterId id, Language language = Language::English) const;
    // Ordered by country, then name; subchapters are in the list too (build
    // the tree from parentId).
    QList<JetaaChapter> list(const ChapterFilter& filter = {},
                             Language language = Language::English) const;
    // Every chapter's parent (0: none), for JetaaRules::wouldCreateCycle.
    QHash<ChapterId, ChapterId> parentMap() const;
    // The chapter, its parent, its parent's parent… (depth of them; -1: all):
    // id → parent id.
    QHash<ChapterId, ChapterId> ancestry(ChapterId chapter, int depth = -1) const;
    QList<OfficerTerm> termsOf(PersonId person) const;

    // add() and update() check the parent cycle too.
    // Throws Referenced when subchapters or funding records still point at it.
    void remove(ChapterId id);

private:
    friend KindRepository;
    void check(const JetaaChapter& chapter) const;
    void writeChildren(ChapterId id, const JetaaChapter& chapter);
    SaveSteps<JetaaChapter> saveSteps();
    QHash<ChapterId, QList<ChapterMembership>> memberships(ChapterId onlyId) const;
    QHash<ChapterId, QList<ChapterOfficer>> officers(ChapterId onlyId, Language language) const;
};

extern template class KindRepository<JetaaChapterRepository, JetaaChapter>;

} // namespace jlgc
