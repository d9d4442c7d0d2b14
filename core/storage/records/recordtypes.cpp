// Every kind of record, described once: the registry of the descriptions
// that live one kind per file (*type.cpp beside this one).
#include "domain/officeevent.h"
#include "storage/fieldlabels.h"
#include "storage/records/recordfield.h"
#include "storage/records/recordtypelist.h"

#include <QCoreApplication>

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
    // In the order of the window's navigation. A new kind: one line here.
    static const QList<const RecordType*> types = {
        &recordtypes::people(),
        &recordtypes::organizations(),
        &recordDefinition<OfficeEvent>().type,
        &delegationsType(),
        &researchRequestsType(),
        &sisterAffiliationsType(),
        &hostFamiliesType(),
    };
    return types;
}

const RecordType* RecordTypes::find(const QString& name)
{
    for (const RecordType* t : all())
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
    for (const RecordType* t : all()) {
        if (t->table == table)
            return t->name;
        for (const OwnedTable& o : t->owned)
            if (o.table == table)
                return o.name;
    }
    return table;
}

} // namespace jlgc
