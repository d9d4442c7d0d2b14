#include "domain/chapterofficer.h"

namespace jlgc {

QList<OfficerOffice> OfficerOffices::all()
{
    return {OfficerOffice::President, OfficerOffice::VicePresident, OfficerOffice::Treasurer,
            OfficerOffice::Secretary, OfficerOffice::Other};
}

QString OfficerOffices::code(OfficerOffice office)
{
    switch (office) {
    case OfficerOffice::President:
        return QStringLiteral("president");
    case OfficerOffice::VicePresident:
        return QStringLiteral("vice_president");
    case OfficerOffice::Treasurer:
        return QStringLiteral("treasurer");
    case OfficerOffice::Secretary:
        return QStringLiteral("secretary");
    case OfficerOffice::Other:
        break;
    }
    return QStringLiteral("other");
}

OfficerOffice OfficerOffices::fromCode(const QString& code)
{
    for (OfficerOffice o : all())
        if (OfficerOffices::code(o) == code)
            return o;
    return OfficerOffice::Other;
}

QString OfficerOffices::label(OfficerOffice office)
{
    switch (office) {
    case OfficerOffice::President:
        return tr("President");
    case OfficerOffice::VicePresident:
        return tr("Vice president");
    case OfficerOffice::Treasurer:
        return tr("Treasurer");
    case OfficerOffice::Secretary:
        return tr("Secretary");
    case OfficerOffice::Other:
        break;
    }
    return tr("Other office");
}

QString ChapterOfficer::officeLabel() const
{
    if (office == OfficerOffice::Other && !officeTitle.trimmed().isEmpty())
        return officeTitle.trimmed();
    return OfficerOffices::label(office);
}

} // namespace jlgc
