#include "storage/organizationrepository.h"

#include "storage/database.h"
#include "storage/recordwrite.h"
#include "storage/sqlconditions.h"

namespace jlgc {

namespace {

const char* const Select =
    "SELECT id, coalesce(name_en,''), coalesce(name_ja,''), coalesce(name_kana,''), "
    "coalesce(short_name,''), kind, coalesce(country,''), coalesce(subdivision_code,''), "
    "coalesce(prefecture_code,''), coalesce(municipality_code,''), coalesce(city,''), "
    "coalesce(address,''), coalesce(website,''), coalesce(email,''), coalesce(phone,''), "
    "coalesce(notes,''), row_version, created_at, updated_at FROM organization ";

Organization fromRow(const Query& q)
{
    Organization o;
    o.id = q.id(0);
    o.nameEn = q.text(1);
    o.nameJa = q.text(2);
    o.nameKana = q.text(3);
    o.shortName = q.text(4);
    o.kind = OrganizationKinds::fromCode(q.text(5));
    o.country = q.text(6);
    o.subdivisionCode = q.text(7);
    o.prefectureCode = q.text(8);
    o.municipalityCode = q.text(9);
    o.city = q.text(10);
    o.address = q.text(11);
    o.website = q.text(12);
    o.email = q.text(13);
    o.phone = q.text(14);
    o.notes = q.text(15);
    o.rowVersion = q.value(16).toInt();
    o.createdAt = QDateTime::fromString(q.text(17), Qt::ISODate);
    o.updatedAt = QDateTime::fromString(q.text(18), Qt::ISODate);
    return o;
}

RowValues valuesOf(const Organization& o)
{
    return RowValues()
        .text(QStringLiteral("name_en"), o.nameEn)
        .text(QStringLiteral("name_ja"), o.nameJa)
        .text(QStringLiteral("name_kana"), o.nameKana)
        .text(QStringLiteral("short_name"), o.shortName)
        .set(QStringLiteral("kind"), OrganizationKinds::code(o.kind))
        .text(QStringLiteral("country"), o.country)
        .text(QStringLiteral("subdivision_code"), o.subdivisionCode)
        .text(QStringLiteral("prefecture_code"), o.prefectureCode)
        .text(QStringLiteral("municipality_code"), o.municipalityCode)
        .text(QStringLiteral("city"), o.city)
        .text(QStringLiteral("address"), o.address)
        .text(QStringLiteral("website"), o.website)
        .text(QStringLiteral("email"), o.email)
        .text(QStringLiteral("phone"), o.phone)
        .text(QStringLiteral("notes"), o.notes);
}

} // namespace

std::optional<Organization> OrganizationRepository::find(OrganizationId id) const
{
    Query q(m_db, QString::fromLatin1(Select) + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (q.next())
        return fromRow(q);
    return std::nullopt;
}

QList<Organization> OrganizationRepository::findMany(const QList<OrganizationId>& ids) const
{
    if (ids.isEmpty())
        return {};
    Query q(m_db, QString::fromLatin1(Select) +
                      QStringLiteral("WHERE id IN (%1)").arg(idsIn(m_db, QStringLiteral(":ids"))));
    q.bind(QStringLiteral(":ids"), idListJson(ids)).exec();
    QList<Organization> result;
    result.reserve(ids.size());
    while (q.next())
        result << fromRow(q);
    return result;
}

QList<Organization> OrganizationRepository::list(const OrganizationFilter& filter) const
{
    Query q(m_db, QString::fromLatin1(Select) +
                      QStringLiteral("WHERE (:kind = '' OR kind = :kind2) "
                                     "AND (:country = '' OR country = :country2) ORDER BY id"));
    const QString kind = filter.kind ? OrganizationKinds::code(*filter.kind) : QString();
    q.bind(QStringLiteral(":kind"), kind)
        .bind(QStringLiteral(":kind2"), kind)
        .bind(QStringLiteral(":country"), filter.country)
        .bind(QStringLiteral(":country2"), filter.country)
        .exec();
    QList<Organization> result;
    while (q.next())
        result << fromRow(q);
    return result;
}

Organization OrganizationRepository::add(const Organization& org)
{
    return *find(insert(org));
}

qint64 OrganizationRepository::insert(const Organization& org)
{
    if (const FieldErrors errors = org.validate(); !errors.isEmpty())
        throw StorageError(errors);
    return m_db.transaction(
        [&] { return recordwrite::insert(m_db, QStringLiteral("organization"), valuesOf(org)); });
}

Organization OrganizationRepository::update(const Organization& org)
{
    if (const FieldErrors errors = org.validate(); !errors.isEmpty())
        throw StorageError(errors);
    m_db.transaction([&] {
        recordwrite::update(m_db, QStringLiteral("organization"), org.id, org.rowVersion,
                            valuesOf(org),
                            tr("This organization no longer exists; it was removed elsewhere."),
                            tr("Someone else saved this organization after you opened it."));
    });
    return *find(org.id);
}

void OrganizationRepository::remove(OrganizationId id)
{
    recordwrite::remove(m_db, QStringLiteral("organization"), id,
                        tr("This organization is still used by other records (%1). "
                           "Change or remove those first."));
}

} // namespace jlgc
