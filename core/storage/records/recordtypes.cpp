// Every kind of record, described once: the registry of the descriptions
// that live one kind per file (*type.cpp beside this one).
#include "domain/officeevent.h"
#include "storage/fieldlabels.h"
#include "storage/records/recordfield.h"
#include "storage/records/recordtypelist.h"

#include <QCoreApplication>
#include <QMutex>

namespace jlgc {

QString FieldSpec::translatedLabel() const
{
    return label ? QCoreApplication::translate("FieldLabels", label) : column;
}

QString ListColumn::translatedHeader(Language language) const
{
    const Text& text =
        language == Language::Japanese && headerInJapanese.source ? headerInJapanese : header;
    return text.source ? QCoreApplication::translate("Lists", text.source, text.comment)
                       : QString();
}

QString ListColumn::translatedSortNote() const
{
    return sortNote ? QCoreApplication::translate("Lists", sortNote) : QString();
}

QString RecordType::translatedLabel() const
{
    return label ? QCoreApplication::translate("RecordKinds", label) : name;
}

QString RecordType::translatedSingular() const
{
    return singular ? QCoreApplication::translate("RecordKinds", singular) : name;
}

const FieldSpec* RecordType::field(const QString& column) const
{
    for (const FieldSpec& f : fields)
        if (f.column == column)
            return &f;
    return nullptr;
}

QList<FieldSpec> labelledFields(const QString& table, const QStringList& columns,
                                const QStringList& personal)
{
    QList<FieldSpec> fields;
    for (const QString& c : columns) {
        FieldSpec f;
        f.column = c;
        f.label = FieldLabels::source(table, c);
        if (personal.contains(c))
            f.flags |= FieldSpec::Personal;
        fields << f;
    }
    return fields;
}

const QList<const RecordType*>& RecordTypes::all()
{
    // Every table with history is one kind's (test_recordtypes checks it),
    // in the order of the window's navigation (and of Find Anything's
    // groups). A new kind: one line here.
    static const QList<const RecordType*> types = {
        &recordtypes::people(),
        &recordtypes::organizations(),
        &recordtypes::cohorts(),
        &recordtypes::fellows(),
        &recordtypes::fellowshipItineraryItems(),
        &hostFamiliesType(),
        &recordtypes::homestays(),
        &recordtypes::jetaaChapters(),
        &recordtypes::chapterFunding(),
        &sisterAffiliationsType(),
        &recordDefinition<OfficeEvent>().type,
        &delegationsType(),
        &recordtypes::delegationItineraryItems(),
        &researchRequestsType(),
        &recordtypes::researchTopics(),
        &recordtypes::researchLogEntries(),
        &recordtypes::staffMembers(),
    };
    return types;
}

const OwnedTable* RecordTypes::ownedTable(const QString& table, const RecordType** owner)
{
    for (const RecordType* t : all())
        for (const OwnedTable& o : t->owned)
            if (o.table == table) {
                if (owner)
                    *owner = t;
                return &o;
            }
    return nullptr;
}

namespace {
// Read by the list reader's thread too.
QList<const RecordType*>& describedAtRunTime()
{
    static QList<const RecordType*> types;
    return types;
}
QMutex& describedLock()
{
    static QMutex lock;
    return lock;
}
} // namespace

void RecordTypes::addDescribed(const RecordType* type)
{
    if (find(type->name))
        return;
    const QMutexLocker locked(&describedLock());
    describedAtRunTime() << type;
}

const RecordType* RecordTypes::find(const QString& name)
{
    for (const RecordType* t : all())
        if (t->name == name)
            return t;
    const QMutexLocker locked(&describedLock());
    for (const RecordType* t : std::as_const(describedAtRunTime()))
        if (t->name == name)
            return t;
    return nullptr;
}

const RecordType* RecordTypes::forTable(const QString& table)
{
    for (const RecordType* t : all())
        if (t->table == table)
            return t;
    return nullptr;
}

QString RecordTypes::nameOfTable(const QString& table)
{
    if (const RecordType* t = forTable(table))
        return t->name;
    if (const OwnedTable* o = ownedTable(table))
        return o->name;
    return table;
}

RecordTypes::Owner RecordTypes::ownerOf(const QString& table)
{
    if (const RecordType* t = forTable(table)) {
        if (const RecordType* owner = find(t->ownerKind))
            return {owner, t->ownerColumn};
        return {};
    }
    const RecordType* owner = nullptr;
    if (const OwnedTable* o = ownedTable(table, &owner); o && !o->column.isEmpty())
        return {owner, o->column};
    return {};
}

} // namespace jlgc
