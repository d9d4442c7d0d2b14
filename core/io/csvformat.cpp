#include "io/csvformat.h"

#include "io/csvdescribedtableformat.h"
#include "io/csvformatfactories.h"
#include "search/textnormalizer.h"

#include <memory>
#include <vector>

namespace jlgc {

QStringList CsvFormat::headers(Language language) const
{
    QStringList list;
    for (const CsvColumn& c : columns())
        list << c.header(language);
    return list;
}

int CsvFormat::columnIndex(const QString& key) const
{
    const QList<CsvColumn> cols = columns();
    for (int i = 0; i < cols.size(); ++i)
        if (cols[i].key == key)
            return i;
    return -1;
}

const QList<const CsvFormat*>& CsvFormat::all()
{
    // Listed so that a kind comes after the kinds it refers to.
    static const std::vector<std::unique_ptr<CsvFormat>> owned = [] {
        std::vector<std::unique_ptr<CsvFormat>> v;
        for (const auto formats :
             {csvformats::peopleFormats, csvformats::fellowshipFormats,
              csvformats::delegationFormats, csvformats::jetaaFormats, csvformats::eventFormats})
            for (std::unique_ptr<CsvFormat>& f : formats())
                v.push_back(std::move(f));
        for (const RecordType* t : RecordTypes::all())
            if (t->csvFromDescription)
                v.push_back(std::make_unique<DescribedTableFormat>(*t));
        return v;
    }();
    static const QList<const CsvFormat*> list = [] {
        QList<const CsvFormat*> l;
        for (const auto& f : owned)
            l << f.get();
        return l;
    }();
    return list;
}

const CsvFormat* CsvFormat::find(const QString& kind)
{
    for (const CsvFormat* f : all())
        if (f->kind() == kind)
            return f;
    return nullptr;
}

const CsvFormat* CsvFormat::forSearchKind(const QString& searchKind)
{
    for (const CsvFormat* f : all())
        if (f->searchKind() == searchKind)
            return f;
    return nullptr;
}

QStringList CsvFormat::kinds()
{
    QStringList list;
    for (const CsvFormat* f : all())
        list << f->kind();
    return list;
}

} // namespace jlgc
