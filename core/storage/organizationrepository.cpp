#include "storage/organizationrepository.h"

#include "storage/database.h"
#include "storage/recordkinds.h"
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

void bindFields(Query& q, const Organization& o)
{
    q.bind(QStringLiteral(":name_en"), nullIfEmpty(o.nameEn))
        .bind(QStringLiteral(":name_ja"), nullIfEmpty(o.nameJa))
        .bind(QStringLiteral(":name_kana"), nullIfEmpty(o.nameKana))
        .bind(QStringLiteral(":short_name"), nullIfEmpty(o.shortName))
        .bind(QStringLiteral(":kind"), OrganizationKinds::code(o.kind))
        .bind(QStringLiteral(":country"), nullIfEmpty(o.country))
        .bind(QStringLiteral(":subdivision"), nullIfEmpty(o.subdivisionCode))
        .bind(QStringLiteral(":prefecture"), nullIfEmpty(o.prefectureCode))
        .bind(QStringLiteral(":municipality"), nullIfEmpty(o.municipalityCode))
        .bind(QStringLiteral(":city"), nullIfEmpty(o.city))
        .bind(QStringLiteral(":address"), nullIfEmpty(o.address))
        .bind(QStringLiteral(":website"), nullIfEmpty(o.website))
        .bind(QStringLiteral(":email"), nullIfEmpty(o.email))
        .bind(QStringLiteral(":phone"), nullIfEmpty(o.phone))
        .bind(QStringLiteral(":notes"), nullIfEmpty(o.notes));
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
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
    return m_db.transaction([&] {
        Query q(m_db, QStringLiteral(
                          "INSERT INTO organization (name_en, name_ja, name_kana, short_name, "
                          "kind, country, subdivision_code, prefecture_code, municipality_code, "
                          "city, address, website, email, phone, notes, created_at, updated_at) "
                          "VALUES (:name_en, :name_ja, :name_kana, :short_name, :kind, "
                          ":country, :subdivision, :prefecture, :municipality, :city, :address, "
                          ":website, :email, :phone, :notes, :created, :updated)"));
        bindFields(q, org);
        const QString now = nowUtc();
        q.bind(QStringLiteral(":created"), now).bind(QStringLiteral(":updated"), now).exec();
        return q.lastInsertId();
    });
}

Organization OrganizationRepository::update(const Organization& org)
{
    if (const FieldErrors errors = org.validate(); !errors.isEmpty())
        throw StorageError(errors);
    m_db.transaction([&] {
        Query q(m_db, QStringLiteral(
                          "UPDATE organization SET name_en = :name_en, name_ja = :name_ja, "
                          "name_kana = :name_kana, short_name = :short_name, kind = :kind, "
                          "country = :country, subdivision_code = :subdivision, "
                          "prefecture_code = :prefecture, municipality_code = :municipality, "
                          "city = :city, address = :address, website = :website, email = :email, "
                          "phone = :phone, notes = :notes, updated_at = :updated, "
                          "row_version = row_version + 1 WHERE id = :id AND row_version = "
                          ":version"));
        bindFields(q, org);
        q.bind(QStringLiteral(":updated"), nowUtc())
            .bind(QStringLiteral(":id"), org.id)
            .bind(QStringLiteral(":version"), org.rowVersion)
            .exec();
        if (q.numRowsAffected() == 0) {
            if (!find(org.id))
                throw StorageError(StorageError::Kind::NotFound,
                                   tr("This organization no longer exists; it was removed "
                                      "elsewhere."));
            throw StorageError(StorageError::Kind::Conflict,
                               tr("Someone else saved this organization after you opened it."));
        }
    });
    return *find(org.id);
}

void OrganizationRepository::remove(OrganizationId id)
{
    m_db.transaction([&] {
        const QList<RecordUsage> usages = blockingUsages(m_db, QStringLiteral("organization"), id);
        if (!usages.isEmpty())
            throw StorageError(StorageError::Kind::Referenced,
                               tr("This organization is still used by other records (%1). "
                                  "Change or remove those first.")
                                   .arg(describeUsages(usages)));
        Query q(m_db, QStringLiteral("DELETE FROM organization WHERE id = :id"));
        q.bind(QStringLiteral(":id"), id).exec();
    });
}

} // namespace jlgc
