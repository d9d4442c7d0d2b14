#include "domain/chapterofficer.h"

namespace jlgc {

const EnumTable<OfficerOffice>& enumTable(OfficerOffice)
{
    static const EnumEntry<OfficerOffice> entries[] = {
        {OfficerOffice::President, "president", QT_TRANSLATE_NOOP("OfficerOffices", "President")},
        {OfficerOffice::VicePresident, "vice_president",
         QT_TRANSLATE_NOOP("OfficerOffices", "Vice president")},
        {OfficerOffice::Treasurer, "treasurer", QT_TRANSLATE_NOOP("OfficerOffices", "Treasurer")},
        {OfficerOffice::Secretary, "secretary", QT_TRANSLATE_NOOP("OfficerOffices", "Secretary")},
        {OfficerOffice::Other, "other", QT_TRANSLATE_NOOP("OfficerOffices", "Other office")},
    };
    static const EnumTable<OfficerOffice> table("OfficerOffices", OfficerOffice::Other, entries);
    return table;
}

QString ChapterOfficer::officeLabel() const
{
    if (office == OfficerOffice::Other && !officeTitle.trimmed().isEmpty())
        return officeTitle.trimmed();
    return OfficerOffices::label(office);
}

} // namespace jlgc
