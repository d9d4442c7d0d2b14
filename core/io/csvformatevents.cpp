// The CSV format of events: its columns are the events' description.
#include "io/csvdescribedformat.h"
#include "io/csvformatfactories.h"
#include "io/namematch.h"
#include "storage/officeeventrepository.h"

namespace jlgc::csvformats {

namespace {

class EventFormat : public DescribedCsvFormat<OfficeEvent, OfficeEventRepository> {
protected:
    // The same title on the same first day.
    QStringList keysOf(const OfficeEvent& e) const override
    {
        return namematch::keysAt(namematch::nameKeys({e.titleEn, e.titleJa}),
                                 csvtext::date(e.date));
    }
    QString displayOf(const OfficeEvent& e) const override
    {
        return QStringLiteral("%1 (%2)").arg(e.title(Language::English), csvtext::date(e.date));
    }
};

} // namespace

Formats eventFormats()
{
    return make<EventFormat>();
}

} // namespace jlgc::csvformats
