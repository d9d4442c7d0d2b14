#include "io/importresolver.h"
#include "search/textnormalizer.h"

#include <QRegularExpression>
#include <type_traits>

namespace jlgc {

void ImportFields::error(const QString& key, const QString& message)
{
    m_errors << tr("%1: %2").arg(m_row.header(key), message);
}

void ImportFields::text(const QString& key, QString& target)
{
    if (has(key))
        target = m_row.text(key);
}

namespace {

// 2025-04-01, 2025/4/1, 2025.4.1, 2025年4月1日
QDate readDate(const QString& t)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QString halfWidthDigits(const QString& t)
{
    QString s = t;
    for (QChar& c : s)
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(c.unicode() - 0xFF10 + '0');
    return s;
}

} // namespace

void ImportFields::date(const QString& key, QDate& target)
{
    if (!has(key))
        return;
    const QString t = halfWidthDigits(m_row.text(key));
    if (t.isEmpty()) {
        target = {};
        return;
    }
    const QDate d = readDate(t);
    if (!d.isValid()) {
        error(key, tr("“%1” is not a date (write 2025-04-01).").arg(t));
        return;
    }
    target = d;
}

void ImportFields::time(const QString& key, QTime& target)
{
    if (!has(key))
        return;
    const QString t = halfWidthDigits(m_row.text(key));
    if (t.isEmpty()) {
        target = {};
        return;
    }
    QTime value = QTime::fromString(t, QStringLiteral("H:mm"));
    if (!value.isValid())
        value = QTime::fromString(t, QStringLiteral("H:mm:ss"));
    if (!value.isValid()) {
        error(key, tr("“%1” is not a time of day (write 14:30).").arg(t));
        return;
    }
    target = value;
}

void ImportFields::integer(const QString& key, int& target, int minimum)
{
    if (!has(key))
        return;
    const QString t = halfWidthDigits(m_row.text(key));
    if (t.isEmpty())
        return;
    bool ok = false;
    const int n = t.toInt(&ok);
    if (!ok || n < minimum) {
        error(key, tr("“%1” is not a whole number of at least %2.").arg(t).arg(minimum));
        return;
    }
    target = n;
}

void ImportFields::optionalInteger(const QString& key, std::optional<int>& target)
{
    if (!has(key))
        return;
    const QString t = halfWidthDigits(m_row.text(key));
    if (t.isEmpty()) {
        target.reset();
        return;
    }
    bool ok = false;
    const int n = t.toInt(&ok);
    if (!ok || n < 0) {
        error(key, tr("“%1” is not a whole number.").arg(t));
        return;
    }
    target = n;
}

void ImportFields::boolean(const QString& key, bool& target)
{
    if (!has(key))
        return;
    const QString t = normalizeForSearch(m_row.text(key));
    static const QStringList yes = {QStringLiteral("yes"),
                                    QStringLiteral("y"),
                                    QStringLiteral("true"),
                                    QStringLiteral("1"),
                                    normalizeForSearch(QStringLiteral("はい")),
                                    normalizeForSearch(QStringLiteral("有")),
                                    normalizeForSearch(QStringLiteral("あり")),
                                    normalizeForSearch(QStringLiteral("○"))};
    static const QStringList no = {QStringLiteral("no"),
                                   QStringLiteral("n"),
                                   QStringLiteral("false"),
                                   QStringLiteral("0"),
                                   normalizeForSearch(QStringLiteral("いいえ")),
                                   normalizeForSearch(QStringLiteral("無")),
                                   normalizeForSearch(QStringLiteral("なし"))};
    if (t.isEmpty() || no.contains(t))
        target = false;
    else if (yes.contains(t))
        target = true;
    else
        error(key, tr("“%1” is not yes or no.").arg(m_row.text(key)));
}

void ImportFields::partialDate(const QString& key, PartialDate& target)
{
    if (!has(key))
        return;
    const QString t = halfWidthDigits(m_row.text(key));
    auto value = PartialDate::fromText(t);
    if (!value) {
        const QDate d = readDate(t);
        if (d.isValid())
            value = PartialDate::ofDate(d);
    }
    if (!value) {
        error(key, tr("“%1” is not a year or a date (write 1955, 1955-10 or 1955-10-07).").arg(t));
        return;
    }
    target = *value;
}

void ImportFields::year(const QString& key, int& target)
{
    integer(key, target, 1);
}

bool ImportFields::matchesChoice(const QString& text, const QString& code, const QString& label)
{
    const QString t = normalizeForSearch(text);
    return t == normalizeForSearch(code) || t == normalizeForSearch(label);
}

#define JLGC_RESOLVE(method, target)                                                               \
    if (!has(key))                                                                                 \
        return;                                                                                    \
    const QString t = m_row.text(key);                                                             \
    if (t.isEmpty()) {                                                                             \
        target = std::remove_reference_t<decltype(target)>{};                                      \
        return;                                                                                    \
    }                                                                                              \
    QString message;                                                                               \
    const auto value = m_resolver.method(t, message);                                              \
    if (!message.isEmpty())                                                                        \
        error(key, message);                                                                       \
    else                                                                                           \
        target = value;

void ImportFields::prefecture(const QString& key, QString& code)
{
    JLGC_RESOLVE(prefecture, code)
}
void ImportFields::municipality(const QString& key, QString& code)
{
    JLGC_RESOLVE(municipality, code)
}
void ImportFields::japaneseGovernment(const QString& key, QString& code)
{
    JLGC_RESOLVE(japaneseGovernment, code)
}
void ImportFields::government(const QString& key, GovernmentRef& ref)
{
    JLGC_RESOLVE(government, ref)
}
void ImportFields::subdivision(const QString& key, QString& code)
{
    JLGC_RESOLVE(subdivision, code)
}
void ImportFields::country(const QString& key, QString& code)
{
    JLGC_RESOLVE(country, code)
}
void ImportFields::organization(const QString& key, qint64& id)
{
    JLGC_RESOLVE(organization, id)
}
void ImportFields::person(const QString& key, qint64& id, qint64 organizationHint)
{
    if (!has(key))
        return;
    const QString t = m_row.text(key);
    if (t.isEmpty()) {
        id = 0;
        return;
    }
    QString message;
    const qint64 value = m_resolver.person(t, message, organizationHint);
    if (!message.isEmpty())
        error(key, message);
    else
        id = value;
}
void ImportFields::cohort(const QString& key, qint64& id)
{
    JLGC_RESOLVE(cohort, id)
}
void ImportFields::chapter(const QString& key, qint64& id)
{
    JLGC_RESOLVE(chapter, id)
}

#undef JLGC_RESOLVE

namespace csvtext {

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString time(const QTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

QString boolean(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

QString number(int n)
{
    return QString::number(n);
}

QString optionalNumber(const std::optional<int>& n)
{
    return n ? QString::number(*n) : QString();
}

} // namespace csvtext

} // namespace jlgc
