#include "domain/timezonenames.h"

namespace jlgc {

namespace {

struct ZoneName {
    const char* id;
    const char* regionEn;
    const char* cityEn;
    const char16_t* regionJa;
    const char16_t* cityJa;
};

// The zones of DelegationItineraryRules::commonTimeZones().
const ZoneName Names[] = {
    {"America/New_York", "Eastern Time", "New York", u"米国東部時間", u"ニューヨーク"},
    {"America/Chicago", "Central Time", "Chicago", u"米国中部時間", u"シカゴ"},
    {"America/Denver", "Mountain Time", "Denver", u"米国山岳部時間", u"デンバー"},
    {"America/Phoenix", "Mountain Time, no DST", "Phoenix", u"米国山岳部時間・夏時間なし",
     u"フェニックス"},
    {"America/Los_Angeles", "Pacific Time", "Los Angeles", u"米国太平洋時間", u"ロサンゼルス"},
    {"America/Anchorage", "Alaska Time", "Anchorage", u"アラスカ時間", u"アンカレッジ"},
    {"Pacific/Honolulu", "Hawaii Time", "Honolulu", u"ハワイ時間", u"ホノルル"},
    {"America/Toronto", "Eastern Time", "Toronto", u"カナダ東部時間", u"トロント"},
    {"America/Vancouver", "Pacific Time", "Vancouver", u"カナダ太平洋時間", u"バンクーバー"},
    {"America/Edmonton", "Mountain Time", "Edmonton", u"カナダ山岳部時間", u"エドモントン"},
    {"America/Winnipeg", "Central Time", "Winnipeg", u"カナダ中部時間", u"ウィニペグ"},
    {"America/Regina", "Central Time, no DST", "Regina", u"カナダ中部時間・夏時間なし",
     u"レジャイナ"},
    {"America/Halifax", "Atlantic Time", "Halifax", u"大西洋時間", u"ハリファックス"},
    {"America/St_Johns", "Newfoundland Time", "St. John's", u"ニューファンドランド時間",
     u"セントジョンズ"},
    {"Asia/Tokyo", "Japan Time", "Tokyo", u"日本時間", u"東京"},
};

const ZoneName* find(const QByteArray& id)
{
    for (const ZoneName& z : Names)
        if (id == z.id)
            return &z;
    return nullptr;
}

QString readable(const QByteArray& id)
{
    return QString::fromLatin1(id).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

QString TimeZoneNames::display(const QByteArray& id, Language language)
{
    const ZoneName* z = find(id);
    if (!z)
        return readable(id);
    if (language == Language::Japanese)
        return QString::fromUtf16(z->regionJa) + QStringLiteral("（") +
               QString::fromUtf16(z->cityJa) + QStringLiteral("）");
    return QStringLiteral("%1 (%2)").arg(QLatin1String(z->regionEn), QLatin1String(z->cityEn));
}

QString TimeZoneNames::city(const QByteArray& id, Language language)
{
    const ZoneName* z = find(id);
    if (!z)
        return readable(id).section(QLatin1Char('/'), -1);
    return language == Language::Japanese ? QString::fromUtf16(z->cityJa)
                                          : QString::fromLatin1(z->cityEn);
}

} // namespace jlgc
